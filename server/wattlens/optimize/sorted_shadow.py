"""A recipe for a list sorted again on every pass of a loop while the loop only takes items out of it:
a draft where each team takes the best player it has room for, a greedy allocation.

    pool = list(players)
    for team in order:
        for player in sorted(pool, key=draft_rank):
            if fits(team, player):
                pool.remove(player)
                break

becomes

    pool = list(players)
    pool_sorted = <sorted(pool, key=draft_rank), or None>
    pool_ids = ...
    for team in order:
        for player in (pool_sorted[:] if pool_sorted is not None else sorted(pool, key=draft_rank)):
            if fits(team, player):
                <pool.remove(player), and the same object taken out of pool_sorted>
                break

WHY THE SAME LIST COMES OUT.  A stable sort of a list with one item taken out is the stable sort of the
whole list with that item taken out, as long as the keys are the same at both sorts and order totally:
so the sorted list is made once, before the loop, and each `remove` takes out of it the very object it
took out of the list (found by identity: `remove` takes the first item *equal* to its argument, which may
be another object than the one the loop holds).  Each sort's place gets a copy of the kept list, a new
list as `sorted` gave.  The list itself is left as it was: it is changed by the same calls as before, so
every other use of it (`len`, `in`, what is returned) sees what it saw.

The keys must not change while the loop runs, whatever it does: the kept list is used only when, at the
start, every item is an exact int, str, float, bool, bytes, None, a tuple of those, or an object of a
frozen record class of the project (whose fields are immutable), and every key (every item, without a
key) is an int, str, bool, bytes, a float that is not NaN (which does not order), or a tuple of those.
The key is a lambda whose body changes nothing, a pure function or a builtin, and nothing in the loop
rebinds or may change the names it reads.  Otherwise, or when the first sort raises (items that do not
compare), every pass sorts as before, so errors come from the same sort at the same moment.

SHAPES.  The loop is a `for` or `while` of the function's own body; the list is bound before it by a
statement of that body to a new list (`list(...)`, `[...]`, a comprehension, `sorted(...)`), not
`global`/`nonlocal`, not captured by a closure, and not handed to anything before the loop.  In the loop
its mentions are the sorts (`sorted(pool)` or `sorted(pool, key=K, reverse=...)`, all with the same
key and order), `pool.remove(x)` statements alone on their line, and reads: `len(pool)`, `bool(pool)`,
a truth test, `x in pool`, `pool[i]`, `for p in pool`.  After the loop it may be used in any way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the list was sorted again on every pass while the loop only took items out of it; it is sorted once, "
    "and each item taken out of the list is taken out of the sorted copy too, while items and keys cannot change"
)

# Builtins the rewrite calls, which must be the builtins.
_USED = frozenset({"sorted", "type", "all", "id", "int", "str", "float", "bool", "bytes", "tuple", "Exception"})
_PLAIN = "(int, str, bool, bytes)"
_DATED = "('date', 'datetime', 'time', 'timedelta')"


@dataclass(frozen=True)
class _Sites:
    sorts: list[cst.Call]
    removals: list[cst.SimpleStatementLine]
    key: cst.BaseExpression | None
    reverse: bool


def keep_sorted_copy(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop of the function's own body whose list qualifies, one list at a time."""
    return facts.repeatedly(lambda f: one_list(f, _USED, _sorted_names, _sites, _rewrite), function)


_Plan = TypeVar("_Plan")


