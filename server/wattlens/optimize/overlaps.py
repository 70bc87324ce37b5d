"""Recipe: a loop asking, on every pass, whether any item of one collection overlaps a range.

    while slot + length <= day_end:
        clash = False
        for start, end in bookings:
            if start < slot + length and slot < end:
                clash = True
                break

walks the bookings until one overlaps, and all of them for every free slot.  Whether some
item has `start < high` and `low < end` is the same as whether the largest `end` among the
items with `start < high` exceeds `low`: with the starts in order and the running largest end
beside them, filed once on first use, one bisection answers it:

    bookings_reach = None  # (`start` of `bookings` in order, the largest `end` up to each)

    def bookings_overlap(low, high):
        ...
    while slot + length <= day_end:
        clash = False
        if bookings and bookings_overlap(slot, slot + length):
            clash = True

A scan qualifies when it is an inner `for` over one local collection whose body is one `if`
(no `else` on either) ending in `break` or `return`, with a test of exactly two comparisons:
one key of the item below a bound, another above a bound (`<` or `<=`, either way round), the
bounds reading no item; or `any(<such a test> for <item> in <collection>)`.  What the `if` does
besides must not read the item, and the loop variable must not be read after the loop.  Nothing
in the outer loop may change the collection or its items.

Only plain numbers (ints and floats, no NaN) are put in order; a collection that is not a list or
a tuple, a key or bound of another kind, or a key that cannot be read, and the helper runs the
scan's own test over the items as before, so its answer and its errors are the original's.  The
bounds are worked out only when the collection is not empty, as the original's test would.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the loop asks on every pass whether any item of the same collection overlaps a range, walking "
    "the items until one does; the items' starts are put in order once, with the largest end up "
    "to each, so one bisection answers each question"
)

_UPPER = {cst.LessThan: True, cst.LessThanEqual: True, cst.GreaterThan: False, cst.GreaterThanEqual: False}
"""for `a OP b`: whether `a` lies below `b` (True) or above it (False)"""
_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
_BOUND_NODES = (cst.Name, cst.Attribute, cst.Integer, cst.Float, cst.BinaryOperation, cst.UnaryOperation)
_HELPER_NAMES = frozenset({"pairs", "pair", "starts", "reach", "count", "low", "high", "a", "b", "_", "bisect",
                           "itertools", "max"})
"""the helper's own names: an item or collection of one of these names would be hidden"""


@dataclass(frozen=True)
class _Test:
    below: cst.BaseExpression
    """the key kept below `high` (`start` in `start < high`)"""
    below_operator: str
    """`<` or `<=`: how it is kept below"""
    high: cst.BaseExpression
    above: cst.BaseExpression
    """the key kept above `low` (`end` in `low < end`)"""
    above_operator: str
    """`>` or `>=`, with the key on the left"""
    low: cst.BaseExpression


@dataclass(frozen=True)
class _Scan:
    node: cst.For | cst.Call
    """the `for` statement, or the `any(...)` call"""
    items: str
    target: cst.BaseAssignTargetExpression
    test: cst.BaseExpression
    bounds: _Test
    then: tuple[cst.BaseStatement, ...] = ()
    """for a `for`: what the `if` does on a match, less its final `break`"""


