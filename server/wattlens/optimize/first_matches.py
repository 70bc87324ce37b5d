"""Recipe: a search for the first item of a sequence that a test of plain values passes, made again on
every pass of a loop for values met before → where the first passing item stands, kept by those values.

    for ticket in tickets:
        for factor in FACTORS:
            reading = getattr(ticket, factor)
            for band in schedule[factor]:
                if band.low <= reading < band.high:
                    shrink += band.shrink
                    break
            else:
                raise ValueError(...)

walks hundreds of bands for every reading of every ticket (holdout33/grain_settlement, a grain elevator's
discount schedules, studied after its blind run), though readings come again and again.  It becomes

    band_firsts = {}  # (the sequence, the values its test compares) -> its first item passing the test
    for ticket in tickets:
        ...
            band_walked = schedule[factor]
            band_key = (id(band_walked), type(reading), reading) if type(band_walked) in (list, tuple) and …
            band_first = band_firsts.get(band_key) if band_key is not None else None
            if band_first is None: …  (the first position found by the same test, kept with the sequence)
            for band in (band_walked if band_key is None else band_first[0]):
                if band.low <= reading < band.high: (as before)

so the loop meets the one item the search would stop at (or none, and its `else:` runs), and asks it the
same test again before running the same body.

WHY THE SAME.  The test is pure (comparisons, `and`, `or`, `not`): it reads the item only by its fields
and reads other values only as operands of comparisons, each a name surely bound there.  Those names are
the key, with their types (1, 1.0 and True compare alike but are kept apart), while each is exactly a str,
int, float or bool; the sequence is the key too, by identity, kept alive beside its answer so that no other
object takes its id, while it is exactly a list or a tuple.  Nothing in the statement of the function's
body holding the loops may change any object but containers the function made itself
(`purity.leaves_items_alone`), and the sequence is the caller's data (a parameter, reached by fields and
items, or a local bound only that way), so neither it nor an item of it is one of those: the sequence and its
items are the same on every pass, so the test gives each item the answer it gave before, and the first item passing it
is the one found then.  The first search for a key walks the items in order as the loop did, so a test
that raises raises there.  Other values walk the sequence as before.  The loop's variable may not be read
after the loop or in its `else:` (it would hold the item found, not the last one walked, where nothing
passed), and the body run on a match ends with `break` and has no `continue` or `break` of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity, regexes
from wattlens.optimize.find_or_append import leaves_search

EXPLANATION = (
    "every pass walked the same sequence for the first item passing a test of values met before; where that "
    "item stands is now kept by the values, so the loop meets only it"
)

_KEY_TYPES = "(str, int, float, bool)"
_USED = frozenset({"id", "type", "list", "tuple", "str", "int", "float", "bool", "next", "enumerate", "getattr"})
_COMPARING = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual, cst.Equal, cst.NotEqual)


@dataclass(frozen=True)
class _Search:
    loop: cst.For
    item: str
    test: cst.BaseExpression
    key: tuple[str, ...]
    """the names the test compares with the item's fields"""


