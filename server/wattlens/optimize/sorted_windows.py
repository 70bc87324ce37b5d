"""Recipe: an inner loop over the earlier items of a list just sorted by a key, doing something only for
the items within a window of that key → the loop starts at the first item inside the window, found by
bisection.

    history = sorted(history, key=lambda flight: flight.day)
    for index, flight in enumerate(history):
        for position in range(index):
            earlier = history[position]
            age = (flight.day - earlier.day).days
            if age <= CURRENCY_DAYS and earlier.aircraft_class == flight.aircraft_class:
                landings += earlier.day_landings
            if age < RECENCY_DAYS:
                hours += earlier.hours

walks every earlier flight of a pilot's years of flying for each flight, though only the last year's count
(holdout28/pilot_currency, studied after its blind run).  Now

    history_kind = _sorted_key_kind([item_.day for item_ in history])
    ...
            history_from = 0
            if <0 < index <= len(history), the keys, `flight.day` and the limits of kinds that agree>:
                history_from = bisect.bisect_left(range(index), True, key=lambda position:
                    (flight.day - history[position].day).days <= CURRENCY_DAYS or (...).days < RECENCY_DAYS)
            for position in range(history_from, index):

WHY THE SAME ANSWER.  The body's statements after its first few (the item taken, `earlier = history[position]`,
and measures of it bound to names, `age = ...`) are each an `if` whose test starts with a window test
(`age <= CURRENCY_DAYS and ...`: the rest is not evaluated where it fails), or an `if <outside test>: continue`
after which everything else runs only inside the window.  An item for which every window test fails does
nothing but bind the loop's own names, which nothing reads after the loop.  In a list sorted by the key the
window tests are monotone along the positions: the key grows, so `flight.day - key` shrinks, and a test
`measure <= limit` that holds at one position holds at every later one.  The items skipped are therefore
exactly a leading run of positions where no window test holds, and the first position where one does is
found by bisection over the same tests, in the same words.  The items that remain run in the same order, so
sums keep their order of addition.

This holds only where the sort put the keys in an order their differences follow: the keys, read once right
after the sort, must all be of one type among int, finite float, str, date and datetime (`_sorted_key_kind`),
the other side of each difference or comparison of that same type, and a limit compared with a difference
an int or a float.  Nothing from the sort to the loop may rebind the list or change an item
(`purity.leaves_items_alone`), and the stop must lie within the list (past it, the original raises
IndexError at its end).  Anywhere else the loop starts at 0, as before.

SHAPES.  `X = sorted(..., key=lambda v: v.attr)` or `X.sort(key=...)` (the key `v.attr`, `v[constant]` or
none) in a block holding the loop, before it; the loop `for p in range(stop)` (or `range(0, stop)`) whose
body may start with `item = X[p]`, or `for item in X[:stop]`; no `else`.  A measure is the key
(`item.day`), or its difference with a value the loop does not change (`flight.day - item.day`, either way
round), or such a difference's `.days` or `.total_seconds()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "an inner loop walked every earlier item of a list sorted by a key, though it does something only for "
    "items within a window of that key; it now starts at the first item inside the window, found by "
    "bisection, and walks the rest in the same order"
)

KIND_HELPER = "_sorted_key_kind"
_KIND_DEFINITION = (
    f"def {KIND_HELPER}(keys):\n"
    f'    """The one type of `keys` where they are all plain ints, finite floats, strs, dates or datetimes\n'
    f'    (a list sorted by them is then in an order their differences follow), else None."""\n'
    f"    kinds = set()\n"
    f"    for key in keys:\n"
    f"        if type(key) is float and (key != key or key in (float('inf'), float('-inf'))):\n"
    f"            return None\n"
    f"        kinds.add(type(key))\n"
    f"    kind = kinds.pop() if len(kinds) == 1 else None\n"
    f"    if kind in (int, float, str):\n"
    f"        return kind\n"
    f"    if kind is not None and kind.__module__ == 'datetime' and kind.__name__ in ('date', 'datetime'):\n"
    f"        return kind\n"
    f"    return None\n"
)

_SUFFIX_WHEN_GROWING = {">": True, ">=": True, "<": False, "<=": False}
"""for `measure OP limit` with a measure that grows along the list: whether the test holds on a suffix"""
_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
_NUMBERS = "(int, float)"


