"""Recipe: every pair of items compared, most pairs passed over at once because their spans (of time, or
along one axis) do not meet → each item paired only with the later items whose spans may meet its own.

    for i, first in enumerate(reservations):
        for second in reservations[i + 1:]:
            if first.operator == second.operator:
                continue
            if first.start >= second.end or second.start >= first.end:
                continue
            ...  # altitude and distance, then the pair is listed

compares all n²/2 pairs of a day's drone flights, though each slot meets only the few around it
(holdout26/drone_airspace, studied after its blind run).  The inner loop now walks
`_spans_meeting_after(reservations, i, reservations_spans)`: the later items, in order, less those whose
span cannot meet the i-th's.  The spans are put in order of their starts once, on the first call, with the
largest end up to each; two bisections bound the items that may meet, and the survivors are put back in
the items' own order.

WHY THE SAME ANSWER.  The body is unchanged, the span test included, and it runs for the same pairs in
the same order, less pairs it would have passed over: those the span test sends to `continue`.  What the
body runs before that test (`if <test>: continue` statements only) changes nothing, so skipping it for
those pairs changes nothing either.  The pairs left out are worked out from the same comparisons the test
makes (`>=` or `>`, on the same keys), and only where they mean what they mean for numbers: the items
must be a list or a tuple whose keys are all exactly ints or floats, none NaN; otherwise (or where a key
cannot be read) the helper hands back `items[i + 1:]` as the original walked it.  Nothing in the loop may
change an item or the items (`purity.leaves_items_alone`), so the spans read on the first call are those
the test would read.

SHAPES.  `for i, first in enumerate(items):` among the function's statements, holding
`for second in items[i + 1:]:` (no `else`), whose body starts with `if <test>: continue` statements, one of
them `first.S >= second.E or second.S >= first.E` (either way round, `>` for `>=`, or `<`, `<=` with the
sides swapped), where `S` and `E` are attribute or constant-index reads of the item.  `second` is not used
outside that loop; `items` is a plain name, not rebound and not otherwise mentioned in the outer loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "every pair of items was compared, though most pairs were passed over at once because their spans do "
    "not meet; the spans are put in order of their starts once, with the largest end up to each, so each "
    "item is paired only with the later items whose spans may meet its own, in the same order"
)

_FLIPPED = {">=": "<=", ">": "<", "<=": ">=", "<": ">"}


@dataclass(frozen=True)
class _Sweep:
    inner: cst.For
    items: str
    start: str
    """the key of a span's start, read from `item` (`item.start`)"""
    end: str
    after_strict: bool
    """whether a later item is kept only where its end is above the item's start (`>`; else `>=`)"""
    before_strict: bool
    """whether a later item is kept only where its start is below the item's end (`<`; else `<=`)"""
    helper: str
    index: str
    position: str


def sweep_pairs(function: cst.FunctionDef) -> cst.FunctionDef | None:
    sweep = _sweep(function)
    if sweep is None or not isinstance(function.body, cst.IndentedBlock):
        return None
    walked = cst.parse_expression(f"{sweep.helper}({sweep.items}, {sweep.position}, {sweep.index})")
    rewritten = function.visit(facts.ReplaceNodes({id(sweep.inner): sweep.inner.with_changes(iter=walked)}))
    assert isinstance(rewritten, cst.FunctionDef) and isinstance(rewritten.body, cst.IndentedBlock)
    body = list(rewritten.body.body)
    at = 1 if facts.docstring(rewritten) is not None else 0
    made = cst.parse_statement(f"{sweep.index} = []  # ({sweep.items}' spans in order, made on first use)\n")
    return rewritten.with_changes(body=rewritten.body.with_changes(body=[*body[:at], made, *body[at:]]))