def one_list(
    function: cst.FunctionDef, used: frozenset[str], names: Callable[[cst.For | cst.While], list[str]],
    plan: Callable[[cst.FunctionDef, list[cst.BaseStatement], int, cst.For | cst.While, str, set[str]], _Plan | None],
    rewrite: Callable[[cst.FunctionDef, list[cst.BaseStatement], int, cst.For | cst.While, str, _Plan],
                      cst.FunctionDef],
) -> cst.FunctionDef | None:
    """The first list of a loop among the function's own statements (of those `names` finds in it) that
    `plan` finds a plan for, rewritten; None where there is none, or where the function shadows a
    builtin of `used` or reads its locals unnamed."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    body = list(function.body.body)
    local = facts.local_names(function)
    if local & used or facts.calls_frame_readers(function):
        return None
    for index, loop in enumerate(body):
        if not isinstance(loop, (cst.For, cst.While)):
            continue
        for name in names(loop):
            found = plan(function, body, index, loop, name, local)
            if found is not None:
                rewritten = rewrite(function, body, index, loop, name, found)
                if facts.compiles(rewritten):
                    return rewritten
    return None


def _sorted_names(loop: cst.For | cst.While) -> list[str]:
    """The names handed to `sorted` in the loop, first seen first (the common case, none, is cheap)."""
    found: list[str] = []
    for call in m.findall(loop, m.Call(func=m.Name("sorted"), args=[m.Arg(value=m.Name(), keyword=None, star=""),
                                                                     m.ZeroOrMore()])):
        name = cst.ensure_type(cst.ensure_type(call, cst.Call).args[0].value, cst.Name).value
        if name not in found:
            found.append(name)
    return found


def _sites(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.For | cst.While, name: str,
    local: set[str],
) -> _Sites | None:
    if facts.declared_outer(function, name) or facts.captured(body, name):
        return None
    start = facts.fresh_list_binding(body, index, name, local)
    if start is None or any(purity.escapes(statement, name) for statement in body[start + 1:index]):
        return None
    parents = facts.parents(loop)
    deferred = facts.deferred_nodes(loop)
    sorts: list[cst.Call] = []
    removals: list[cst.SimpleStatementLine] = []
    options: tuple[cst.BaseExpression | None, bool] | None = None
    for mention in facts.mentions(loop, name, parents):
        if isinstance(loop, cst.For) and mention is loop.target:
            return None
        parent = parents.get(id(mention))
        call = parents.get(id(parent)) if isinstance(parent, cst.Arg) else None
        if isinstance(call, cst.Call) and m.matches(call.func, m.Name("sorted")) and call.args[0] is parent:
            found = facts.sort_options(call.args[1:])
            if found is None or id(call) in deferred or (options is not None and not same_options(options, found)):
                return None
            options = found
            sorts.append(call)
            continue
        removal = _removal(mention, parents, name)
        if removal is not None and id(removal) not in deferred:
            removals.append(removal)
            continue
        if not facts.read_only(mention, parents, local):
            return None
    if not sorts or not removals or options is None:
        return None
    key, reverse = options
    if key is not None and not fixed_pure_key(key, loop, name, local):
        return None
    return _Sites(sorts, removals, key, reverse)


def same_options(one: tuple[cst.BaseExpression | None, bool], other: tuple[cst.BaseExpression | None, bool]) -> bool:
    """Whether two sorts' (key, reverse) order alike: the same key written the same way, the same order."""
    (key, reverse), (other_key, other_reverse) = one, other
    if reverse != other_reverse or (key is None) != (other_key is None):
        return False
    return key is None or other_key is None or key.deep_equals(other_key)


def _removal(mention: cst.Name, parents: dict[int, cst.CSTNode], name: str) -> cst.SimpleStatementLine | None:
    """The line of `name.remove(x)`, alone on it, `x` not mentioning the list."""
    found = facts.method_statement(mention, parents, "remove")
    if found is None:
        return None
    value, line = found
    if not isinstance(line, cst.SimpleStatementLine):
        return None
    if name in facts.names_in(value) or m.findall(value, m.Yield() | m.Await() | m.NamedExpr()):
        return None
    return line


def fixed_pure_key(key: cst.BaseExpression, loop: cst.For | cst.While, name: str, local: set[str]) -> bool:
    """A key that changes nothing (`purity.is_pure_key`), not mentioning the list, whose names the loop
    leaves alone (a builtin or function of the module named as the key is not a local, so the loop cannot
    rebind it, and what it holds is a function, not data a call could change)."""
    if name in facts.names_in(key) or not purity.is_pure_key(key, local):
        return False
    if isinstance(key, cst.Name):
        return True
    bound = facts.bound_in(loop)
    return not any(purity.may_change(loop, used, local, bound) for used in purity.key_names(key))


# --- the rewrite -----------------------------------------------------------------------------------


def orders_totally(value: str) -> str:
    """Whether `value` orders totally among its kind: an int, str, bool, bytes, a float not NaN, a date,
    datetime, time or timedelta (told by the exact class's module and name, so the module need not import
    `datetime`; a naive and an aware one do not compare, which the sort raises), or a tuple of those."""
    dated = f"type({{v}}).__module__ == 'datetime' and type({{v}}).__name__ in {_DATED}"
    one = f"type({{v}}) in {_PLAIN} or type({{v}}) is float and {{v}} == {{v}} or {dated}"
    return (f"({one.format(v=value)} or type({value}) is tuple and all({one.format(v='v')} for v in {value}))")