@dataclass(frozen=True)
class _Measure:
    growing: bool
    form: str
    """'key' (the key itself), 'difference' (of numbers), 'days' or 'seconds' (of a difference of dates)"""
    other: cst.BaseExpression | None
    """the other side of a difference"""


@dataclass(frozen=True)
class _Window:
    loop: cst.For
    items: str
    stop: cst.BaseExpression
    position: str | None
    """the range's variable, or None for `for item in X[:stop]`"""
    inside: tuple[str, ...]
    """the window tests, each holding on a suffix of the positions, with the item written as `X[p]`"""
    guards: tuple[str, ...]


@dataclass(frozen=True)
class _Sort:
    statement: cst.SimpleStatementLine
    """`X = sorted(...)` or `X.sort(...)`"""
    items: str
    key: str | None
    """`.day` or `[0]` as applied to an item; None for the item itself"""


def start_windows_by_bisection(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if {"bisect", "range", "type", "len", "int", "float", KIND_HELPER} & local:
        return None  # names the rewrite uses, meaning something else here
    parents = facts.parents(function.body)
    taken = facts.names_in(function)
    new: dict[int, Sequence[cst.BaseStatement]] = {}
    kinds: dict[int, str] = {}
    for loop in facts.own_loops(function):
        if not isinstance(loop, cst.For):
            continue
        found = _window(function, loop, parents, local)
        if found is None:
            continue
        window, sort = found
        if id(sort.statement) not in kinds:
            kind = facts.unused_name(taken, f"{sort.items}_kind")
            kinds[id(sort.statement)] = kind
            keys = f"[{_keyed('item_', sort.key)} for item_ in {sort.items}]"
            new[id(sort.statement)] = [sort.statement, cst.parse_statement(f"{kind} = {KIND_HELPER}({keys})")]
        start = facts.unused_name(taken, f"{window.items}_from")
        new[id(window.loop)] = [*_start_statement(window, kinds[id(sort.statement)], start),
                                _started(window, start)]
    if not new:
        return None
    return facts.replace_statements(function, new)


def kind_helper(function: cst.FunctionDef) -> tuple[str, ...]:
    return (_KIND_DEFINITION,)


def _keyed(item: str, key: str | None) -> str:
    return f"{item}{key}" if key is not None else item


def _start_statement(window: _Window, kind: str, start: str) -> list[cst.BaseStatement]:
    stop = facts.code(window.stop)
    p = window.position or "p_"
    guards = " and ".join((f"type({window.items}) is list", f"type({stop}) is int",
                           f"0 < {stop} <= len({window.items})", f"{kind} is not None",
                           *(g.format(kind=kind) for g in window.guards)))
    return [cst.parse_statement(f"{start} = 0\n"), cst.parse_statement(
        f"if {guards}:\n"
        f"    {start} = bisect.bisect_left(range({stop}), True, key=lambda {p}: {' or '.join(window.inside)})\n")]


def _started(window: _Window, start: str) -> cst.For:
    stop = window.stop
    if window.position is not None:
        walked: cst.BaseExpression = cst.parse_expression(f"range({start}, {facts.code(stop)})")
    else:
        walked = cst.parse_expression(f"{window.items}[{start}:{facts.code(stop)}]")
    return window.loop.with_changes(iter=walked)


# --- which loops --------------------------------------------------------------------------------


def _window(function: cst.FunctionDef, loop: cst.For, parents: dict[int, cst.CSTNode], local: set[str]
            ) -> tuple[_Window, _Sort] | None:
    if loop.orelse is not None or loop.asynchronous is not None or not isinstance(loop.body, cst.IndentedBlock):
        return None
    walked = _walked(loop)
    if walked is None:
        return None
    items, stop, position, item = walked
    statements = list(loop.body.body)
    if position is not None and statements:
        taken_item = facts.single_assign(statements[0])
        if taken_item is not None and m.matches(taken_item[1], m.Subscript(
                value=m.Name(items), slice=[m.SubscriptElement(slice=m.Index(value=m.Name(position)))])):
            item = taken_item[0].value
            statements = statements[1:]
    sort = _sorting(loop, items, parents)
    if sort is None:
        return None
    own = {name for name in (position, item) if name is not None}
    measures: dict[str, cst.BaseExpression] = {}
    while statements and (assigned := facts.single_assign(statements[0])) is not None:
        name, value = assigned
        if name.value in own or _measure(value, items, item, position, sort.key, measures) is None:
            return None
        measures[name.value] = value
        own.add(name.value)
        statements = statements[1:]
    rest = cst.IndentedBlock(body=statements)
    if own & facts.bound_anywhere(rest) or not facts.left_unread(function, frozenset(own), loop):
        return None
    invariant = facts.bound_anywhere(loop)
    inside: list[str] = []
    guards: list[str] = []
    for statement in statements:
        if not isinstance(statement, cst.If) or statement.orelse is not None:
            return None
        leaves = m.matches(statement.body, m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Continue()])])) \
            or m.matches(statement.body, m.SimpleStatementSuite(body=[m.Continue()]))
        first = (facts.disjuncts if leaves else facts.conjuncts)(statement.test)[0]
        test = _window_test(first, items, item, position, sort.key, measures, own, invariant)
        if test is None:
            return None
        suffix, measure, limit = test
        if suffix == leaves:
            return None  # `if inside: continue` or `if outside and ...:` says nothing of the items skipped
        text = _with_item(first, items, item, position or "p_", measures)
        inside.append(f"not ({text})" if leaves else text)
        guards.extend(_guards(measure, limit))
        if leaves:
            break  # everything after runs only inside the window
    if not inside:
        return None
    shadowed = local - facts.all_parameters(function)
    owners = purity.made_containers(function, {items})
    block = parents.get(id(sort.statement))
    assert isinstance(block, cst.IndentedBlock)
    at = next(i for i, s in enumerate(block.body) if s is sort.statement)
    holding = next((i for i, s in enumerate(block.body) if i > at and any(n is loop for n in facts.walk(s))), None)
    after = block.body[at + 1:holding + 1] if holding is not None else []
    if not after or any(items in facts.bound_anywhere(s) or not purity.leaves_items_alone(s, owners, shadowed)
                        for s in after):
        return None
    if m.findall(cst.IndentedBlock(body=list(after)), m.Global() | m.Nonlocal()):
        return None
    unique = tuple(dict.fromkeys(guards))
    return _Window(loop, items, stop, position, tuple(dict.fromkeys(inside)), unique), sort