def overlap_by_reach(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    local = facts.local_names(function)
    if local & {"bisect", "itertools", "max", "isinstance", "type", "int", "float", "list", "tuple", "any"}:
        return None
    parameters = facts.parameters(function)
    fresh = purity.fresh_containers(function.body, parameters)
    for loop in facts.own_loops(function):
        if not isinstance(loop.body, cst.IndentedBlock):
            continue
        loop_bound = facts.bound_in(loop)
        scans = [scan for scan in _scans(function, loop, local)
                 if scan.items in local and scan.items not in loop_bound and scan.items not in _HELPER_NAMES
                 and purity.unchanged_while_running(loop, scan.items, function, parameters, fresh, local)]
        if scans:
            return _rewrite(function, loop, scans[0])
    return None


def _scans(function: cst.FunctionDef, loop: cst.For | cst.While, local: set[str]) -> list[_Scan]:
    deferred = facts.deferred_nodes(loop.body)
    parents = facts.parents(loop.body)
    found = []
    for node in facts.walk(loop.body):
        if id(node) in deferred:
            continue
        if isinstance(node, cst.For):
            scan = _statement_scan(function, node, local)
        elif isinstance(node, cst.GeneratorExp):
            scan = _any_scan(node, parents, local)
        else:
            continue
        if scan is not None:
            found.append(scan)
    return found


def _statement_scan(function: cst.FunctionDef, loop: cst.For, local: set[str]) -> _Scan | None:
    """`for x in xs: if test: ...; break` (or `...; return v`), nothing else, no `else`, when `x`
    is read nowhere but in the test."""
    body = loop.body
    if loop.orelse is not None or loop.asynchronous is not None or not isinstance(loop.iter, cst.Name):
        return None
    if not (isinstance(body, cst.IndentedBlock) and len(body.body) == 1
            and isinstance(body.body[0], cst.If) and body.body[0].orelse is None):
        return None
    check = body.body[0]
    if not isinstance(check.body, cst.IndentedBlock) or not check.body.body:
        return None
    *then, last = check.body.body
    ending = last.body[0] if isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1 else None
    if isinstance(ending, cst.Break):
        kept = tuple(then)
    elif isinstance(ending, cst.Return):
        kept = tuple(check.body.body)
    else:
        return None
    names = purity.target_names(loop.target)
    if any(m.findall(statement, m.Break() | m.Continue()) or facts.names_in(statement) & names
           for statement in kept):
        return None
    if not facts.left_unread(function, names, loop):
        return None
    bounds = _bounds(check.test, names, local)
    if bounds is None or names & _HELPER_NAMES:
        return None
    return _Scan(loop, loop.iter.value, loop.target, check.test, bounds, kept)


def _any_scan(generator: cst.GeneratorExp, parents: dict[int, cst.CSTNode], local: set[str]) -> _Scan | None:
    """`any(test for x in xs)`."""
    call = purity.consumer(generator, parents, local)
    if call is None or not (isinstance(call.func, cst.Name) and call.func.value == "any" and len(call.args) == 1):
        return None
    clause = generator.for_in
    if clause.inner_for_in is not None or clause.asynchronous is not None or clause.ifs \
            or not isinstance(clause.iter, cst.Name):
        return None
    names = purity.target_names(clause.target)
    bounds = _bounds(generator.elt, names, local)
    if bounds is None or names & _HELPER_NAMES:
        return None
    return _Scan(call, clause.iter.value, clause.target, generator.elt, bounds)


def _bounds(test: cst.BaseExpression, names: frozenset[str], local: set[str]) -> _Test | None:
    """The two keys and bounds of `key1 < high and low < key2` (in any order, either way round)."""
    if not (names and isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And)):
        return None
    below: tuple[cst.BaseExpression, str, cst.BaseExpression] | None = None
    above: tuple[cst.BaseExpression, str, cst.BaseExpression] | None = None
    for conjunct in (test.left, test.right):
        if not (isinstance(conjunct, cst.Comparison) and len(conjunct.comparisons) == 1
                and purity.is_pure_expression(conjunct, local)):
            return None
        comparison = conjunct.comparisons[0]
        upper = _UPPER.get(type(comparison.operator))
        if upper is None:
            return None
        operator = facts.code(comparison.operator).strip()
        left, right = conjunct.left, comparison.comparator
        if _reads_item(left, names) and _is_bound(right, names):
            key, bound = left, right
        elif _reads_item(right, names) and _is_bound(left, names):
            key, bound, upper, operator = right, left, not upper, _FLIPPED[operator]
        else:
            return None
        if upper and below is None:
            below = (key, operator, bound)
        elif not upper and above is None:
            above = (key, operator, bound)
        else:
            return None
    if below is None or above is None or below[0].deep_equals(above[0]):
        return None  # one key within two bounds is a range, the scan-by-range recipe's
    return _Test(below[0], below[1], below[2], above[0], above[1], above[2])


def _reads_item(side: cst.BaseExpression, names: frozenset[str]) -> bool:
    reads = purity.value_reads(side)
    return bool(reads) and reads <= names


