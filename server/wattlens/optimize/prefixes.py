"""Recipe: the items seen so far filtered by a key on every pass of a loop over them → the items
filed by that key as the loop reaches them.

    for index, slip in enumerate(payslips):
        history = [earlier for earlier in payslips[: index + 1] if earlier["employee"] == slip["employee"]]

walks the whole prefix for every slip: quadratic.  Each filter now first files the items it has
not filed yet (up to where its prefix ends) by their key, and walks only the items filed under the
value it asks for, in their order, where its whole condition still runs:

    payslips_by_employee = {}
    payslips_filed = 0
    for index, slip in enumerate(payslips):
        while payslips_filed < index + 1:
            earlier = payslips[payslips_filed]
            payslips_by_employee.setdefault(earlier["employee"], []).append(earlier)
            payslips_filed += 1
        history = [earlier for earlier in payslips_by_employee.get(slip["employee"], ())
                   if earlier["employee"] == slip["employee"]]

(holdout14/payroll_ytd, cumulative tax per employee: studied after its blind run.)  The loop must
be `for i, item in enumerate(items)` or `for i in range(len(items))` over a local collection
nothing in the loop changes, nor the items it reaches (by the loop's names, the filters' names or
names bound from them), with `i` bound by the loop alone, so the prefix only grows.  A filter
qualifies as in `groups` (one `for`, its first condition an equality between a pure key of the
item and a pure value that reads no item) when it walks `items[:i]` or `items[:i + 1]`, sits in a
plain statement of the loop and runs whenever that statement does (not behind `and`, `or`,
`if … else` or a lambda): a key is then worked out only for items the original filter also
tested, and no sooner.  Filters of one shape and bound share an index.  Where a key cannot be filed
(a list loaded from JSON cannot be hashed; an item that cannot be indexed raises TypeError) the count
becomes None and the filters walk the prefix as before, raising where the original did.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity
from wattlens.optimize.groups import keyed_filter, shape_of

EXPLANATION = (
    "the loop filters the items it has already reached by a key on every pass, walking all of them "
    "each time; each item is now filed by that key once, when a filter first needs it, and each filter "
    "walks only the items with an equal key, in their order, where its whole condition still runs"
)

_Node = TypeVar("_Node", bound=cst.CSTNode)


@dataclass(frozen=True)
class _Filter:
    node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp
    line: cst.SimpleStatementLine
    key: cst.BaseExpression
    probe: cst.BaseExpression
    bound: cst.BaseExpression
    shape: str
    """the target, key and bound with the item's names made neutral: filters of one shape share an index"""


def index_prefix_filters(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    local = facts.local_names(function)
    for loop in facts.own_loops(function):
        walked = _walked(loop, local)
        if walked is None:
            continue
        items, position = walked
        assert isinstance(loop, cst.For)
        filters = _filters(loop, items, position, local)
        if filters:
            return _rewrite(function, loop, items, filters)
    return None


def _walked(loop: cst.For | cst.While, local: set[str]) -> tuple[str, str] | None:
    """(the collection, the position's name) of `for i, item in enumerate(items)` or
    `for i in range(len(items))`."""
    if not (isinstance(loop, cst.For) and loop.asynchronous is None and isinstance(loop.body, cst.IndentedBlock)):
        return None
    call, target = loop.iter, loop.target
    if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value not in local
            and len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star):
        return None
    walked = call.args[0].value
    if call.func.value == "range" and m.matches(walked, m.Call(func=m.Name("len"), args=[m.Arg(value=m.Name())])) \
            and "len" not in local and isinstance(target, cst.Name):
        position, items = target.value, cst.ensure_type(cst.ensure_type(walked, cst.Call).args[0].value, cst.Name)
    elif call.func.value == "enumerate" and isinstance(walked, cst.Name) and isinstance(target, cst.Tuple) \
            and len(target.elements) == 2 and isinstance(target.elements[0].value, cst.Name) \
            and target.elements[0].value.value not in purity.target_names(target.elements[1].value):
        position, items = target.elements[0].value.value, walked
    else:
        return None
    if items.value not in local or position in facts.bound_in(loop.body):
        return None  # the prefix must grow with the loop alone
    return items.value, position


