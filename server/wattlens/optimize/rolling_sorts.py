"""Recipe: a window of a list sorted again on every pass of a loop while the window slides forward → the
window kept sorted from pass to pass, the items leaving taken out and those entering put in by bisection.

    for second in range(len(levels)):
        start = max(0, second - window + 1)
        ordered = sorted((value for value in levels[start:second + 1] if value is not None), reverse=True)

sorts five minutes of readings again for every second (holdout29/site_noise, studied after its blind run).
Now

    ordered_window = []
    for second in range(len(levels)):
        start = max(0, second - window + 1)
        ordered = _sorted_window(levels, start, second + 1, ordered_window, True)

where `_sorted_window` keeps, in `ordered_window`, the bounds it was last asked for and their items in
ascending order, and hands back a new list of them (reversed for `reverse=True`).

WHY THE SAME LIST.  The window's items that pass the filter (`is not None`, or none) are kept sorted; a
window that starts and ends no earlier than the last one loses the items between the two starts and gains
those between the two ends, each found or placed by bisection, so the kept list holds exactly the window's
items in order.  Equal items may stand in another order than a stable sort leaves them, so the kept items
must be such that equal means the same: all plain ints, or all plain floats that are neither NaN (which
does not sort) nor zero (0.0 and -0.0 are equal but print apart); an item of any other kind, a bound that
is not an int inside the list, a list that is not a plain list, or a window that moved back is sorted as
before (and the kept state starts over).  Nothing in the loop may change the list or rebind it
(`purity.unchanged_while_running`), so its items between two passes are the very ones met before.  Each
pass gets a new list of its own.

SHAPES.  `name = sorted(xs[a:b])` or `sorted(v for v in xs[a:b] if v is not None)` (a list comprehension
too), with `reverse=True` or `False` or none, as a statement inside a `for` or `while` loop among the
function's statements (not inside a nested loop, function or comprehension); `xs` a name.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "a window of a list was sorted again on every pass while it slid forward; the window is now kept "
    "sorted from pass to pass, the items leaving taken out and those entering put in by bisection"
)

HELPER = "_sorted_window"
_DEFINITION = (
    f"def {HELPER}(items, low, high, kept, descending, skip_none):\n"
    f'    """The items of `items[low:high]` (less the Nones with `skip_none`) sorted, descending or not, as a\n'
    f"    new list; `kept` holds the last bounds asked for and their items in ascending order, so a window\n"
    f'    that moved forward is updated instead of sorted again."""\n'
    f"    def plain(value):\n"
    f"        kind = type(value)\n"
    f"        return kind is int or (kind is float and value == value and value != 0)\n"
    f"\n"
    f"    if type(items) is list and type(low) is int and type(high) is int and 0 <= low <= high <= len(items):\n"
    f"        if kept and kept[0] <= low and kept[1] <= high and low <= kept[1]:\n"
    f"            last_low, last_high, ordered, kind = kept\n"
    f"            entering = [v for v in items[last_high:high] if not (skip_none and v is None)]\n"
    f"            kinds = {{type(v) for v in entering}} | ({{kind}} if kind is not None else set())\n"
    f"            if len(kinds) <= 1 and all(plain(v) for v in entering):\n"
    f"                for value in items[last_low:low]:\n"
    f"                    if not (skip_none and value is None):\n"
    f"                        del ordered[bisect.bisect_left(ordered, value)]\n"
    f"                for value in entering:\n"
    f"                    bisect.insort(ordered, value)\n"
    f"                kept[:] = [low, high, ordered, kinds.pop() if kinds else None]\n"
    f"                return ordered[::-1] if descending else ordered[:]\n"
    f"        window = [v for v in items[low:high] if not (skip_none and v is None)]\n"
    f"        kinds = {{type(v) for v in window}}\n"
    f"        if len(kinds) <= 1 and all(plain(v) for v in window):\n"
    f"            ordered = sorted(window)\n"
    f"            kept[:] = [low, high, ordered, kinds.pop() if kinds else None]\n"
    f"            return ordered[::-1] if descending else ordered[:]\n"
    f"    kept.clear()\n"
    f"    window = [v for v in items[low:high] if not (skip_none and v is None)]\n"
    f"    return sorted(window, reverse=descending)\n"
)


@dataclass(frozen=True)
class _Sort:
    statement: cst.SimpleStatementLine
    loop: cst.For | cst.While
    name: str
    items: str
    low: cst.BaseExpression
    high: cst.BaseExpression
    descending: bool
    skip_none: bool


def keep_windows_sorted(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if HELPER in facts.names_in(function) or "sorted" in local:
        return None
    params = facts.all_parameters(function)
    fresh = purity.fresh_containers(function.body, params)
    for loop in facts.own_loops(function):
        if not isinstance(loop.body, cst.IndentedBlock):
            continue
        for statement in loop.body.body:
            found = _sort(statement, loop)
            if found is None or not purity.unchanged_while_running(loop, found.items, function, params, fresh,
                                                                  local - params):
                continue
            state = facts.fresh_name(function, f"{found.name}_window")
            call = cst.parse_statement(
                f"{found.name} = {HELPER}({found.items}, {facts.code(found.low)}, {facts.code(found.high)}, "
                f"{state}, {found.descending}, {found.skip_none})\n")
            new_loop = loop.visit(facts.ReplaceStatements({id(statement): [call]}))
            assert isinstance(new_loop, (cst.For, cst.While))
            return facts.replace_statement(function, loop, [cst.parse_statement(f"{state} = []\n"), new_loop])
    return None


def companions(function: cst.FunctionDef) -> tuple[str, ...]:
    return (_DEFINITION,)


def _sort(statement: cst.BaseStatement, loop: cst.For | cst.While) -> _Sort | None:
    assigned = facts.single_assign(statement)
    if assigned is None or not m.matches(assigned[1], m.Call(func=m.Name("sorted"))):
        return None
    call = cst.ensure_type(assigned[1], cst.Call)
    if not call.args or call.args[0].keyword is not None or call.args[0].star:
        return None
    options = facts.sort_options(call.args[1:])
    if options is None or options[0] is not None:
        return None
    walked = call.args[0].value
    skip_none = False
    if isinstance(walked, (cst.GeneratorExp, cst.ListComp)):
        clause = walked.for_in
        if clause.inner_for_in is not None or clause.asynchronous is not None \
                or not isinstance(clause.target, cst.Name) or not m.matches(walked.elt, m.Name(clause.target.value)) \
                or len(clause.ifs) > 1:
            return None
        if clause.ifs:
            skip_none = m.matches(clause.ifs[0].test, m.Comparison(left=m.Name(clause.target.value), comparisons=[
                m.ComparisonTarget(operator=m.IsNot(), comparator=m.Name("None"))]))
            if not skip_none:
                return None
        walked = clause.iter
    if not m.matches(walked, m.Subscript(value=m.Name(), slice=[m.SubscriptElement(
            slice=m.Slice(lower=m.DoNotCare(), upper=m.DoNotCare(), step=None))])):
        return None
    window = cst.ensure_type(walked, cst.Subscript)
    part = cst.ensure_type(window.slice[0].slice, cst.Slice)
    if part.lower is None or part.upper is None:
        return None
    items = cst.ensure_type(window.value, cst.Name).value
    if assigned[0].value == items or items in facts.bound_anywhere(loop):
        return None
    return _Sort(cst.ensure_type(statement, cst.SimpleStatementLine), loop, assigned[0].value, items,
                 part.lower, part.upper, options[1], skip_none)