def sweep_helpers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level helper `sweep_pairs(function)` walks."""
    sweep = _sweep(function)
    if sweep is None:
        return ()
    start, end = sweep.start.removeprefix("item_"), sweep.end.removeprefix("item_")
    after = "bisect.bisect_right" if sweep.after_strict else "bisect.bisect_left"
    before = "bisect.bisect_left" if sweep.before_strict else "bisect.bisect_right"
    return (
        f"def {sweep.helper}(items, at, index):\n"
        f'    """`items[at + 1:]`, less the items whose span (its `{start}` to its `{end}`) cannot meet the span\n'
        f"    of the one at `at`; `index` keeps the spans in order of their starts, made on the first call, and\n"
        f'    holds None where the keys are not all plain numbers (ints and floats, no NaN) or the items not a\n'
        f'    list or tuple."""\n'
        f"    if not index:\n"
        f"        index.append(None)\n"
        f"        try:\n"
        f"            walked = type(items) in (list, tuple)\n"
        f"            spans = [({sweep.start}, {sweep.end}) for item_ in items] if walked else None\n"
        f"        except Exception:  # (a key that cannot be read: the pairs are walked as before)\n"
        f"            spans = None\n"
        f"        if spans is not None and all(type(low) in (int, float) and type(high) in (int, float)\n"
        f"                                     and low == low and high == high for low, high in spans):\n"
        f"            order = sorted(range(len(spans)), key=lambda k: spans[k][0])\n"
        f"            reach, furthest = [], None\n"
        f"            for k in order:\n"
        f"                if furthest is None or spans[k][1] > furthest:\n"
        f"                    furthest = spans[k][1]\n"
        f"                reach.append(furthest)\n"
        f"            index[0] = (spans, order, [spans[k][0] for k in order], reach)\n"
        f"    if index[0] is None:\n"
        f"        return items[at + 1:]\n"
        f"    spans, order, starts, reach = index[0]\n"
        f"    low, high = spans[at]\n"
        f"    # Items before `first` in start order all end at or before `low`; from `last` on, all start at or\n"
        f"    # after `high`: none of them can meet the span.\n"
        f"    first, last = {after}(reach, low), {before}(starts, high)\n"
        f"    # (Those left may still miss it: the loop's own test passes them over, as before.)\n"
        f"    meeting = sorted(order[first:last])\n"
        f"    return [items[k] for k in meeting[bisect.bisect_right(meeting, at):]]\n",
    )


# --- which loops --------------------------------------------------------------------------------


def _sweep(function: cst.FunctionDef) -> _Sweep | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    shadowed = local - facts.all_parameters(function)
    owners = purity.fresh_containers(function.body, facts.all_parameters(function))
    for outer in function.body.body:
        found = _outer_loop(outer)
        if found is None:
            continue
        position, item, items = found
        assert isinstance(outer, cst.For)
        if not isinstance(outer.body, cst.IndentedBlock):
            continue
        if items in facts.bound_in(outer) or {position, item} & facts.bound_in(outer.body) \
                or facts.declared_outer(function, items):
            continue
        for inner in outer.body.body:
            looked = _inner_loop(inner, position, items, shadowed)
            if looked is None:
                continue
            assert isinstance(inner, cst.For)
            other, tests = looked
            if other in (item, position, items) or not _mentioned_only_in(function, other, inner):
                continue
            if len(m.findall(outer, m.Name(items))) != 2:  # (the two loops' own)
                continue
            keys = next((k for k in (_span_keys(test, item, other) for test in tests) if k is not None), None)
            if keys is None or not purity.leaves_items_alone(outer, owners, shadowed):
                continue
            trusted = purity.trusted()
            taken = (facts.names_in(function) | set(trusted.module_functions) | set(trusted.module_constants)
                     | set(trusted.classes) | set(trusted.import_sources) | {"bisect"})
            helper = facts.unused_name(taken, "_spans_meeting_after")
            index = facts.unused_name(taken, f"{items}_spans")
            return _Sweep(inner, items, *keys, helper, index, position)
    return None


def _outer_loop(statement: cst.BaseStatement) -> tuple[str, str, str] | None:
    """`for i, first in enumerate(items):` (no `else`): (i, first, items)."""
    if not m.matches(statement, m.For(
            target=m.Tuple([m.Element(m.Name()), m.Element(m.Name())]),
            iter=m.Call(func=m.Name("enumerate"), args=[m.Arg(value=m.Name(), keyword=None, star="")]),
            orelse=None, asynchronous=None)):
        return None
    assert isinstance(statement, cst.For) and isinstance(statement.target, cst.Tuple)
    assert isinstance(statement.iter, cst.Call)
    position, item = (cst.ensure_type(e.value, cst.Name).value for e in statement.target.elements)
    return position, item, cst.ensure_type(statement.iter.args[0].value, cst.Name).value


