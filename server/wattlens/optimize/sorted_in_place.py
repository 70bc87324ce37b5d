"""Recipe: a list sorted in place again on every pass of a loop that only takes items out of it → sorted
again only until it is known to stay sorted.

    remaining = list(entries)
    for size in reversed(heat_sizes(len(remaining), lanes)):
        for lane in order[:size]:
            remaining.sort(key=seed_key)
            heat.append((lane, remaining.pop(0)))

calls the key on every item left, for every item taken: quadratic (holdout24/swim_heats, seeding a
swimming event's heats, studied after its blind run).  Taking items out of a sorted list leaves it sorted,
and a stable sort of a sorted list changes nothing; so once a sort has been seen to leave the list in a
total order that cannot change, the later sorts are skipped:

    remaining_sorted = False
    for size in ...:
        for lane in order[:size]:
            if not remaining_sorted:
                remaining.sort(key=seed_key)
                if remaining_sorted is False:
                    remaining_sorted = all(<orders totally> for k in map(seed_key, remaining)) or None
            heat.append((lane, remaining.pop(0)))

WHY THE LIST IS THE SAME.  The list is never reordered by anything but its own sorts (and the items put
in, below), so wherever it is read it holds what the original's holds, in the same order, and may be used
in any way after the loop.  A skipped sort is one the original made without effect: every key the original
would compute is the key computed at the sort that was seen, the keys order totally (ints, strs, bools,
bytes, floats that are not NaN, dates and times, tuples of those: `sorted_shadow.orders_totally`), and only
removals came since.  Keys that do not order totally (a NaN, objects with their own `<`) set the flag to
None: every later pass sorts as before.
A sort that raises raises where the original's did, since the first sorts are the original's.

THE KEYS CANNOT CHANGE.  Without `key=` the items are the keys, and keys that order totally cannot change.
With a key (pure, `sorted_shadow.fixed_pure_key`: the names it reads are not rebound or changed in the
loop), nothing the loop runs may change an object but the containers the function made
(`purity.leaves_items_alone`: holdout24's `Entry` dataclass is left alone), and the function declares
nothing `global` or `nonlocal`, so neither the items nor what the key reads beside them can change.

ITEMS PUT IN.  A list may also grow by `name.append(v)` statements (holdout25/allotment_offers, a waiting
list that applicants join before each vacancy is offered, studied after its blind run: 10x): where the
sort follows the statement that holds the append, in the same block (at once, or after statements that do
not mention the list, itself or first in a `while True:` loop: holdout32/surgery_waitlist, studied after
its blind run, 9.6x), and nothing sees the order in between (that statement leaves only at its end, and
only measures the list or asks `in` of it), the item is put by `bisect.insort` (`insort_right`, after the
items of equal key, where the stable sort puts an item appended last) while the list stays sorted and the
item's key orders totally; otherwise it is appended as before and the sort runs.  No `try` or `with` in
the loop may see the list between the two after an exception.

SHAPES.  The loop is a `for` or `while` among the function's own statements; the list is bound before it by
a statement of that body to a new list, not `global`/`nonlocal`, not captured by a closure, and not handed
to anything between.  In the loop it is mentioned only by `name.sort(...)` statements alone on their line,
all with the same `key=` (pure, not mentioning the list) and `reverse=`, by removals (`name.pop(...)`
anywhere, `name.remove(x)`, `del name[i]`), by appends (above), and by reads that keep no reference
(`len`, a truth test, `in`, `name[i]`, `for x in name`, `for at, x in enumerate(name)`).
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity
from wattlens.optimize.sorted_shadow import fixed_pure_key, one_list, orders_totally, same_options

EXPLANATION = (
    "the list was sorted again on every pass while the loop only took items out of it, which leaves a sorted "
    "list sorted; the sort is skipped once it is seen to leave keys that order totally and cannot change, and "
    "items put in meanwhile are sorted in by bisect.insort"
)

# Builtins the rewrite calls, which must be the builtins.
_USED = frozenset({"all", "map", "type", "int", "str", "float", "bool", "bytes", "tuple", "bisect"})


@dataclass(frozen=True)
class _Sorts:
    lines: frozenset[int]
    """The ids of the lines that sort the list."""
    key: cst.BaseExpression | None
    appends: frozenset[int] = frozenset()
    """The ids of the `name.append(v)` lines (each sorted in by a sort that follows at once)."""


def skip_sorted_resorts(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop of the function's own body whose list qualifies, one list at a time."""
    return facts.repeatedly(lambda f: one_list(f, _USED, _sorted_names, _sorts, _rewrite), function)