def _is_bound(side: cst.BaseExpression, names: frozenset[str]) -> bool:
    # Names, numbers and arithmetic on them: worked out once more, before the scan, it calls
    # nothing and changes nothing.
    return not purity.reads(side) & names and all(
        isinstance(node, _BOUND_NODES) for node in facts.walk(side) if isinstance(node, cst.BaseExpression))


def _rewrite(function: cst.FunctionDef, loop: cst.For | cst.While, scan: _Scan) -> cst.FunctionDef:
    taken = facts.names_in(function) | set(_HELPER_NAMES)
    index = facts.unused_name(taken, f"{scan.items}_reach")
    helper = facts.unused_name(taken, f"{scan.items}_overlap")
    asked = f"{helper}({facts.code(scan.bounds.low)}, {facts.code(scan.bounds.high)})"
    replacement: cst.CSTNode
    if isinstance(scan.node, cst.Call):
        replacement = cst.parse_expression(f"({asked} if {scan.items} else False)")
    else:
        matched = cst.parse_statement(f"if {scan.items} and {asked}:\n    pass\n")
        assert isinstance(matched, cst.If)
        then = list(scan.then) or [cst.SimpleStatementLine(body=[cst.Pass()])]
        replacement = matched.with_changes(body=cst.IndentedBlock(body=then), leading_lines=scan.node.leading_lines)
    new_loop = loop.visit(facts.ReplaceNodes({id(scan.node): replacement}))
    assert isinstance(new_loop, (cst.For, cst.While))
    made = _helper(scan, index, helper)
    made[0] = made[0].with_changes(leading_lines=loop.leading_lines)
    return facts.replace_statement(function, loop, [*made, new_loop.with_changes(leading_lines=())])


def _helper(scan: _Scan, index: str, helper: str) -> list[cst.BaseStatement]:
    items, target, test = scan.items, facts.code(scan.target), facts.code(scan.test)
    bounds = scan.bounds
    below, above = facts.code(bounds.below), facts.code(bounds.above)
    # `start < high` counts the starts below `high` (bisect_left); `start <= high` those up to it.
    side = "bisect_left" if bounds.below_operator == "<" else "bisect_right"
    source = (
        f"{index} = None  # (`{below}` of `{items}` in order, the largest `{above}` up to each); filed on first use\n"
        f"def {helper}(low, high):\n"
        f'    """Whether an item of `{items}` passes `{test}`, for these bounds."""\n'
        f"    # Only plain numbers (no NaN) are put in order; otherwise the test runs on the items as before.\n"
        f"    nonlocal {index}\n"
        f"    if {index} is None:\n"
        f"        {index} = False\n"
        f"        if isinstance({items}, (list, tuple)):\n"
        f"            try:\n"
        f"                pairs = [({below}, {above}) for {target} in {items}]\n"
        f"            except Exception:  # a key that cannot be read: the scan raises it where it meets it\n"
        f"                pairs = None\n"
        f"            if pairs is not None and all(type(a) in (int, float) and type(b) in (int, float)\n"
        f"                                         and a == a and b == b for a, b in pairs):\n"
        f"                pairs.sort(key=lambda pair: pair[0])\n"
        f"                {index} = ([a for a, _ in pairs], list(itertools.accumulate((b for _, b in pairs), max)))\n"
        f"    if {index} and type(low) in (int, float) and type(high) in (int, float) \\\n"
        f"            and low == low and high == high:\n"
        f"        starts, reach = {index}\n"
        f"        count = bisect.{side}(starts, high)\n"
        f"        return count > 0 and reach[count - 1] {bounds.above_operator} low\n"
        f"    return any({_test_with_bounds(scan)} for {target} in {items})\n"
    )
    return list(cst.parse_module(source).body)


def _test_with_bounds(scan: _Scan) -> str:
    bounds = scan.bounds
    replaced: dict[int, cst.CSTNode] = {id(bounds.low): cst.Name("low"), id(bounds.high): cst.Name("high")}
    test = scan.test.visit(facts.ReplaceNodes(replaced))
    assert isinstance(test, cst.BaseExpression)
    return facts.code(test)
