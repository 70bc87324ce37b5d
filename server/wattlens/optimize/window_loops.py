"""Recipe: an inner loop adding up a window of a list item by item (skipping gaps), inside a loop over the
windows → the window's total and count read from running totals built once.

    for index in range(len(readings)):
        total = 0
        count = 0
        for position in range(max(0, index - window + 1), index + 1):
            value = readings[position]
            if value is not None:
                total += value
                count += 1

adds up the whole window again for every sample (holdout29/roast_profiles, studied after its blind run).
Before the outer statement the function now builds, where every item is a plain int or None,

    readings_sums = list(itertools.accumulate((0 if v is None else v for v in readings), initial=0))
    readings_counts = list(itertools.accumulate((v is not None for v in readings), initial=0))

and each inner loop becomes

        low, high = max(0, index - window + 1), index + 1
        if readings_sums is not None and type(low) is int and type(high) is int and 0 <= low <= high <= len(readings):
            total += readings_sums[high] - readings_sums[low]
            count += readings_counts[high] - readings_counts[low]
        else:
            for position in range(low, high): <the loop as it was>

WHY THE SAME.  Ints add exactly in any order, so a difference of running totals is the window's sum; the
counter counts the items the filter lets through (every item, without one).  The totals are built only where
the list (or tuple) holds nothing but plain ints (no bool, whose sum prints otherwise) and None, and the
accumulators start from an int literal, so no float rounding can tell the orders apart.  The range's bounds
are worked out once, in their order, as `range` did; a window that is not inside the list (a bound past its
end, whose item the original fails to read, or a start past the stop, an empty range) and any other kind of
value takes the original loop.  Nothing in the outer statement may change the list or its items
(`purity.unchanged_while_running`), and the loop's own variables are not read after it (the fast path leaves
them unset).

SHAPES.  `for p in range(low, high)` (or `range(high)`), no `else`, whose body is `v = xs[p]` (or uses
`xs[p]` itself) and then `total += v` and/or `count += 1`, all of it under `if v is not None:` or not;
`xs` a parameter or a name bound before the function's statement holding the loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "an inner loop added up a window of a list item by item for every window; running totals of the list "
    "are built once, and each window's total and count is a difference of two of them"
)

_USED = frozenset({"itertools", "list", "type", "int", "len", "tuple", "all"})


@dataclass(frozen=True)
class _Window:
    loop: cst.For
    items: str
    low: cst.BaseExpression | None
    high: cst.BaseExpression
    total: str | None
    count: str | None
    skips_none: bool


def window_totals_from_running_sums(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if _USED & local or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    params = facts.all_parameters(function)
    fresh = purity.fresh_containers(function.body, params)
    body = list(function.body.body)
    for index, statement in enumerate(body):
        known = params | set(facts.assigned_before(body, index))
        for loop in facts.walk(statement):
            if not isinstance(loop, cst.For) or loop is statement:
                continue
            window = _window(function, loop, statement, known)
            if window is None or not purity.unchanged_while_running(
                    statement, window.items, function, params, fresh, local - params):
                continue
            return _rewritten(function, statement, window)
    return None


def _window(function: cst.FunctionDef, loop: cst.For, statement: cst.BaseStatement,
            known: set[str]) -> _Window | None:
    if loop.orelse is not None or not isinstance(loop.target, cst.Name) \
            or not m.matches(loop.iter, m.Call(func=m.Name("range"))) or not isinstance(loop.body, cst.IndentedBlock):
        return None
    position = loop.target.value
    args = cst.ensure_type(loop.iter, cst.Call).args
    if not 1 <= len(args) <= 2 or any(arg.keyword is not None or arg.star for arg in args):
        return None
    low, high = (args[0].value, args[1].value) if len(args) == 2 else (None, args[0].value)
    statements = list(loop.body.body)
    item: str | None = None
    items: str | None = None
    taken = facts.single_assign(statements[0]) if statements else None
    if taken is not None and _item_of(taken[1], position) is not None:
        item, items = taken[0].value, _item_of(taken[1], position)
        statements = statements[1:]
    skips_none = False
    if len(statements) == 1 and isinstance(statements[0], cst.If) and statements[0].orelse is None \
            and item is not None and m.matches(statements[0].test, m.Comparison(
                left=m.Name(item), comparisons=[m.ComparisonTarget(operator=m.IsNot(), comparator=m.Name("None"))])):
        skips_none = True
        inner = statements[0].body
        statements = list(inner.body) if isinstance(inner, cst.IndentedBlock) else []
    total = count = None
    for each in statements:
        small = each.body[0] if isinstance(each, cst.SimpleStatementLine) and len(each.body) == 1 else None
        if not isinstance(small, cst.AugAssign) or not isinstance(small.operator, cst.AddAssign) \
                or not isinstance(small.target, cst.Name):
            return None
        if m.matches(small.value, m.Integer("1")) and count is None:
            count = small.target.value
        elif total is None and (m.matches(small.value, m.Name(item)) if item is not None
                                else _item_of(small.value, position) is not None):
            total = small.target.value
            items = items or _item_of(small.value, position)
        else:
            return None
    if items is None or (total is None and count is None) or items not in known or total == count \
            or {items, position} & {total, count}:
        return None
    if not all(facts.plain_read(bound) or _maxed(bound) for bound in (low, high) if bound is not None):
        return None
    if not facts.left_unread(function, frozenset({position} | ({item} if item else set())), loop):
        return None
    for name in (total, count):
        if name is not None and not _starts_as_int(statement, loop, name):
            return None
    return _Window(loop, items, low, high, total, count, skips_none)


def _item_of(value: cst.BaseExpression, position: str) -> str | None:
    """`xs` for `xs[position]`."""
    if m.matches(value, m.Subscript(value=m.Name(), slice=[m.SubscriptElement(
            slice=m.Index(value=m.Name(position)))])):
        return cst.ensure_type(cst.ensure_type(value, cst.Subscript).value, cst.Name).value
    return None


def _maxed(node: cst.BaseExpression) -> bool:
    """`max(0, i - k + 1)` or `min(n, i + k)` of plain reads."""
    return m.matches(node, m.Call(func=m.Name("max") | m.Name("min"))) and all(
        arg.keyword is None and not arg.star and facts.plain_read(arg.value)
        for arg in cst.ensure_type(node, cst.Call).args)


def _starts_as_int(statement: cst.BaseStatement, loop: cst.For, name: str) -> bool:
    """Whether the last statement before `loop`, in its block, to mention `name` binds it (alone or beside
    others, `a = b = 0`) to an int literal."""
    block = next((b for b in facts.walk(statement) if isinstance(b, cst.IndentedBlock)
                  and any(s is loop for s in b.body)), None)
    if block is None:
        return False
    at = next(i for i, s in enumerate(block.body) if s is loop)
    before = next((s for s in reversed(block.body[:at]) if name in facts.names_in(s)), None)
    small = before.body[0] if isinstance(before, cst.SimpleStatementLine) and len(before.body) == 1 else None
    return isinstance(small, cst.Assign) and isinstance(small.value, cst.Integer) \
        and all(isinstance(t.target, cst.Name) for t in small.targets) \
        and name in {cst.ensure_type(t.target, cst.Name).value for t in small.targets}


def _rewritten(function: cst.FunctionDef, statement: cst.BaseStatement, window: _Window) -> cst.FunctionDef:
    xs = window.items
    taken = facts.names_in(function)
    sums = facts.unused_name(taken, f"{xs}_sums")
    counts = facts.unused_name(taken, f"{xs}_counts")
    low_name, high_name = facts.unused_name(taken, "low"), facts.unused_name(taken, "high")
    allowed = "v is None or type(v) is int" if window.skips_none else "type(v) is int"
    value = "0 if v is None else v" if window.skips_none else "v"
    built = [cst.parse_statement(
        f"{sums} = list(itertools.accumulate(({value} for v in {xs}), initial=0))"
        f" if type({xs}) in (list, tuple) and all({allowed} for v in {xs}) else None\n")]
    if window.count is not None and window.skips_none:
        built.append(cst.parse_statement(
            f"{counts} = list(itertools.accumulate((v is not None for v in {xs}), initial=0))"
            f" if {sums} is not None else None\n"))
    low = facts.code(window.low) if window.low is not None else "0"
    fast = []
    if window.total is not None:
        fast.append(f"    {window.total} += {sums}[{high_name}] - {sums}[{low_name}]\n")
    if window.count is not None:
        counted = f"{counts}[{high_name}] - {counts}[{low_name}]" if window.skips_none else f"{high_name} - {low_name}"
        fast.append(f"    {window.count} += {counted}\n")
    walked = window.loop.with_changes(iter=cst.parse_expression(
        f"range({low_name}, {high_name})" if window.low is not None else f"range({high_name})"))
    bounds = cst.parse_statement(f"{low_name}, {high_name} = {low}, {facts.code(window.high)}\n")
    choice = cst.parse_statement(
        f"if {sums} is not None and type({low_name}) is int and type({high_name}) is int"
        f" and 0 <= {low_name} <= {high_name} <= len({xs}):\n" + "".join(fast) + "else:\n    pass\n")
    assert isinstance(choice, cst.If) and isinstance(choice.orelse, cst.Else)
    choice = choice.with_changes(orelse=choice.orelse.with_changes(
        body=cst.IndentedBlock(body=[walked])))
    inner = statement.visit(facts.ReplaceStatements({id(window.loop): [bounds, choice]}))
    assert isinstance(inner, cst.BaseStatement)
    return facts.replace_statement(function, statement, [*built, inner])