def _walked(loop: cst.For) -> tuple[str, cst.BaseExpression, str | None, str | None] | None:
    """(the list, the stop, the range's variable, the item's variable) for `for p in range(stop)` (no item
    yet) or `for item in X[:stop]`."""
    if not isinstance(loop.target, cst.Name):
        return None
    walked = loop.iter
    if m.matches(walked, m.Call(func=m.Name("range"))):
        assert isinstance(walked, cst.Call)
        args = walked.args
        if any(arg.keyword is not None or arg.star for arg in args):
            return None
        if len(args) == 2 and m.matches(args[0].value, m.Integer("0")):
            args = args[1:]
        if len(args) != 1 or not facts.plain_read(args[0].value):
            return None
        # The list is the one the body takes items of by this position.
        taken = [s for s in m.findall(loop.body, m.Subscript(value=m.Name(), slice=[m.SubscriptElement(
            slice=m.Index(value=m.Name(loop.target.value)))]))]
        lists = {cst.ensure_type(cst.ensure_type(s, cst.Subscript).value, cst.Name).value for s in taken}
        if len(lists) != 1:
            return None
        return lists.pop(), args[0].value, loop.target.value, None
    if m.matches(walked, m.Subscript(value=m.Name(), slice=[m.SubscriptElement(
            slice=m.Slice(lower=None, upper=m.DoNotCare(), step=None))])):
        assert isinstance(walked, cst.Subscript)
        part = cst.ensure_type(walked.slice[0].slice, cst.Slice)
        if part.upper is None or not facts.plain_read(part.upper):
            return None
        return cst.ensure_type(walked.value, cst.Name).value, part.upper, None, loop.target.value
    return None