def keep_first_matches(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if local & _USED or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    body = list(function.body.body)
    for top, statement in enumerate(body):
        if not isinstance(statement, facts.LOOPS):
            continue
        parents = facts.parents(statement)
        repeated = {id(n) for n in facts.walk(statement.body)}
        searches = [search for loop in facts.walk(statement) if isinstance(loop, cst.For) and id(loop) in repeated
                    and (search := _search(function, loop, parents, local)) is not None]
        if not searches:
            continue
        holders = {name for search in searches for name in facts.names_in(search.loop.iter)}
        owners = purity.made_containers(function, holders)
        checked = statement.visit(_GetattrAsRead())
        if not isinstance(checked, cst.CSTNode) or not purity.leaves_items_alone(checked, owners, local):
            continue
        return _rewrite(function, body, top, searches)  # (the sequences' names are no owners: `holders`)
    return None


def _search(function: cst.FunctionDef, loop: cst.For, parents: dict[int, cst.CSTNode],
            local: set[str]) -> _Search | None:
    """`for item in <pure sequence>:` whose body is one `if <test>:` ending with `break`."""
    if loop.asynchronous is not None or not isinstance(loop.target, cst.Name) \
            or not isinstance(loop.body, cst.IndentedBlock) or len(loop.body.body) != 1:
        return None
    item = loop.target.value
    test = loop.body.body[0]
    if not isinstance(test, cst.If) or test.orelse is not None or not isinstance(test.body, cst.IndentedBlock) \
            or not m.matches(test.body.body[-1], m.SimpleStatementLine(body=[m.Break()])) \
            or any(leaves_search(statement) for statement in test.body.body[:-1]):
        return None  # (a `continue` of the search would go on to the items after the one found)
    if item in facts.names_in(loop.iter) or not purity.is_pure_expression(loop.iter, local) \
            or not _callers_data(loop.iter, function):
        return None
    key = _compared(test.test, item)
    if not key or not facts.left_unread(function, frozenset({item}), loop) \
            or (loop.orelse is not None and item in facts.names_in(loop.orelse)):
        return None  # (the loop's variable holds the item found, not the last one walked)
    if not set(key) <= regexes.certainly_bound(loop, parents, function):
        return None
    return _Search(loop, item, test.test, tuple(sorted(key)))


def _callers_data(sequence: cst.BaseExpression, function: cst.FunctionDef) -> bool:
    """Whether `sequence` is a parameter, or reached from one by fields and items (`schedules[crop]`), or a
    local bound only that way (`schedule = schedules[crop]`): the caller's data, none of it a container the
    function made, which it may fill while the loop runs (an item of the sequence could be one)."""
    root = purity.root_name(sequence)
    parameters = {p for p in facts.all_parameters(function) if p not in facts.bound_anywhere(function.body)}
    if root is None or root in parameters:
        return root is not None
    lines = {id(line) for line in facts.walk(function.body) if isinstance(line, cst.SimpleStatementLine)
             and (binding := facts.single_binding(line)) is not None and binding[0].value == root
             and purity.root_name(binding[1]) in parameters}
    rest = function.body.visit(facts.ReplaceNodes({line: cst.SimpleStatementLine([cst.Pass()]) for line in lines}))
    return bool(lines) and isinstance(rest, cst.CSTNode) and root not in facts.bound_anywhere(rest)


def _compared(test: cst.BaseExpression, item: str) -> set[str] | None:
    """The names a test of comparisons compares with the item's fields; None for any other test."""
    if isinstance(test, cst.BooleanOperation):
        left, right = _compared(test.left, item), _compared(test.right, item)
        return None if left is None or right is None else left | right
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        return _compared(test.expression, item)
    if not isinstance(test, cst.Comparison):
        return None
    operands = [test.left, *(c.comparator for c in test.comparisons)]
    if not all(isinstance(c.operator, _COMPARING) for c in test.comparisons):
        return None
    names: set[str] = set()
    fields = 0
    for operand in operands:
        if _field(operand, item):
            fields += 1
        elif isinstance(operand, cst.Name) and operand.value != item and operand.value not in ("True", "False", "None"):
            names.add(operand.value)
        elif not isinstance(operand, (cst.Integer, cst.Float, cst.SimpleString)):
            return None
    return names if fields else None


def _field(node: cst.BaseExpression, item: str) -> bool:
    """`item.field` or `item[<constant>]`."""
    if isinstance(node, cst.Attribute):
        return m.matches(node.value, m.Name(item))
    return isinstance(node, cst.Subscript) and m.matches(node.value, m.Name(item)) and len(node.slice) == 1 \
        and m.matches(node.slice[0].slice, m.Index(value=m.Integer() | m.SimpleString()))


class _GetattrAsRead(cst.CSTTransformer):
    """`getattr(ticket, factor)` → `(ticket, factor)`, for the check alone: reading an attribute by its name
    does what `ticket.moisture` does, which the check lets run."""

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if m.matches(updated_node, m.Call(func=m.Name("getattr"), args=[m.Arg(keyword=None, star=""),
                                                                        m.Arg(keyword=None, star="")])):
            return cst.Tuple(elements=[cst.Element(arg.value) for arg in updated_node.args])
        return updated_node


def _rewrite(function: cst.FunctionDef, body: list[cst.BaseStatement], top: int,
             searches: list[_Search]) -> cst.FunctionDef | None:
    taken = facts.names_in(function)
    made: list[cst.BaseStatement] = []
    replaced: dict[int, Sequence[cst.BaseStatement]] = {}
    for search in searches:
        firsts = facts.unused_name(taken, f"{search.item}_firsts")
        walked = facts.unused_name(taken, f"{search.item}_walked")
        key = facts.unused_name(taken, f"{search.item}_key")
        first = facts.unused_name(taken, f"{search.item}_first")
        at = facts.unused_name(taken, f"{search.item}_at")
        parts = ", ".join(f"type({name}), {name}" for name in search.key)
        exact = " and ".join(f"type({name}) in {_KEY_TYPES}" for name in search.key)
        test = facts.code(search.test)
        comment = "  # (the sequence, the values its test compares) -> its first item passing the test" \
            if not made else ""
        made.append(cst.parse_statement(f"{firsts} = {{}}{comment}\n"))
        lines = cst.parse_module(
            f"{walked} = {facts.code(search.loop.iter)}\n"
            f"{key} = (id({walked}), {parts}) if type({walked}) in (list, tuple) and {exact} else None\n"
            f"{first} = {firsts}.get({key}) if {key} is not None else None\n"
            f"if {key} is not None and {first} is None:\n"
            f"    {at} = next(({at} for {at}, {search.item} in enumerate({walked}) if {test}), -1)\n"
            f"    {first} = {firsts}[{key}] = ({walked}[{at}:{at} + 1] if {at} >= 0 else (), {walked})\n").body
        loop = search.loop.with_changes(
            iter=cst.parse_expression(f"{walked} if {first} is None else {first}[0]"), leading_lines=())
        replaced[id(search.loop)] = [lines[0].with_changes(leading_lines=search.loop.leading_lines),
                                     *lines[1:], loop]
    statement = body[top]
    assert isinstance(statement, (cst.For, cst.While))  # as `keep_first_matches` found it
    made[0] = cst.ensure_type(made[0], cst.SimpleStatementLine).with_changes(leading_lines=statement.leading_lines)
    function = function.with_changes(body=cst.ensure_type(function.body, cst.IndentedBlock).with_changes(
        body=[*body[:top], *made, statement.with_changes(leading_lines=()), *body[top + 1:]]))
    rewritten = facts.replace_statements(function, replaced)
    return rewritten if facts.compiles(rewritten) else None
