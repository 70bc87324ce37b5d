"""A recipe for sorting a whole collection only to take its first items.

`sorted(xs)[0]`, `sorted(xs, reverse=True)[0]` and `sorted(xs)[:k]` sort n items
(n log n comparisons, and a new list) to keep one or k of them. The standard
library documents `heapq.nsmallest(k, xs, key=f)` as equivalent to
`sorted(xs, key=f)[:k]` and `heapq.nlargest` to the same with `reverse=True`, ties
and all; for k = 1 they are a single pass of `min`/`max`. So:

- `sorted(xs, key=f)[0]` → `heapq.nsmallest(1, xs, key=f)[0]` (an empty `xs`
  still raises IndexError, where `min` would raise ValueError);
- `sorted(xs, key=f, reverse=True)[0]` → `heapq.nlargest(1, xs, key=f)[0]`;
- `sorted(…)[:k]` with k a non-negative integer literal → `heapq.nsmallest(k, …)`
  (a negative or computed k means something else to a slice, so it is left alone);
- `name = sorted(…)` where `name` is bound nowhere else and only ever read as `name[0]` or
  for its truth (`if not creditors: break`) → `heapq.nsmallest(1, …)` (or `nlargest`): a
  list that is empty exactly when the sorted one is, with the same first item.

`sorted(xs)[-1]` is not rewritten: it is the *last* of equal largest items,
`max` the first. Whether the rewrite is faster for a given k and size is the
benchmark's call.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts


def select_instead_of_sort(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if "sorted" in facts.bound_in(function) | facts.parameters(function):
        return None  # `sorted` is not the builtin here
    rewritten = function.visit(_SortThenTake(_sorted_only_to_take_the_first(function)))
    assert isinstance(rewritten, cst.FunctionDef)
    return None if rewritten.deep_equals(function) else rewritten


def _sorted_only_to_take_the_first(function: cst.FunctionDef) -> set[int]:
    """The `sorted(...)` calls bound to a name that is bound nowhere else and only ever read as
    `name[0]` or for its truth (`if not name: break`): `heapq.nsmallest(1, ...)` is empty exactly
    when the sorted list is, and its first item is the sorted list's first."""
    if facts.calls_frame_readers(function) or facts.captured([function.body], "sorted"):  # type: ignore[list-item]
        return set()
    found: set[int] = set()
    parents = facts.parents(function.body)
    for node in facts.walk(function.body):
        bound = facts.single_assign(node) if isinstance(node, cst.SimpleStatementLine) else None
        if bound is None or _sorted_call(bound[1]) is None:
            continue
        name = bound[0].value
        if facts.declared_outer(function, name) or facts.captured([function.body], name):  # type: ignore[list-item]
            continue
        if name in facts.all_parameters(function) or any(
                name in facts.bound_otherwise(n) or (isinstance(n, cst.AsName) and m.matches(n.name, m.Name(name)))
                for n in facts.walk(function.body)):
            continue
        mentions = facts.mentions(function.body, name, parents)
        if [n for n in mentions if _written(n, parents)] != [bound[0]]:
            continue  # bound, deleted or changed (`name[0] = x`) somewhere else too
        uses = [n for n in mentions if n is not bound[0]]
        if uses and all(_first_item(n, name, parents) or facts.truth_tested(n, parents) for n in uses):
            found.add(id(bound[1]))
    return found


def _first_item(mention: cst.Name, name: str, parents: dict[int, cst.CSTNode]) -> bool:
    subscript = parents.get(id(mention))
    if not (isinstance(subscript, cst.Subscript) and subscript.value is mention and len(subscript.slice) == 1):
        return False
    taken = subscript.slice[0].slice
    return isinstance(taken, cst.Index) and _integer(taken.value) == 0 and not _written(subscript, parents)


def _written(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    """Whether `node` is what an assignment, `del` or loop writes to, or the object one writes into
    (`node[0] = x`, `node.a += 1`); not when it is only read inside a target (`d[node[0]] = x`)."""
    child, parent = node, parents.get(id(node))
    while (isinstance(parent, (cst.Subscript, cst.Attribute)) and parent.value is child) or isinstance(
            parent, (cst.Tuple, cst.List, cst.Element, cst.StarredElement)):
        child, parent = parent, parents.get(id(parent))
    if isinstance(parent, (cst.AssignTarget, cst.Del)):
        return parent.target is child
    if isinstance(parent, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
        return parent.target is child
    return False


class _SortThenTake(cst.CSTTransformer):
    def __init__(self, bound: set[int]) -> None:
        self.bound = bound  # `sorted(...)` calls whose list is only asked for its first item

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        sort = _sorted_call(updated_node) if id(original_node) in self.bound else None
        if sort is None:
            return updated_node
        iterable, key, descending = sort
        return _heapq_call("nlargest" if descending else "nsmallest", "1", iterable, key)

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        sort = _sorted_call(updated_node.value)
        if sort is None or len(updated_node.slice) != 1:
            return updated_node
        iterable, key, descending = sort
        taken = updated_node.slice[0].slice
        if isinstance(taken, cst.Index) and _integer(taken.value) == 0:
            chooser = "nlargest" if descending else "nsmallest"
            return cst.Subscript(value=_heapq_call(chooser, "1", iterable, key),
                                 slice=[cst.SubscriptElement(cst.Index(cst.Integer("0")))])
        if isinstance(taken, cst.Slice) and not descending and taken.step is None:
            start = 0 if taken.lower is None else _integer(taken.lower)
            count = _integer(taken.upper) if taken.upper is not None else None
            # k = 0 would compare nothing where sorted() still compares (and may raise).
            if start == 0 and count is not None and count > 0:
                return _heapq_call("nsmallest", str(count), iterable, key)
        return updated_node


def _sorted_call(node: cst.BaseExpression) -> tuple[cst.Arg, cst.Arg | None, bool] | None:
    """(the iterable, the key argument, descending) of a plain `sorted(...)` call."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "sorted"):
        return None
    positional = [a for a in node.args if a.keyword is None]
    if len(positional) != 1 or positional[0].star:
        return None
    keywords = {a.keyword.value: a for a in node.args if a.keyword is not None}
    if set(keywords) - {"key", "reverse"}:
        return None
    descending = False
    if "reverse" in keywords:
        flag = keywords["reverse"].value
        if not (isinstance(flag, cst.Name) and flag.value in {"True", "False"}):
            return None  # a computed direction: which end is "first" is unknown here
        descending = flag.value == "True"
    return positional[0], keywords.get("key"), descending


def _integer(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.evaluated_value)
    return None


def _heapq_call(chooser: str, count: str, iterable: cst.Arg, key: cst.Arg | None) -> cst.Call:
    value = iterable.value
    if isinstance(value, cst.GeneratorExp) and not value.lpar:  # `sorted(x for x in xs)`: alone no longer
        iterable = iterable.with_changes(value=value.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()]))
    args = [cst.Arg(cst.Integer(count)), iterable.with_changes(comma=cst.MaybeSentinel.DEFAULT)]
    if key is not None:
        args.append(key.with_changes(comma=cst.MaybeSentinel.DEFAULT))
    return cst.Call(func=cst.Attribute(cst.Name("heapq"), cst.Name(chooser)), args=args)