def _rewrite(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.For | cst.While, name: str,
    sites: _Sites,
) -> cst.FunctionDef:
    taken = facts.names_in(function)
    kept, ids, keyer, item, at, kinds = (facts.unused_name(taken, f"{name}_{suffix}")
                                         for suffix in ("sorted", "ids", "key", "item", "at", "kinds"))
    records = sorted(purity.trusted().frozen_records.keys() & (purity.trusted().pure - facts.local_names(function)))
    immutable = ", ".join(["int", "str", "float", "bool", "bytes", "type(None)", *records])
    fits = f"type(v) in {kinds} or type(v) is tuple and all(type(f) in {kinds} for f in v)"
    order = ", reverse=True" if sites.reverse else ""
    key_lines: list[cst.BaseStatement] = []
    if sites.key is not None:
        line = cst.parse_statement(f"{keyer} = KEY\n").visit(facts.Placeholder("KEY", sites.key))
        key_lines.append(cst.ensure_type(line, cst.SimpleStatementLine))
        keys, sort = f"map({keyer}, {name})", f"sorted({name}, key={keyer}{order})"
    else:
        keys, sort = name, f"sorted({name}{order})"
    comment = cst.EmptyLine(comment=cst.Comment(
        f"# {kept}: the list sorted once, items taken out of it as out of {name}, while no item or key can "
        "change (else sorted as before)"))
    start: list[cst.BaseStatement] = [
        *key_lines,
        cst.parse_statement(f"{kinds} = ({immutable})  # of items that cannot change\n"),
        cst.parse_statement(f"{kept} = None\n"),
        cst.parse_statement(
            f"if all({fits} for v in {name}):\n"
            f"    try:\n"
            f"        if all({orders_totally('k')} for k in {keys}):\n"
            f"            {kept} = {sort}\n"
            f"    except Exception:\n"
            f"        pass\n"),
        cst.parse_statement(f"{ids} = [id(v) for v in {kept}] if {kept} is not None else None\n"),
    ]
    start[0] = start[0].with_changes(leading_lines=[*loop.leading_lines, comment])
    new_loop = loop.visit(_KeptSorts(sites, name, kept, ids, item, at))
    new_loop = cst.ensure_type(new_loop, type(loop)).with_changes(leading_lines=[])
    new_body = [*body[:index], *start, new_loop, *body[index + 1:]]
    assert isinstance(function.body, cst.IndentedBlock)
    return function.with_changes(body=function.body.with_changes(body=new_body))


class _KeptSorts(cst.CSTTransformer):
    """Each sort → a copy of the kept list while it lasts; each removal → the same removal, and the
    object it took out taken out of the kept list."""

    def __init__(self, sites: _Sites, name: str, kept: str, ids: str, item: str, at: str) -> None:
        self.sorts = {id(call) for call in sites.sorts}
        self.removals = {id(line) for line in sites.removals}
        self.name, self.kept, self.ids, self.item, self.at = name, kept, ids, item, at

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if id(original_node) not in self.sorts:
            return updated_node
        copy = cst.parse_expression(f"({self.kept}[:] if {self.kept} is not None else SORT)")
        return copy.visit(facts.Placeholder("SORT", updated_node))  # type: ignore[return-value]

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine,
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if id(original_node) not in self.removals:
            return updated_node
        call = cst.ensure_type(cst.ensure_type(original_node.body[0], cst.Expr).value, cst.Call)
        name, kept, ids, item = self.name, self.kept, self.ids, self.item
        value = cst.parse_statement(f"{item} = VALUE\n").visit(facts.Placeholder("VALUE", call.args[0].value))
        # `remove` takes the first item equal to the one handed (found by `index`, which compares the same
        # items in the same order), and the kept list loses that very object; where there is none, `remove`
        # raises as before.
        removal = cst.parse_statement(
            f"try:\n"
            f"    {self.at} = {name}.index({item}) if {kept} is not None else None\n"
            f"except ValueError:\n"
            f"    {self.at} = None\n")
        taking = cst.parse_statement(
            f"if {self.at} is None:\n"
            f"    {name}.remove({item})\n"
            f"else:\n"
            f"    {self.at} = {ids}.index(id({name}.pop({self.at})))\n"
            f"    del {kept}[{self.at}], {ids}[{self.at}]\n")
        first = cst.ensure_type(value, cst.SimpleStatementLine).with_changes(leading_lines=original_node.leading_lines)
        return cst.FlattenSentinel([first, removal, taking])