def _sorting(loop: cst.For, items: str, parents: dict[int, cst.CSTNode]) -> _Sort | None:
    """The statement `items = sorted(..., key=...)` or `items.sort(key=...)` that last bound or sorted
    `items` before `loop`, in a block holding it."""
    node: cst.CSTNode = loop
    in_place = m.SimpleStatementLine(body=[m.Expr(value=m.Call(func=m.Attribute(value=m.Name(items),
                                                                                attr=m.Name("sort"))))])
    for holder in facts.ancestors(loop, parents):
        if isinstance(holder, cst.IndentedBlock):
            at = next(i for i, s in enumerate(holder.body) if s is node)
            for statement in reversed(holder.body[:at]):
                if m.matches(statement, in_place):
                    call = cst.ensure_type(cst.ensure_type(statement, cst.SimpleStatementLine).body[0], cst.Expr).value
                    return _sort_of(statement, items, cst.ensure_type(call, cst.Call).args)
                if items in facts.bound_anywhere(statement):
                    assigned = facts.single_assign(statement)
                    sorting = m.Call(func=m.Name("sorted"), args=[m.Arg(keyword=None, star=""), m.ZeroOrMore()])
                    if assigned is None or assigned[0].value != items or not m.matches(assigned[1], sorting):
                        return None
                    return _sort_of(statement, items, cst.ensure_type(assigned[1], cst.Call).args[1:])
        if isinstance(holder, (cst.FunctionDef, cst.Lambda)):
            return None
        node = holder
    return None


def _sort_of(statement: cst.BaseStatement, items: str, options: Sequence[cst.Arg]) -> _Sort | None:
    """The sort `statement` makes by its keyword `options`, where its key reads one field of an item."""
    assert isinstance(statement, cst.SimpleStatementLine)
    found = facts.sort_options(options)
    if found is None or found[1]:
        return None  # (a reverse order would turn every window around)
    key = found[0]
    if key is None:
        return _Sort(statement, items, None)
    if not isinstance(key, cst.Lambda) or len(key.params.params) != 1 or key.params.posonly_params \
            or key.params.star_arg != cst.MaybeSentinel.DEFAULT or key.params.kwonly_params \
            or key.params.star_kwarg is not None:
        return None
    name = key.params.params[0].name.value
    body = key.body
    if isinstance(body, cst.Attribute) and m.matches(body.value, m.Name(name)):
        return _Sort(statement, items, f".{body.attr.value}")
    if isinstance(body, cst.Subscript) and m.matches(body.value, m.Name(name)) and len(body.slice) == 1 \
            and isinstance(body.slice[0].slice, cst.Index) and facts.is_literal(body.slice[0].slice.value) \
            and not isinstance(body.slice[0].slice.value, cst.Tuple):
        return _Sort(statement, items, f"[{facts.code(body.slice[0].slice.value)}]")
    return None


# --- window tests ---------------------------------------------------------------------------------


def _window_test(test: cst.BaseExpression, items: str, item: str | None, position: str | None, key: str | None,
                 measures: dict[str, cst.BaseExpression], own: set[str], invariant: set[str]
                 ) -> tuple[bool, _Measure, cst.BaseExpression] | None:
    """(whether it holds on a suffix of the positions, its measure, its limit) for `measure OP limit`
    (either way round), a limit the loop does not change."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return None
    operator = facts.code(test.comparisons[0].operator).strip()
    if operator not in _MIRRORED:
        return None
    left, right = test.left, test.comparisons[0].comparator
    measure = _measure(left, items, item, position, key, measures)
    limit = right
    if measure is None:
        measure, limit, operator = _measure(right, items, item, position, key, measures), left, _MIRRORED[operator]
    if measure is None or not _outside_value(limit, own, invariant) \
            or (measure.other is not None and not _outside_value(measure.other, own, invariant)):
        return None
    return _SUFFIX_WHEN_GROWING[operator] == measure.growing, measure, limit


def _measure(node: cst.BaseExpression, items: str, item: str | None, position: str | None, key: str | None,
             measures: dict[str, cst.BaseExpression]) -> _Measure | None:
    """How `node` moves along the sorted list, where it is the key read from the item, a difference of it
    with another value, or such a difference's `.days` or `.total_seconds()`."""
    if isinstance(node, cst.Name) and node.value in measures:
        return _measure(measures[node.value], items, item, position, key, measures)
    if _is_key(node, items, item, position, key):
        return _Measure(True, "key", None)
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Subtract):
        for keyed, other, growing in ((node.right, node.left, False), (node.left, node.right, True)):
            keyed = _resolved(keyed, measures)
            if _is_key(keyed, items, item, position, key):
                return _Measure(growing, "difference", other)
        return None
    if isinstance(node, cst.Attribute) and node.attr.value == "days":
        inner = _measure(node.value, items, item, position, key, measures)
        return _Measure(inner.growing, "days", inner.other) if inner is not None and inner.form == "difference" \
            else None
    if m.matches(node, m.Call(func=m.Attribute(attr=m.Name("total_seconds")), args=[])):
        inner = _measure(cst.ensure_type(cst.ensure_type(node, cst.Call).func, cst.Attribute).value, items, item,
                         position, key, measures)
        return _Measure(inner.growing, "seconds", inner.other) if inner is not None and inner.form == "difference" \
            else None
    return None


