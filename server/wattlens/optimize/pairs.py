"""Recipe: every pair of a sequence's items compared, to find the pairs that share a key.

    for i, first in enumerate(charges):
        for second in charges[i + 1:]:
            if same_card(first, second) and abs(first.at - second.at) <= window:
                pairs.append((first.id, second.id))

compares n²/2 pairs (and copies the tail of the list for each item).  When the test
starts with an equality between something of the first item and something of the second
(`first.card == second.card`, or a helper of the module, trusted by `callees`, whose
`return` starts with such equalities), only items with equal keys can pass it: the
positions of the items are filed by key once, and each item meets only the later
items of its own key, in their order, where the whole test still runs as before:

    positions = {}
    for position, second in enumerate(charges):
        positions.setdefault(<key of second>, []).append(position)
    for i, first in enumerate(charges):
        for second in (charges[p] for p in positions.get(<key of first>, ()) if p > i):
            ...

Equal keys share a dict entry (Python's own rule that equal values hash alike), so no
pair that passed the test is lost; the pairs come in the same order.  The keys must
be pure expressions, the sequence must not change in the loops, and nothing may read
the inner loop's variable after it (it ends on another item).  A key that fails while the
positions are filed (an item without the field, a list loaded from JSON that cannot be
hashed) leaves every pair to the original loops, and a first item's key that cannot be
hashed is compared with every later item; the last item's key is not computed, as the
original computed none for an item with no later one.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "every pair of items was compared although only items with equal keys can pass the test; the "
    "items' positions are filed by key once, and each item meets only the later items of its key, "
    "in their order, where the whole test still runs"
)


def pairs_by_key(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    local = facts.local_names(function)
    for outer in facts.own_loops(function):
        if not isinstance(outer, cst.For) or not isinstance(outer.body, cst.IndentedBlock):
            continue
        shape = _enumerated(outer)
        if shape is None:
            continue
        position, first, items = shape
        if len(outer.body.body) != 1:
            continue
        inner = outer.body.body[0]
        rewritten = _pair_loop(function, outer, inner, position, first, items, local)
        if rewritten is not None:
            build, new_inner = rewritten
            return facts.replace_statement(function, outer, [*build, outer.deep_replace(inner, new_inner)])
    return None


def _enumerated(loop: cst.For) -> tuple[str, str, str] | None:
    """(`i`, `first`, `items`) for `for i, first in enumerate(items):`."""
    target, iterable = loop.target, loop.iter
    if not (isinstance(target, cst.Tuple) and len(target.elements) == 2
            and all(isinstance(e.value, cst.Name) for e in target.elements)):
        return None
    if not (isinstance(iterable, cst.Call) and isinstance(iterable.func, cst.Name)
            and iterable.func.value == "enumerate" and len(iterable.args) == 1
            and iterable.args[0].keyword is None and isinstance(iterable.args[0].value, cst.Name)):
        return None
    position, first = (e.value.value for e in target.elements)  # type: ignore[attr-defined]
    return position, first, iterable.args[0].value.value


def _later_items_of(iterable: cst.BaseExpression, items: str, position: str) -> bool:
    """Whether `iterable` is `items[position + 1:]`."""
    if not (isinstance(iterable, cst.Subscript) and m_name(iterable.value, items) and len(iterable.slice) == 1):
        return False
    part = iterable.slice[0].slice
    return (isinstance(part, cst.Slice) and part.upper is None and part.step is None and part.lower is not None
            and facts.code(part.lower).replace(" ", "") == f"{position}+1")


def m_name(node: cst.CSTNode, name: str) -> bool:
    return isinstance(node, cst.Name) and node.value == name


def _pair_loop(
    function: cst.FunctionDef, outer: cst.For, inner: cst.BaseStatement, position: str, first: str, items: str,
    local: set[str],
) -> tuple[list[cst.BaseStatement], cst.For] | None:
    if not isinstance(inner, cst.For) or inner.asynchronous is not None or inner.orelse is not None:
        return None
    if not isinstance(inner.target, cst.Name) or not _later_items_of(inner.iter, items, position):
        return None
    second = inner.target.value
    if not isinstance(inner.body, cst.IndentedBlock) or len(inner.body.body) != 1:
        return None
    guard = inner.body.body[0]
    if not isinstance(guard, cst.If) or guard.orelse is not None:
        return None
    keys = _leading_equality(guard.test, first, second)
    if keys is None:
        return None
    first_key, second_key = keys
    if items not in local or {items, position, first, second} & facts.bound_in(inner.body):
        return None
    if purity.may_change(outer, items, local, facts.bound_in(outer.body)):
        return None
    if not all(purity.is_pure_expression(k, local) for k in keys):
        return None
    # The inner variable ends on another item now: nothing may read it after its loop.
    if len(m.findall(function.body, m.Name(second))) != len(m.findall(inner.body, m.Name(second))) + 1:
        return None
    index = facts.fresh_name(function, f"{items}_positions")
    later_items = facts.fresh_name(function, f"{items}_later")
    place = facts.fresh_name(function, "later")
    item = facts.fresh_name(function, "item")
    filed = second_key.visit(facts.Rename({second: item}))
    assert isinstance(filed, cst.BaseExpression)
    # A key that fails (an item without the field, a list loaded from JSON that cannot be hashed) leaves the
    # pairs to the original loops: the original computed no key of the first item, nor any key where only
    # one item was left, and compared unhashable keys with `==`.
    build: list[cst.BaseStatement] = [
        cst.parse_statement(
            f"try:\n"
            f"    {index} = {{}}\n"
            f"    for {place}, {item} in enumerate({items}):\n"
            f"        {index}.setdefault({facts.code(filed)}, []).append({place})\n"
            f"except Exception:\n"
            f"    {index} = None  # the pairs are walked as before\n"),
        cst.parse_statement(
            f"def {later_items}(key, start):\n"
            f"    # the items after position start whose key equals `key`, in order (a key that cannot be\n"
            f"    # hashed is compared with every later item, as before)\n"
            f"    try:\n"
            f"        found = {index}.get(key, ())\n"
            f"    except TypeError:\n"
            f"        return {items}[start + 1:]\n"
            f"    return ({items}[{place}] for {place} in found if {place} > start)\n"),
    ]
    later = cst.parse_expression(
        f"({facts.code(inner.iter)} if {index} is None or {position} + 1 >= len({items})"
        f" else {later_items}({facts.code(first_key)}, {position}))")
    return build, inner.with_changes(iter=later)


def _leading_equality(
    test: cst.BaseExpression, first: str, second: str
) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """(key of `first`, key of `second`) from the equalities the test starts with (`a.card ==
    b.card and a.cents == b.cents and …` gives `(a.card, a.cents)`), directly or through a
    trusted helper `helper(a, b)` called first; None when it starts otherwise."""
    pairs: list[tuple[cst.BaseExpression, cst.BaseExpression]] = []
    for conjunct in _conjuncts(test, first, second):
        keys = _equality(conjunct, first, second)
        if keys is None:
            break
        pairs.append(keys)
    if not pairs:
        return None
    if len(pairs) == 1:
        return pairs[0]
    return tuple(cst.Tuple([cst.Element(k[side]) for k in pairs]) for side in (0, 1))  # type: ignore[return-value]


def _conjuncts(test: cst.BaseExpression, first: str, second: str) -> list[cst.BaseExpression]:
    """`x and y and z` → [x, y, z], a trusted helper's own conjuncts put in place of its call."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return [*_conjuncts(test.left, first, second), *_conjuncts(test.right, first, second)]
    expanded = _helper_body(test, first, second)
    return [test] if expanded is None else _conjuncts(expanded, first, second)