def _sorted_names(loop: cst.For | cst.While) -> list[str]:
    """The names whose `sort` method the loop calls, first seen first."""
    found: list[str] = []
    for call in m.findall(loop, m.Call(func=m.Attribute(value=m.Name(), attr=m.Name("sort")))):
        name = cst.ensure_type(cst.ensure_type(cst.ensure_type(call, cst.Call).func, cst.Attribute).value,
                               cst.Name).value
        if name not in found:
            found.append(name)
    return found


def _sorts(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.For | cst.While, name: str,
    local: set[str],
) -> _Sorts | None:
    if facts.declared_outer(function, name) or facts.captured(body, name):
        return None
    start = facts.fresh_list_binding(body, index, name, local)
    if start is None or any(purity.escapes(statement, name) for statement in body[start + 1:index]):
        return None
    parents = facts.parents(loop)
    deferred = facts.deferred_nodes(loop)
    lines: set[int] = set()
    appends: list[tuple[cst.SimpleStatementLine, cst.BaseExpression]] = []
    options: tuple[cst.BaseExpression | None, bool] | None = None
    for mention in facts.mentions(loop, name, parents):
        if isinstance(loop, cst.For) and mention is loop.target:
            return None
        sort = _sort_line(mention, parents)
        append = facts.method_statement(mention, parents, "append")
        if sort is not None:
            line, found = sort
            if id(line) in deferred or (options is not None and not same_options(options, found)):
                return None
            options = found
            lines.add(id(line))
        elif append is not None and isinstance(append[1], cst.SimpleStatementLine) \
                and name not in facts.names_in(append[0]) and id(append[1]) not in deferred:
            appends.append((append[1], append[0]))
        elif not (_removal(mention, parents, name) or facts.read_only(mention, parents, local)
                  or _walked_with_positions(mention, parents, local)):
            return None
    if options is None:
        return None
    key = options[0]
    if key is not None and not fixed_pure_key(key, loop, name, local):
        return None
    if appends and not _sorted_before_read(loop, name, lines, [line for line, _ in appends], parents, local):
        return None
    if key is not None:  # the items, and what the key reads beside them, must not change
        holders = facts.names_in(body[start]) | {name}
        for _, value in appends:
            holders |= facts.names_in(value)
        owners = purity.made_containers(function, holders) | {name}
        if m.findall(function, m.Global() | m.Nonlocal()) or not purity.leaves_items_alone(loop, owners, local):
            return None
    return _Sorts(frozenset(lines), key, frozenset(id(line) for line, _ in appends))


def _walked_with_positions(mention: cst.Name, parents: dict[int, cst.CSTNode], local: set[str]) -> bool:
    """`for at, item in enumerate(name):`, the builtin `enumerate`: a read."""
    arg = parents.get(id(mention))
    call = parents.get(id(arg))
    loop = parents.get(id(call))
    return isinstance(arg, cst.Arg) and arg.keyword is None and not arg.star and isinstance(call, cst.Call) \
        and m.matches(call.func, m.Name("enumerate")) and "enumerate" not in local and len(call.args) == 1 \
        and isinstance(loop, cst.For) and loop.iter is call


def _sorted_before_read(
    loop: cst.For | cst.While, name: str, sorts: set[int], appends: list[cst.SimpleStatementLine],
    parents: dict[int, cst.CSTNode], local: set[str],
) -> bool:
    """Whether every item appended is sorted in before anything sees the order: each append lies in a
    statement that a sort of the list follows at once, in the same block, and that leaves only at its
    end (no `return`, no `break` or `continue` of a loop around it) and otherwise only measures the list
    or asks `in` of it.  An exception leaves the function (no `try` or `with` in the loop, which is one
    of the function's own statements), dropping the list unseen."""
    if m.findall(loop, m.Try() | m.TryStar() | m.With()):
        return False
    for line in appends:
        statement = _followed_by_sort(line, loop, name, sorts, parents)
        if statement is None or m.findall(statement, m.Return() | m.Yield() | m.Await()) \
                or _jumps_out(statement):
            return False
        for mention in facts.mentions(statement, name, parents):
            owner = parents.get(id(mention))
            line_of = parents.get(id(parents.get(id(parents.get(id(owner))))))
            appended = isinstance(owner, cst.Attribute) and any(line_of is line for line in appends)
            membership = isinstance(owner, cst.ComparisonTarget) and isinstance(owner.operator, (cst.In, cst.NotIn))
            if not (appended or membership or facts.measured(mention, parents, local)):
                return False
    return True