def _filters(loop: cst.For, items: str, position: str, local: set[str]) -> list[_Filter]:
    body = loop.body
    bound_here = facts.bound_in(loop)
    if items in bound_here or purity.may_change(loop, items, local, bound_here):
        return []
    deferred = facts.deferred_nodes(body)
    parents = facts.parents(body)
    found: list[_Filter] = []
    for node in m.findall(body, m.ListComp() | m.SetComp() | m.GeneratorExp() | m.DictComp()):
        if not isinstance(node, purity.COMPREHENSIONS) or id(node) in deferred:
            continue
        clause = node.for_in
        bound = _prefix_bound(clause.iter, items, position)
        keyed = keyed_filter(node, parents, local) if bound is not None else None
        if bound is None or keyed is None:
            continue
        names, key, probe = keyed
        line = _always_run_in(node, parents)
        if line is None:
            continue
        found.append(_Filter(node, line, key, probe, bound, shape_of(names, clause.target, key, bound)))
    kept = {id(node) for node in facts.outermost([each.node for each in found])}
    found = [each for each in found if id(each.node) in kept]
    if found and _items_may_change(loop, items, found, local):
        return []
    return found


def _prefix_bound(iterable: cst.BaseExpression, items: str, position: str) -> cst.BaseExpression | None:
    """`i` or `i + 1` where `iterable` is `items[:i]` or `items[:i + 1]`."""
    if not (isinstance(iterable, cst.Subscript) and m.matches(iterable.value, m.Name(items))
            and len(iterable.slice) == 1 and isinstance(iterable.slice[0].slice, cst.Slice)):
        return None
    part = iterable.slice[0].slice
    if part.lower is not None or part.step is not None or part.upper is None:
        return None
    upper = part.upper
    if m.matches(upper, m.Name(position)) or m.matches(
            upper, m.BinaryOperation(left=m.Name(position), operator=m.Add(), right=m.Integer("1"))):
        return upper
    return None