def _helper_body(test: cst.BaseExpression, first: str, second: str) -> cst.BaseExpression | None:
    """What `helper(first, second)` returns, in the caller's names, for a trusted helper that
    is a single `return`."""
    if not (isinstance(test, cst.Call) and isinstance(test.func, cst.Name)):
        return None
    trusted = purity.trusted()
    body, params = trusted.returns.get(test.func.value), trusted.parameters.get(test.func.value)
    if body is None or params is None or len(params) != 2 or len(test.args) != 2:
        return None
    given = [a.value for a in test.args if a.keyword is None and a.star == ""]
    if len(given) != 2 or not all(isinstance(g, cst.Name) for g in given) \
            or {g.value for g in given} != {first, second}:  # type: ignore[attr-defined]
        return None
    renamed = body.visit(facts.Rename({params[0]: given[0].value, params[1]: given[1].value}))  # type: ignore[attr-defined]
    assert isinstance(renamed, cst.BaseExpression)
    return renamed


def _equality(
    test: cst.BaseExpression, first: str, second: str
) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
            and isinstance(test.comparisons[0].operator, cst.Equal)):
        return None
    left, right = test.left, test.comparisons[0].comparator
    for a, b in ((left, right), (right, left)):
        if purity.reads(a) == {first} and purity.reads(b) == {second}:
            return a, b
    return None