def _followed_by_sort(
    line: cst.SimpleStatementLine, loop: cst.For | cst.While, name: str, sorts: set[int],
    parents: dict[int, cst.CSTNode],
) -> cst.BaseStatement | None:
    """The statement holding `line` (or the line itself) that a sort follows in its block: at once, or
    after statements that do not mention the list, and either a sort line or a `while True:` loop that
    starts with one (holdout32/surgery_waitlist: referrals join, then a session is filled by sorting the
    waiting list again before each booking)."""
    node: cst.CSTNode = line
    while node is not loop:
        block = parents.get(id(node))
        if isinstance(block, cst.IndentedBlock) and isinstance(node, cst.BaseStatement):
            at = next(i for i, statement in enumerate(block.body) if statement is node)
            for following in block.body[at + 1:]:
                if _starts_with_sort(following, sorts):
                    return node
                if name in facts.names_in(following) or _jumps_out(following) \
                        or m.findall(following, m.Return() | m.Yield() | m.Await()):
                    break
        if block is None:
            return None
        node = block
    return None


def _starts_with_sort(statement: cst.BaseStatement, sorts: set[int]) -> bool:
    """A sort line, or a `while True:` loop (whose body surely runs) that starts with one."""
    if id(statement) in sorts:
        return True
    return isinstance(statement, cst.While) and m.matches(statement.test, m.Name("True")) \
        and isinstance(statement.body, cst.IndentedBlock) and bool(statement.body.body) \
        and _starts_with_sort(statement.body.body[0], sorts)


def _jumps_out(statement: cst.BaseStatement) -> bool:
    """Whether a `break` or `continue` in `statement` belongs to a loop around it."""
    parents = facts.parents(statement)
    for jump in m.findall(statement, m.Break() | m.Continue()):
        node = parents.get(id(jump))
        while node is not None and not isinstance(node, (cst.For, cst.While)):
            node = parents.get(id(node))
        if node is None:
            return True
    return False


def _sort_line(
    mention: cst.Name, parents: dict[int, cst.CSTNode],
) -> tuple[cst.SimpleStatementLine, tuple[cst.BaseExpression | None, bool]] | None:
    """For `name.sort(key=..., reverse=...)` alone on its line: the line and its (key, reverse)."""
    attribute = parents.get(id(mention))
    call = parents.get(id(attribute))
    expr = parents.get(id(call))
    line = parents.get(id(expr))
    if not (isinstance(attribute, cst.Attribute) and attribute.value is mention and attribute.attr.value == "sort"
            and isinstance(call, cst.Call) and call.func is attribute
            and isinstance(expr, cst.Expr) and expr.value is call
            and isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1):
        return None
    options = facts.sort_options(call.args)
    return None if options is None else (line, options)


def _removal(mention: cst.Name, parents: dict[int, cst.CSTNode], name: str) -> bool:
    """`name.pop(...)`, `name.remove(x)` or `del name[i]`, what they are handed not mentioning the list:
    taking an item out of a sorted list leaves it sorted."""
    parent = parents.get(id(mention))
    if isinstance(parent, cst.Subscript) and parent.value is mention:
        held = parents.get(id(parent))
        deleted = isinstance(held, cst.Del) or (isinstance(held, cst.Element) and isinstance(
            parents.get(id(parents.get(id(held)))), cst.Del))
        return deleted and name not in facts.names_in(parent.slice[0]) and len(parent.slice) == 1
    call = parents.get(id(parent))
    if not (isinstance(parent, cst.Attribute) and parent.value is mention and isinstance(call, cst.Call)
            and call.func is parent and all(arg.keyword is None and arg.star == "" for arg in call.args)):
        return False
    handed = any(name in facts.names_in(arg.value) for arg in call.args)
    counts = {"pop": len(call.args) <= 1, "remove": len(call.args) == 1}
    return counts.get(parent.attr.value, False) and not handed


