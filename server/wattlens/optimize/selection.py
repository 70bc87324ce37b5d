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
  (a negative or computed k means something else to a slice, so it is left alone).

`sorted(xs)[-1]` is not rewritten: it is the *last* of equal largest items,
`max` the first. Whether the rewrite is faster for a given k and size is the
benchmark's call.
"""

from __future__ import annotations

import libcst as cst

from wattlens.optimize import cst_facts as facts


def select_instead_of_sort(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if "sorted" in facts.bound_in(function) | facts.parameters(function):
        return None  # `sorted` is not the builtin here
    rewritten = function.visit(_SortThenTake())
    assert isinstance(rewritten, cst.FunctionDef)
    return None if rewritten.deep_equals(function) else rewritten


class _SortThenTake(cst.CSTTransformer):
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
    args = [cst.Arg(cst.Integer(count)), iterable.with_changes(comma=cst.MaybeSentinel.DEFAULT)]
    if key is not None:
        args.append(key.with_changes(comma=cst.MaybeSentinel.DEFAULT))
    return cst.Call(func=cst.Attribute(cst.Name("heapq"), cst.Name(chooser)), args=args)