def _inner_loop(statement: cst.BaseStatement, position: str, items: str,
                shadowed: set[str]) -> tuple[str, list[cst.BooleanOperation]] | None:
    """`for second in items[i + 1:]:` (no `else`) whose body starts with `if <test>: continue` statements:
    (second, those of the tests that are an `or` of two comparisons)."""
    later = m.Subscript(value=m.Name(items), slice=[m.SubscriptElement(m.Slice(
        lower=m.BinaryOperation(left=m.Name(position), operator=m.Add(), right=m.Integer("1")),
        upper=None, step=None))])
    if not m.matches(statement, m.For(target=m.Name(), iter=later, orelse=None, asynchronous=None)):
        return None
    assert isinstance(statement, cst.For) and isinstance(statement.target, cst.Name)
    if not isinstance(statement.body, cst.IndentedBlock):
        return None
    tests = []
    for skip in statement.body.body:
        test = _skip_test(skip)
        if test is None:
            break
        if not purity.is_pure_expression(test, shadowed):
            break  # (what comes after it may not be skipped where it would have run)
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or) \
                and isinstance(test.left, cst.Comparison) and isinstance(test.right, cst.Comparison):
            tests.append(test)
    return (statement.target.value, tests) if tests else None


def _skip_test(statement: cst.BaseStatement) -> cst.BaseExpression | None:
    """The test of `if <test>: continue` (no `else`)."""
    continuing = m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Continue()])]) \
        | m.SimpleStatementSuite(body=[m.Continue()])
    if not m.matches(statement, m.If(body=continuing, orelse=None)):
        return None
    return cst.ensure_type(statement, cst.If).test


def _span_keys(test: cst.BooleanOperation, item: str, other: str) -> tuple[str, str, bool, bool] | None:
    """For `first.S >= second.E or second.S >= first.E` (in any of its spellings): the keys S and E read from
    `item_`, and whether a later item is kept only where its E is above (strictly) the item's S, and only
    where its S is below (strictly) the item's E."""
    found: dict[str, tuple[str, str, bool]] = {}  # (whose start is compared) -> (start key, end key, strict)
    for part in (test.left, test.right):
        assert isinstance(part, cst.Comparison)
        if len(part.comparisons) != 1:
            return None
        operator = facts.code(part.comparisons[0].operator).strip()
        left, right = part.left, part.comparisons[0].comparator
        if operator in ("<=", "<"):
            left, right, operator = right, left, _FLIPPED[operator]
        if operator not in (">=", ">"):
            return None
        starter, start = _key(left, item, other)
        ender, end = _key(right, item, other)
        if starter is None or ender is None or starter == ender or starter in found:
            return None
        # Skipped where start >= end: kept where end > start (strictly) or, for `>`, where end >= start.
        found[starter] = (start, end, operator == ">=")
    if set(found) != {item, other} or found[item][:2] != found[other][:2]:
        return None
    # `first.S >= second.E` skips unless the later item's end is above the item's start;
    # `second.S >= first.E` skips unless the later item's start is below the item's end.
    start, end, after_strict = found[item]
    return start, end, after_strict, found[other][2]


def _key(expression: cst.BaseExpression, item: str, other: str) -> tuple[str | None, str]:
    """Whose key `expression` reads (`item`, `other` or None) and the key as read from `item_`."""
    node = expression
    while isinstance(node, (cst.Attribute, cst.Subscript)):
        if isinstance(node, cst.Subscript) and not (
                len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index)
                and isinstance(node.slice[0].slice.value, (cst.Integer, cst.SimpleString))):
            return None, ""
        node = node.value
    if expression is node or not isinstance(node, cst.Name) or node.value not in (item, other):
        return None, ""
    return node.value, "item_" + facts.code(expression)[len(node.value):]


def _mentioned_only_in(function: cst.FunctionDef, name: str, inside: cst.CSTNode) -> bool:
    held = {id(node) for node in facts.walk(inside)}
    return all(id(use) in held for use in m.findall(function, m.Name(name)))