# --- the rewrite -----------------------------------------------------------------------------------


def _rewrite(
    function: cst.FunctionDef, body: list[cst.BaseStatement], index: int, loop: cst.For | cst.While, name: str,
    sorts: _Sorts,
) -> cst.FunctionDef:
    taken = facts.names_in(function)
    flag = facts.unused_name(taken, f"{name}_sorted")
    check = f"all({orders_totally('k')} for k in KEYS)"
    keys: cst.BaseExpression = cst.Name(name)
    if sorts.key is not None:
        keys = cst.ensure_type(cst.parse_expression(f"map(KEY, {name})").visit(facts.Placeholder("KEY", sorts.key)),
                               cst.Call)
    test = cst.ensure_type(cst.parse_expression(check).visit(facts.Placeholder("KEYS", keys)), cst.Call)
    comment = cst.EmptyLine(comment=cst.Comment(
        f"# {flag}: whether {name} stays sorted (its keys order totally and cannot change, and the loop takes "
        "items out or sorts them in); None: sorted every time"))
    start = cst.parse_statement(f"{flag} = False\n").with_changes(leading_lines=[*loop.leading_lines, comment])
    item, put = "", ""
    if sorts.appends:
        item, kept = facts.unused_name(taken, f"{name}_item"), facts.unused_name(taken, f"{name}_key")
        key = f", key={facts.code(sorts.key)}" if sorts.key is not None else ""
        keyed = item if sorts.key is None else f"{facts.code(sorts.key)}({item})" \
            if isinstance(sorts.key, (cst.Name, cst.Attribute)) else f"({facts.code(sorts.key)})({item})"
        # While the list stays sorted an item is put where the stable sort that follows would put it
        # (after the items with equal keys: `insort_right`); one whose key does not order totally is
        # appended as before, and the sort that follows runs.
        put = (f"if {flag}:\n"
               f"    {kept} = {keyed}\n"
               f"    if not {orders_totally(kept)}:\n"
               f"        {flag} = False\n"
               f"if {flag}:\n"
               f"    bisect.insort({name}, {item}{key})\n"
               f"else:\n"
               f"    {name}.append({item})\n")
    new_loop = cst.ensure_type(loop.visit(_SkippedSorts(sorts, flag, test, put, item)), type(loop))
    new_body = [*body[:index], start, new_loop.with_changes(leading_lines=[]), *body[index + 1:]]
    assert isinstance(function.body, cst.IndentedBlock)
    return function.with_changes(body=function.body.with_changes(body=new_body))


class _SkippedSorts(cst.CSTTransformer):
    """Each sort → the same sort while the list is not known to stay sorted, the first one that does
    checking whether it will; each append → `put`, the item bound first (it is read twice)."""

    def __init__(self, sorts: _Sorts, flag: str, test: cst.BaseExpression, put: str, item: str) -> None:
        self.sorts, self.flag, self.test, self.put, self.item = sorts, flag, test, put, item

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine,
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if id(original_node) in self.sorts.appends:
            call = cst.ensure_type(cst.ensure_type(updated_node.body[0], cst.Expr).value, cst.Call)
            bound = cst.parse_statement(f"{self.item} = VALUE\n").visit(
                facts.Placeholder("VALUE", call.args[0].value))
            first = cst.ensure_type(bound, cst.SimpleStatementLine).with_changes(
                leading_lines=original_node.leading_lines)
            return cst.FlattenSentinel([first, *cst.parse_module(self.put).body])
        if id(original_node) not in self.sorts.lines:
            return updated_node
        flag = self.flag
        guarded = cst.ensure_type(cst.parse_statement(
            f"if not {flag}:\n"
            f"    pass\n"
            f"    if {flag} is False:\n"
            f"        {flag} = TEST or None\n").visit(facts.Placeholder("TEST", self.test)), cst.If)
        block = cst.ensure_type(guarded.body, cst.IndentedBlock)
        sort = updated_node.with_changes(leading_lines=[])
        return guarded.with_changes(body=block.with_changes(body=[sort, *block.body[1:]]),
                                    leading_lines=original_node.leading_lines)