def _resolved(node: cst.BaseExpression, measures: dict[str, cst.BaseExpression]) -> cst.BaseExpression:
    return measures.get(node.value, node) if isinstance(node, cst.Name) else node


def _is_key(node: cst.BaseExpression, items: str, item: str | None, position: str | None, key: str | None) -> bool:
    """Whether `node` is the sort key read from the loop's item (`earlier.day`, `history[position].day`)."""
    if key is not None:
        if not isinstance(node, (cst.Attribute, cst.Subscript)) \
                or facts.code(node)[len(facts.code(node.value)):] != key:
            return False
        node = node.value
    if item is not None and m.matches(node, m.Name(item)):
        return True
    return position is not None and m.matches(node, m.Subscript(
        value=m.Name(items), slice=[m.SubscriptElement(slice=m.Index(value=m.Name(position)))]))


def _outside_value(node: cst.BaseExpression, own: set[str], invariant: set[str]) -> bool:
    """A literal number or a simple read of names the loop neither binds nor reads as its own."""
    if facts.is_literal(node) and not isinstance(node, cst.Tuple):
        return True
    names = facts.names_in(node)
    return facts.is_simple(node) and not isinstance(node, cst.Tuple) and not names & (own | invariant) \
        and not (isinstance(node, cst.Name) and node.value in ("True", "False", "None"))


def _guards(measure: _Measure, limit: cst.BaseExpression) -> list[str]:
    """What makes `measure OP limit` monotone along the sorted list, `{kind}` standing for the keys' type."""
    guards = []
    if measure.form == "difference":
        guards.append(f"{{kind}} in {_NUMBERS}")
    elif measure.form in ("days", "seconds"):
        guards.append("{kind}.__module__ == 'datetime'")
    if measure.other is not None:
        guards.append(f"type({_braced(measure.other)}) is {{kind}}")
    if measure.form == "key":
        guards.append(f"type({_braced(limit)}) is {{kind}}")
    elif not facts.is_literal(limit):
        guards.append(f"type({_braced(limit)}) in {_NUMBERS}")
    return guards


def _braced(node: cst.BaseExpression) -> str:
    """Code to place in a `str.format` template."""
    return facts.code(node).replace("{", "{{").replace("}", "}}")


class _WithItem(cst.CSTTransformer):
    """Measures' names written out and the item written as `X[p]`."""

    def __init__(self, items: str, item: str | None, position: str, measures: dict[str, cst.BaseExpression]) -> None:
        self.items, self.item, self.position, self.measures = items, item, position, measures

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        if original_node.value in self.measures:
            written = self.measures[original_node.value].visit(self)
            assert isinstance(written, cst.BaseExpression)
            if isinstance(written, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)) or written.lpar:
                return written
            return written.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
        if original_node.value == self.item:
            return cst.parse_expression(f"{self.items}[{self.position}]")
        return updated_node

    def leave_Attribute(self, original_node: cst.Attribute, updated_node: cst.Attribute) -> cst.Attribute:
        return updated_node.with_changes(attr=original_node.attr)


def _with_item(test: cst.BaseExpression, items: str, item: str | None, position: str,
               measures: dict[str, cst.BaseExpression]) -> str:
    written = test.visit(_WithItem(items, item, position, measures))
    assert isinstance(written, cst.BaseExpression)  # names replaced, nothing removed
    return facts.code(written)