def _always_run_in(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> cst.SimpleStatementLine | None:
    """The plain statement whose every run also runs `node`; None where `node` may be skipped
    (behind `and`, `or`, `if … else`, a chained comparison, or in another comprehension)."""
    child = node
    for ancestor in facts.ancestors(node, parents):
        if isinstance(ancestor, cst.SimpleStatementLine):
            return ancestor
        if isinstance(ancestor, cst.BaseStatement):
            return None  # a compound statement's header (`if`, `while`): its later parts may not run
        skippable = (
            (isinstance(ancestor, cst.BooleanOperation) and child is not ancestor.left)
            or (isinstance(ancestor, cst.IfExp) and child is not ancestor.test)
            or (isinstance(ancestor, cst.Comparison) and len(ancestor.comparisons) > 1
                and child is not ancestor.left)
            or isinstance(ancestor, (cst.Lambda, *purity.COMPREHENSIONS, cst.CompFor, cst.CompIf))
        )
        if skippable:
            return None
        child = ancestor
    return None


def _items_may_change(loop: cst.For, items: str, filters: list[_Filter], local: set[str]) -> bool:
    """Whether the loop may change an item after it is filed, through its own name for it, a
    filter's, or a name bound to what holds them (`slip = slips[i]`, `history = [e for e in …]`,
    `for e in history`)."""
    holders = {items, *purity.target_names(loop.target)} | {
        name for each in filters for name in purity.target_names(each.node.for_in.target)}
    made = {id(each.node) for each in filters}
    bindings = [node for node in facts.walk(loop.body)
                if isinstance(node, (cst.Assign, cst.AnnAssign, cst.For, cst.NamedExpr))]
    grown = True
    while grown:
        grown = False
        for node in bindings:
            value = node.iter if isinstance(node, cst.For) else node.value
            if value is None or (id(value) not in made and not purity.exposed(value) & holders):
                continue
            names = set(purity.target_names(node.target)) if isinstance(node, (cst.For, cst.NamedExpr)) \
                else facts.bound_in(node)
            grown = grown or not names <= holders
            holders |= names
    return any(purity.may_change(loop.body, name, local, set()) for name in holders)


def _rewrite(function: cst.FunctionDef, loop: cst.For, items: str, filters: list[_Filter]) -> cst.FunctionDef:
    taken = facts.names_in(function)
    made: list[cst.BaseStatement] = []
    indexes: dict[str, tuple[str, str]] = {}
    nodes: dict[int, cst.CSTNode] = {}
    before: dict[int, list[cst.BaseStatement]] = {}
    for found in filters:
        if found.shape not in indexes:
            index = facts.unused_name(taken, f"{items}_by_{facts.key_label(found.key)}")
            filed = facts.unused_name(taken, f"{index}_filed")
            indexes[found.shape] = index, filed
            made.append(cst.parse_statement(f"{index} = {{}}\n"))
            made.append(cst.parse_statement(
                f"{filed} = 0  # how many of `{items}` are filed in `{index}` (None: their keys cannot be filed)\n"))
        index, filed = indexes[found.shape]
        catch_up = before.setdefault(id(found.line), [])
        filing = _catch_up(found, items, index, filed, taken)
        if facts.code(filing) not in {facts.code(each) for each in catch_up}:
            catch_up.append(filing)
        lookup = f"{index}.get({facts.code(found.probe)}, ())"
        if not m.matches(found.bound, m.BinaryOperation()):
            # The filter worked the probe out only for an item (it may raise, a list cannot be looked
            # up): with none filed (`items[:i]` on the first pass), nor may the lookup.  (`items[:i + 1]`
            # always holds the item reached.)
            lookup = f"({lookup} if {index} else ())"
        clause = found.node.for_in
        # Where a key could not be filed, the filter walks the prefix, as before.
        lookup = f"({facts.code(clause.iter)} if {filed} is None else {lookup})"
        nodes[id(found.node)] = found.node.with_changes(
            for_in=clause.with_changes(iter=cst.parse_expression(lookup)))
    loop_done = loop.visit(_Filed(nodes, before))
    assert isinstance(loop_done, cst.For)
    return facts.replace_statement(function, loop, [*made, loop_done])


def _catch_up(found: _Filter, items: str, index: str, filed: str, taken: set[str]) -> cst.BaseStatement:
    # The filing loop runs in the function's scope: its variables get names of their own.
    target = found.node.for_in.target
    fresh = {name: facts.unused_name(taken, name) for name in sorted(purity.target_names(target))}
    target_code, key = facts.renamed_code(target, fresh), facts.renamed_code(found.key, fresh)
    bound = facts.code(found.bound)
    if isinstance(target, cst.Name):
        entry, unpacking = target_code, ""
    else:  # `for name, score in pairs` files each whole pair
        entry = facts.unused_name(taken, "entry")
        unpacking = f"        {target_code} = {entry}\n"
    # A key that cannot be hashed (a list loaded from JSON) or worked out (an item that cannot be
    # indexed: the filter raises where it meets it): nothing more is filed, the filters walk the prefix.
    return cst.parse_statement(
        f"try:\n"
        f"    while {filed} is not None and {filed} < {bound}:\n"
        f"        {entry} = {items}[{filed}]\n"
        f"{unpacking}"
        f"        {index}.setdefault({key}, []).append({entry})\n"
        f"        {filed} += 1\n"
        f"except TypeError:\n"
        f"    {filed} = None\n")


class _Filed(cst.CSTTransformer):
    """Each filter walks its index; each statement holding filters first files what they need."""

    def __init__(self, nodes: dict[int, cst.CSTNode], before: dict[int, list[cst.BaseStatement]]) -> None:
        self.nodes, self.before = nodes, before

    def on_leave(self, original_node: _Node, updated_node: _Node) -> _Node | cst.FlattenSentinel[_Node]:
        if id(original_node) in self.nodes:
            return self.nodes[id(original_node)]  # type: ignore[return-value]  # a filter for a filter
        if id(original_node) in self.before:
            return cst.FlattenSentinel([*self.before[id(original_node)], updated_node])  # type: ignore[list-item]
        return updated_node
