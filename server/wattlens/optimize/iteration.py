"""Recipe: a loop that counts positions only to index the sequence it walks.

    for i in range(len(xs)):                 for x in xs:
        total += xs[i]                 →         total += x

    for i in range(len(grid)):               for row in grid:
        for j in range(len(grid[i])):  →         for value in row:
            total += grid[i][j]                      total += value

Every `xs[i]` the pass reads becomes a name the loop binds once per pass, which saves
the `range` step and a subscript per read.  Where `i` is used otherwise too (`i + 1`,
`ys[i]`, printed, read after the loop, in a closure) the loop becomes
`for i, x in enumerate(xs):`, which binds `i` to the same numbers at the same moments and
leaves it, after the loop, where the original did.  The plain form drops `i`, so it is
written only when nothing can read the loop's `i` afterwards: `i` is named nowhere else in
the function except in the body of another `for i in ...` (which rebinds it first) or in a
comprehension that binds its own `i`, and no closure anywhere names it.  The item's name
is fresh (`xs`→`x`, `items`→`item`, `entries`→`entry`, `grid`→`row`, `row`→`value`, else
`<name>_item`, never a keyword or builtin), so that it leaks out of the loop harmlessly.
Applied until nothing changes, so the inner loop of a grid, `range(len(grid[i]))`, is
rewritten once the outer rewrite has made it `range(len(row))`.  Also rewritten:
`range(0, len(xs))`; `range(n)` right after the line `n = len(xs)` in the same block (the
line stays); comprehension clauses, `[f(xs[i]) for i in range(len(xs))]` → `[f(x) for x
in xs]`, the inner clauses of a nested one too, but a generator expression only where a
builtin such as `sum` or a `.join` consumes it on the spot (a kept generator would read
`xs` later, maybe changed by then).

Why it is equal: `range(len(xs))` takes the length once and reads `xs[i]` live;
iterating reads the items live until the end.  Both give the same items in the same
order, and the pass's item is the same object at each of its reads, as long as `xs`
does not change while the loop runs.  So, in the loop (or the comprehension):
- `xs` and `i` are not rebound (by any target, `del`, walrus or inner comprehension);
- no method is called on `xs` or an attribute of it (not even `xs.count`), `xs` itself is
  not called, and no call receives `xs` itself (bare, in a tuple, list or dict, as a bound
  method `xs.append`, or in a lambda that returns it) except builtins that only read it
  (`len(xs)`, `sum(xs)`, `zip(xs, ys)`…);
- nothing is assigned to or deleted from an item or attribute of `xs` (`xs[i] = v`,
  `xs[k] += 1`, `del xs[i]`, `xs.n = 0`); an item's own contents may change
  (`xs[i][j] = v`, `xs[i].append(v)`, `xs[i].n += 1` become `x[j] = v`…), and items may
  be handed to any call;
- no `yield` or `await` (others could change `xs` while the loop waits), no nested
  function or class that names `xs`, no lambda that changes it;
- where `xs` was bound from another variable (`xs = ys`, `xs = self.items`,
  `xs = d.get(k)`, `for row in grid`), nothing may change or hand on that one either
  (`ys.append(v)`, `self.add(v)`, `grid[0].append(v)`), since that changes `xs`'s object.
`xs[i]` inside a lambda, nested function or class, or a generator expression kept for
later, is left as written (it reads `xs` and `i` when it runs, maybe after the loop) and
counts as another use of `i`, so the loop keeps `i` by enumerate.

And in the function: `xs` is a parameter (`*args` too) or a local of the function's own
scope, or a variable of an enclosing comprehension clause; not a global or `nonlocal`,
not `self` or `cls`, not an attribute chain (any call could change those).  From the start
of the function to the end of the top-level statement that holds the loop, `xs` is never
handed to another name, a container, a call that is not a reading builtin, or a closure
(an alias changed in the loop would change `xs` unseen).  No `locals()`, `vars()`, `eval`,
`exec`, `dir()` or frame access (they would see `i` vanish and the new name appear), no
local `range`, `len` or `enumerate`, and never in `__iter__` (iterating `self` there would
call itself).

Refused because iterating is not indexing by position there: `xs` annotated (at the top
level: `list[dict]` is a list) or bound as a dict, Counter, defaultdict, OrderedDict,
Mapping, set or dict view (not subscriptable: the original raises TypeError), pandas
DataFrame/Series (label indexing), an iterator or generator, or made by `zip`, `map`,
`filter`, `iter`, `reversed`, `enumerate`, `.keys()`/`.values()`/`.items()` (no `len()`:
the original raises); `**kwargs`.  Left to the verifier's replay of real inputs: an
unannotated argument of such a type, an object whose `__iter__` differs from its
`__getitem__` (a dict with int keys; sympy's FreeGroupElement, a tuple of (symbol, power)
pairs whose `w[i]` is the i-th letter, as a comment in sympy's homomorphisms.py warns; a
class whose `__getitem__` never raises IndexError would now loop for ever), and a change
to `xs` during the loop through a name this function cannot see (the caller's reference
reached by a callback, an object that returned its own list).  An argument with no
`len()` at all still raises TypeError, in other words: "object of type 'int' has no
len()" becomes "'int' object is not iterable" (also for a grid row that is not a sequence).
Left alone: `while i < len(xs)` loops, ranges with another start, a stop other than
`len(xs)`, a step, `reversed(range(...))`, and loops whose body never reads `xs[i]`.

Measured here (the original against the rewrite, best of 20 interleaved runs of 3 calls,
on a shared machine; 3.11 / 3.12 / 3.13):
- `total += xs[i]` over 100,000 ints → `for x in xs`: 1.43× / 1.84× / 1.75×
  (4.03 → 2.81 ms on 3.11);
- `total += grid[i][j]` over 300×300 ints, both loops rewritten: 1.52× / 1.57× / 1.58×
  (3.45 → 2.27 ms);
- `[xs[i] * 2 for i in range(len(xs))]` over 100,000 ints: 1.27× / 1.43× / 1.53×;
- enumerate, `if xs[i] > best: best, at = xs[i], i` (an argmax): over a list of 100,000
  ints *slower*, 0.91× / 0.84× / 0.80× (a list subscript by a small int is about as cheap
  as unpacking enumerate's pair); over a numpy array 1.26× (3.11), over a deque of 20,000
  (O(n) indexing) 4.8× / 3.9× / 3.8×.  The enumerate form is still written, as the step
  that lets an inner loop become a plain one (`for i, row in enumerate(grid): for v in
  row:`) and for sequences that index slowly, but only in a rewrite that also makes at
  least one loop plain: alone, over a list, the benchmark (≥1.2×) would reject it.
Only loops and comprehensions of the function's own body (at any depth, not in nested
functions or classes) are looked at.  Every qualifying one is rewritten, one at a time,
and a second application changes nothing.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

_SCOPES = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
# The builtins the original and the rewrite call.
_BUILTINS_USED = frozenset({"range", "len", "enumerate"})
# Ways to see a function's local variables by name.
_INTROSPECTION = frozenset({"locals", "vars", "eval", "exec", "dir", "_getframe", "currentframe", "f_locals"})
# Types whose iteration is not their indexing by position (keys, labels), or that have no
# positions or no len() at all.
_NOT_POSITIONAL = frozenset({
    "dict", "Dict", "DefaultDict", "defaultdict", "OrderedDict", "Counter", "ChainMap", "UserDict", "Mapping",
    "MutableMapping", "MappingProxyType", "TypedDict", "Shelf", "DataFrame", "Series", "set", "frozenset", "Set",
    "FrozenSet", "AbstractSet", "MutableSet", "KeysView", "ValuesView", "ItemsView", "Iterator", "Generator",
})
# Calls and methods that make views or iterators: no positions, or no len() at all.
_UNINDEXED_MAKERS = frozenset({"keys", "values", "items", "iter", "zip", "map", "filter", "reversed", "enumerate"})
# Builtins that run a generator expression to the end (or stop early and drop it) before returning.
# Names whose items have a better name than `<name>_item`.
_ITEM_NAMES = {"grid": "row", "matrix": "row", "board": "row", "table": "row", "rows": "row", "row": "value",
               "data": "item", "seq": "item", "lst": "item", "arr": "item", "array": "item", "values": "value",
               "s": "char", "text": "char", "string": "char", "children": "child", "people": "person"}


@dataclass(frozen=True)
class _Function:
    """What the checks need to know about the function, gathered once per rewrite."""

    node: cst.FunctionDef
    parents: dict[int, cst.CSTNode]
    own: frozenset[str]
    """parameters and names the function's own scope binds (not its comprehensions' or nested scopes')"""
    declared: frozenset[str]
    """names declared global or nonlocal anywhere in it"""
    shadowed: set[str]
    """every name bound anywhere in it: none of them is surely a builtin"""


def iterate_not_index(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Every loop and comprehension clause of the function that qualifies, iterating its items
    (one at a time, so an inner loop is rewritten after its outer loop made it iterate a name)."""
    rewritten, any_plain = iterate_items(function)
    # Enumerate alone is no faster over a list (0.91×, above): offered only beside a plain loop.
    return rewritten if any_plain else None


def iterate_items(function: cst.FunctionDef) -> tuple[cst.FunctionDef | None, bool]:
    """Every qualifying loop and clause rewritten (None when there is none), and whether any of
    them became plain rather than enumerate."""
    rewritten, any_plain = None, False
    while (step := _rewrite_one(rewritten or function)) is not None:
        rewritten, plain = step
        any_plain = any_plain or plain
    return rewritten, any_plain


def _rewrite_one(function: cst.FunctionDef) -> tuple[cst.FunctionDef, bool] | None:
    """One loop or clause rewritten, and whether it became plain (no enumerate)."""
    names = facts.names_in(function)
    if "range" not in names or "len" not in names:
        return None  # the common case, answered without the analysis below
    if names & _INTROSPECTION or function.name.value == "__iter__":
        return None
    shadowed = _binds([function]) | facts.parameters(function)
    if shadowed & _BUILTINS_USED:
        return None
    declared = {n.name.value for d in facts.walk(function) if isinstance(d, (cst.Global, cst.Nonlocal))
                for n in d.names}
    star = function.params.star_arg
    starred = {star.name.value} if isinstance(star, cst.Param) else set()  # `*args`, a tuple
    info = _Function(node=function, parents=facts.parents(function),
                     own=frozenset(_own_bindings(function) | facts.parameters(function) | starred),
                     declared=frozenset(declared), shadowed=shadowed)
    for loop in facts.own_loops(function):
        if isinstance(loop, cst.For):
            rewritten = _rewrite_loop(info, loop)
            if rewritten is not None:
                return rewritten
    for comprehension in m.findall(function.body, m.ListComp() | m.SetComp() | m.DictComp() | m.GeneratorExp()):
        assert isinstance(comprehension, purity.COMPREHENSIONS)
        if any(isinstance(a, _SCOPES) and a is not function for a in facts.ancestors(comprehension, info.parents)):
            continue  # a nested function's or lambda's own
        clause: cst.CompFor | None = comprehension.for_in
        while clause is not None:
            rewritten = _rewrite_clause(info, comprehension, clause)
            if rewritten is not None:
                return rewritten
            clause = clause.inner_for_in
    return None


# --- for i in range(len(xs)): ... ---------------------------------------------------------------


def _rewrite_loop(info: _Function, loop: cst.For) -> tuple[cst.FunctionDef, bool] | None:
    if loop.asynchronous is not None or not isinstance(loop.target, cst.Name):
        return None
    position = loop.target.value
    sequence = _walked(loop.iter) or _walked_by_length(info, loop)
    if sequence is None or sequence == position or not _may_iterate(info, loop, sequence):
        return None
    body = [loop.body]
    if not _left_alone(info, body, position, sequence):
        return None
    reads = _item_reads(info, body, sequence, position)
    if not reads:
        return None
    item = facts.fresh_name(info.node, _item_name(sequence))
    plain = not _keeps_position(info, loop, position, reads)
    return _rewritten(info.node, loop, reads, position, sequence, item, plain=plain), plain


def _keeps_position(info: _Function, loop: cst.For, position: str, reads: set[int]) -> bool:
    """Whether the loop must go on binding `i` (by enumerate): the loop uses it otherwise than in
    the reads rewritten, or the function may read it elsewhere while it holds the loop's value.

    A read in the body of another `for i in ...` (not one around this loop) follows that loop's
    own binding, and a comprehension that binds `i` has its own; but a closure that mentions
    `i` anywhere reads the one variable whenever it is called.
    """
    if sum(1 for n in facts.walk(loop) if isinstance(n, cst.Name) and n.value == position) != len(reads) + 1:
        return True
    around = {id(a) for a in facts.ancestors(loop, info.parents)}
    stack: list[cst.CSTNode] = [info.node.body]
    while stack:
        node = stack.pop()
        if node is loop:
            continue
        if isinstance(node, cst.Name) and node.value == position:
            return True
        if isinstance(node, _SCOPES):
            if position in facts.names_in(node):
                return True
            continue
        if isinstance(node, cst.For) and m.matches(node.target, m.Name(position)) and id(node) not in around:
            if any(isinstance(s, _SCOPES) and position in facts.names_in(s) for s in facts.walk(node.body)):
                return True
            stack += [node.iter, *([node.orelse] if node.orelse is not None else [])]
            continue
        if isinstance(node, purity.COMPREHENSIONS) and _binds_in_clauses(node, position):
            stack.append(node.for_in.iter)  # the first iterable is evaluated outside it
            continue
        stack.extend(node.children)
    return False


def _binds_in_clauses(comprehension: cst.ListComp | cst.SetComp | cst.DictComp | cst.GeneratorExp, name: str) -> bool:
    clause: cst.CompFor | None = comprehension.for_in
    while clause is not None:
        if name in purity.target_names(clause.target):
            return True
        clause = clause.inner_for_in
    return False


def _walked(iterable: cst.BaseExpression) -> str | None:
    """`xs` when the iterable is `range(len(xs))` or `range(0, len(xs))`."""
    stop = _range_stop(iterable)
    return _length_of(stop) if stop is not None else None


def _length_of(node: cst.BaseExpression) -> str | None:
    """`xs` when `node` is `len(xs)`."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "len"):
        return None
    if len(node.args) != 1 or node.args[0].keyword is not None or node.args[0].star:
        return None
    sequence = node.args[0].value
    return sequence.value if isinstance(sequence, cst.Name) else None


def _range_stop(iterable: cst.BaseExpression) -> cst.BaseExpression | None:
    """The stop of `range(stop)` or `range(0, stop)`."""
    if not (isinstance(iterable, cst.Call) and isinstance(iterable.func, cst.Name) and iterable.func.value == "range"):
        return None
    args = iterable.args
    if any(a.keyword is not None or a.star for a in args):
        return None
    if len(args) == 2 and isinstance(args[0].value, cst.Integer) and args[0].value.value == "0":
        return args[1].value
    return args[0].value if len(args) == 1 else None


def _walked_by_length(info: _Function, loop: cst.For) -> str | None:
    """`xs` when the loop is `for i in range(n):` right after `n = len(xs)` (in the same block,
    so `xs` is the same object with the same length when the loop starts)."""
    stop = _range_stop(loop.iter)
    block = info.parents.get(id(loop))
    if not isinstance(stop, cst.Name) or not isinstance(block, cst.IndentedBlock):
        return None
    index = next(k for k, s in enumerate(block.body) if s is loop)
    binding = facts.single_assign(block.body[index - 1]) if index > 0 else None
    if binding is None or binding[0].value != stop.value:
        return None
    sequence = _length_of(binding[1])
    return sequence if sequence != stop.value else None


# --- [... for i in range(len(xs)) ...] ----------------------------------------------------------


def _rewrite_clause(
    info: _Function, comprehension: cst.ListComp | cst.SetComp | cst.DictComp | cst.GeneratorExp, clause: cst.CompFor
) -> tuple[cst.FunctionDef, bool] | None:
    if clause.asynchronous is not None or not isinstance(clause.target, cst.Name):
        return None
    position = clause.target.value
    sequence = _walked(clause.iter)
    if sequence is None or sequence == position:
        return None
    bound_around = _comprehension_targets(info, comprehension, clause)
    if sequence not in bound_around and not _may_iterate(info, comprehension, sequence):
        return None
    # Where `i` is visible: the clause's conditions, the clauses after it, the result.
    scope: list[cst.CSTNode] = [*clause.ifs, *([clause.inner_for_in] if clause.inner_for_in else [])]
    scope += [comprehension.key, comprehension.value] if isinstance(comprehension, cst.DictComp) else [
        comprehension.elt]
    running = list(scope)
    if isinstance(comprehension, cst.GeneratorExp):
        call = purity.consumer(comprehension, info.parents, info.shadowed)
        if call is None:
            return None  # kept for later: it would read `xs` whenever it is resumed
        running += [a for a in call.args if a.value is not comprehension]  # `key=`: runs meanwhile
    if not _left_alone(info, running, position, sequence):
        return None
    reads = _item_reads(info, scope, sequence, position)
    if not reads:
        return None
    # `i` belongs to the comprehension: the plain form only needs it unnamed elsewhere in it.
    mentions = sum(1 for n in facts.walk(comprehension) if isinstance(n, cst.Name) and n.value == position)
    item = facts.fresh_name(info.node, _item_name(sequence))
    plain = mentions == len(reads) + 1
    return _rewritten(info.node, clause, reads, position, sequence, item, plain=plain), plain


def _comprehension_targets(
    info: _Function, comprehension: cst.CSTNode, clause: cst.CompFor
) -> set[str]:
    """Names bound, where `clause` runs, by the clauses before it and by the comprehensions
    around it (`row` in `[... for row in grid for j in range(len(row))]`)."""
    names: set[str] = set()
    path = {id(comprehension)} | {id(a) for a in facts.ancestors(comprehension, info.parents)}
    for holder in [comprehension, *facts.ancestors(comprehension, info.parents)]:
        if isinstance(holder, purity.COMPREHENSIONS):
            if holder is not comprehension and id(holder.for_in.iter) in path:
                continue  # inside its first iterable, which is evaluated outside it
            earlier: cst.CompFor | None = holder.for_in
            while earlier is not None and earlier is not clause:
                names |= purity.target_names(earlier.target)
                earlier = earlier.inner_for_in
    return names


def _may_iterate(info: _Function, where: cst.CSTNode, sequence: str) -> bool:
    """Whether `sequence` is a variable of this function that iterates as it indexes, which no
    other name can hold while `where` runs."""
    if sequence in {"self", "cls"} or sequence not in info.own or sequence in info.declared:
        return False
    if _not_positional(info.node, sequence):
        return False
    # Everything that may run before `where` or between two runs of it.
    top = where
    for ancestor in facts.ancestors(where, info.parents):
        if ancestor is info.node.body:
            break
        top = ancestor
    body = info.node.body
    region: Sequence[cst.CSTNode] = [body]
    if isinstance(body, cst.IndentedBlock):
        end = next((k for k, s in enumerate(body.body) if s is top), len(body.body) - 1)
        region = body.body[:end + 1]
    return not any(_hands_on(n, sequence, info.shadowed) for part in region for n in facts.walk(part))


def _not_positional(function: cst.FunctionDef, name: str) -> bool:
    """Whether `name` is annotated or bound (anywhere in the function) as a mapping, set,
    iterator…, or is `**kwargs`."""
    params = function.params
    if isinstance(params.star_kwarg, cst.Param) and params.star_kwarg.name.value == name:
        return True
    annotations: list[cst.BaseExpression] = [
        p.annotation.annotation for p in [*params.params, *params.kwonly_params, *params.posonly_params]
        if p.name.value == name and p.annotation is not None]
    values: list[cst.BaseExpression] = []
    for node in facts.walk(function.body):
        if isinstance(node, cst.Assign) and any(m.matches(t.target, m.Name(name)) for t in node.targets):
            values.append(node.value)
        elif isinstance(node, cst.AnnAssign) and m.matches(node.target, m.Name(name)):
            annotations.append(node.annotation.annotation)
            values += [node.value] if node.value is not None else []
        elif isinstance(node, cst.NamedExpr) and m.matches(node.target, m.Name(name)):
            values.append(node.value)
    if any(_outer_types(a) & _NOT_POSITIONAL for a in annotations):
        return True
    for value in values:
        if facts.is_set_like(value) or isinstance(value, cst.GeneratorExp):
            return True
        if isinstance(value, cst.Call) and facts.names_in(value.func) & (_NOT_POSITIONAL | _UNINDEXED_MAKERS):
            return True  # `defaultdict(list)`, `collections.OrderedDict()`, `dict.fromkeys(...)`, `d.keys()`
    return False


def _outer_types(annotation: cst.BaseExpression) -> set[str]:
    """The names of the types an annotation allows, not of their items: `dict` for `dict[int, str]`,
    {`Mapping`, `None`} for `Mapping | None` or `Optional[Mapping]`, `list` for `list[dict]`,
    the same inside quotes; `?` for what is not read here."""
    if isinstance(annotation, (cst.SimpleString, cst.ConcatenatedString)):
        text = annotation.evaluated_value
        try:
            return _outer_types(cst.parse_expression(text)) if isinstance(text, str) else {"?"}
        except cst.ParserSyntaxError:
            return {"?"}
    if isinstance(annotation, cst.BinaryOperation) and isinstance(annotation.operator, cst.BitOr):
        return _outer_types(annotation.left) | _outer_types(annotation.right)
    if isinstance(annotation, cst.Subscript):
        base = _outer_types(annotation.value)
        arguments = [e.slice.value for e in annotation.slice if isinstance(e.slice, cst.Index)]
        if base & {"Optional", "Union"}:
            return set().union(*(_outer_types(a) for a in arguments))
        if base & {"Annotated"} and arguments:
            return _outer_types(arguments[0])
        return base
    if isinstance(annotation, cst.Name):
        return {annotation.value}
    if isinstance(annotation, cst.Attribute):
        return {annotation.attr.value}
    return {"?"}


def _changes(parts: Sequence[cst.CSTNode], name: str, shadowed: set[str]) -> bool:
    """Whether running `parts` may change what `name` holds, or let anyone else change it
    (the rebinding of `name` itself the caller checks)."""
    for part in parts:
        for node in facts.walk(part):
            if isinstance(node, (cst.Yield, cst.Await)):
                return True
            if isinstance(node, cst.Call) and _reaches(node.func, name):
                return True  # `xs.append(v)`, `xs.data.clear()`, `xs()`
            if any(_writes_into(t, name) for t in _targets(node)):
                return True
            if _hands_on(node, name, shadowed):
                return True
    return False


def _changed_through_sources(info: _Function, parts: Sequence[cst.CSTNode], name: str) -> bool:
    """Whether `parts` may change, or hand on, another variable whose object `name` may be or be
    part of (`ys` after `xs = ys`, `self` after `xs = self.items`, `grid` for `for row in grid`):
    that would change `name`'s object too."""
    for source in _sources(info, name):
        if any(purity.may_change(p, source, info.shadowed, set()) for p in parts):
            return True
        if any(_hands_on(n, source, info.shadowed) for p in parts for n in facts.walk(p)):
            return True
    return False


def _sources(info: _Function, name: str) -> set[str]:
    """The other variables `name`'s object may be shared with, by every binding of `name` in the
    function: what it is assigned from, what the loops that bind it walk."""
    found: set[str] = set()
    for node in facts.walk(info.node.body):
        if isinstance(node, (cst.For, cst.CompFor)) and name in purity.target_names(node.target):
            found |= purity.reads(node.iter)  # an item of what the loop walks
        elif isinstance(node, cst.WithItem) and node.asname is not None and name in facts.names_in(node.asname):
            found |= purity.reads(node.item)
        elif isinstance(node, (cst.Assign, cst.AnnAssign, cst.NamedExpr)) and node.value is not None and any(
                name in purity.target_names(t) for t in _targets(node)):
            found |= _shared_with(node.value)
    return found - {name}


def _shared_with(value: cst.BaseExpression) -> set[str]:
    """The variables whose objects (or parts of them) `value` may evaluate to: `ys` for `ys`,
    `ys.data`, `ys[0]`, `ys or []`, `ys.get(k)`; none for a new object (`list(ys)`, `[a, b]`,
    `line.split()`, `a + b`) or the result of a plain function call, which is not visible."""
    if isinstance(value, (cst.Name, cst.Attribute, cst.Subscript)):
        root = purity.root_name(value)
        return {root} if root is not None else set()
    if isinstance(value, cst.IfExp):
        return _shared_with(value.body) | _shared_with(value.orelse)
    if isinstance(value, cst.BooleanOperation):
        return _shared_with(value.left) | _shared_with(value.right)
    if isinstance(value, cst.NamedExpr):
        return _shared_with(value.value)
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute):
        if value.func.attr.value in purity.FRESH_CONTAINER_METHODS:
            return set()
        root = purity.root_name(value.func.value)  # `self.rows()` may be the object's own list
        return {root} if root is not None else set()
    return set()


def _hands_on(node: cst.CSTNode, name: str, shadowed: set[str]) -> bool:
    """Whether `node` gives the object in `name` (not one of its items) to another name, a
    container, a call that may keep or change it, or a closure."""
    if isinstance(node, (cst.Assign, cst.AnnAssign, cst.AugAssign, cst.NamedExpr)):
        return node.value is not None and _holds(node.value, name)
    if isinstance(node, (cst.For, cst.CompFor)):
        return not isinstance(node.iter, cst.Name) and _holds(node.iter, name)  # `for ys in (xs, zs):`
    if isinstance(node, cst.WithItem):
        return _holds(node.item, name)
    if isinstance(node, cst.Lambda):  # one that only reads `xs` may be called any time
        return _holds(node.body, name) or _changes([node.body], name, shadowed)
    if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
        return name in facts.names_in(node)
    if isinstance(node, cst.Call) and any(_holds(a.value, name) for a in node.args):
        reads_only = (isinstance(node.func, cst.Name) and node.func.value in purity.PURE_BUILTINS
                      and purity.is_pure_call(node, shadowed))
        return not reads_only
    return False


def _holds(node: cst.BaseExpression, name: str) -> bool:
    """Whether the value of `node` is or contains the object in `name` itself, or gives it
    out when called: `xs`, `(xs, 1)`, `xs or []`, `xs.append` (a bound method), `lambda: xs`;
    not `xs[i]` or `xs[1:]` (an item, a copy), `len(xs)` (a new value) or `lambda: xs[i]`."""
    if isinstance(node, cst.Name):
        return node.value == name
    if isinstance(node, cst.Attribute):
        return _holds(node.value, name)
    if isinstance(node, (cst.Tuple, cst.List, cst.Set)):
        return any(_holds(e.value, name) for e in node.elements)
    if isinstance(node, cst.Dict):
        return any(_holds(e.value, name) or (isinstance(e, cst.DictElement) and _holds(e.key, name))
                   for e in node.elements)
    if isinstance(node, (cst.StarredElement, cst.NamedExpr)):
        return _holds(node.value, name)
    if isinstance(node, cst.IfExp):
        return _holds(node.body, name) or _holds(node.orelse, name)
    if isinstance(node, cst.BooleanOperation):
        return _holds(node.left, name) or _holds(node.right, name)
    if isinstance(node, (cst.ListComp, cst.SetComp, cst.GeneratorExp)):
        return _holds(node.elt, name)
    if isinstance(node, cst.DictComp):
        return _holds(node.key, name) or _holds(node.value, name)
    if isinstance(node, cst.Lambda):
        return _holds(node.body, name)
    return False


def _reaches(node: cst.BaseExpression, name: str) -> bool:
    """Whether `node` is `name` or an attribute (chain) of it: `xs`, `xs.data`."""
    while isinstance(node, cst.Attribute):
        node = node.value
    return isinstance(node, cst.Name) and node.value == name


def _writes_into(target: cst.BaseExpression, name: str) -> bool:
    """Whether assigning to (or deleting) `target` changes the object in `name`: `xs[k]`,
    `xs.n`, `xs.data[k]`; not `xs[i][j]` or `xs[i].n`, which change an item."""
    if isinstance(target, (cst.Subscript, cst.Attribute)):
        return _reaches(target.value, name)
    if isinstance(target, (cst.Tuple, cst.List)):
        return any(_writes_into(e.value, name) for e in target.elements)
    if isinstance(target, cst.StarredElement):
        return _writes_into(target.value, name)
    return False


def _targets(node: cst.CSTNode) -> list[cst.BaseExpression]:
    """What `node` assigns to or deletes."""
    if isinstance(node, cst.Assign):
        return [t.target for t in node.targets]
    if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
        return [node.target]
    if isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
        return [node.name]
    return []


def _left_alone(info: _Function, parts: Sequence[cst.CSTNode], position: str, sequence: str) -> bool:
    """Whether `parts` (what runs while the loop or clause walks) rebind neither `i` nor `xs`
    and change `xs` neither directly nor through the variable it came from."""
    if {position, sequence} & _binds(parts) or _changes(parts, sequence, info.shadowed):
        return False
    return not _changed_through_sources(info, parts, sequence)


def _binds(parts: Sequence[cst.CSTNode]) -> set[str]:
    """Every name `parts` may bind, nested scopes included (more than `facts.bound_in` sees:
    `def i():`, `import i`, `case [i]:`)."""
    names: set[str] = set()
    for part in parts:
        names |= facts.bound_in(part)
        for node in facts.walk(part):
            names |= facts.bound_otherwise(node)
    return names


def _own_bindings(function: cst.FunctionDef) -> set[str]:
    """Names bound in the function's own scope: not by comprehension clauses (theirs) nor
    inside nested functions, classes and lambdas (but their names, and walruses anywhere)."""
    names: set[str] = set()
    stack: list[cst.CSTNode] = [function.body]
    while stack:
        node = stack.pop()
        names |= facts.bound_otherwise(node)
        if isinstance(node, _SCOPES):
            continue
        if not isinstance(node, cst.CompFor):
            for target in _targets(node):
                names |= purity.target_names(target)
        stack.extend(node.children)
    return names


# --- the reads of xs[i] and the rewrite -------------------------------------------------------


def _item_reads(info: _Function, parts: Sequence[cst.CSTNode], sequence: str, position: str) -> set[int]:
    """The `xs[i]` in `parts` that run while the pass runs, by id: not those in a lambda, nested
    function or class, or a generator expression kept for later (they read `xs` and `i` when
    they run, so they stay as written)."""
    found: set[int] = set()
    stack = list(parts)
    while stack:
        node = stack.pop()
        kept = isinstance(node, cst.GeneratorExp) and purity.consumer(node, info.parents, info.shadowed) is None
        if isinstance(node, _SCOPES) or kept:
            continue
        if _is_item(node, sequence, position):
            found.add(id(node))
            continue
        stack.extend(node.children)
    return found


def _is_item(node: cst.CSTNode, sequence: str, position: str) -> bool:
    """`xs[i]`, exactly."""
    if not (isinstance(node, cst.Subscript) and m.matches(node.value, m.Name(sequence)) and len(node.slice) == 1):
        return False
    index = node.slice[0].slice
    return isinstance(index, cst.Index) and index.star is None and m.matches(index.value, m.Name(position))


def _item_name(sequence: str) -> str:
    """What to call one item: `xs`→`x`, `items`→`item`, `entries`→`entry`, `grid`→`row`;
    `<name>_item` when a singular is not obvious or would be a keyword or builtin."""
    numbered = re.fullmatch(r"([A-Za-z_]\w*?)_?\d+", sequence)
    if numbered:
        return _item_name(numbered.group(1))  # `row2` (a name made fresh) → `value`, numbered again if taken
    if sequence in _ITEM_NAMES:
        return _ITEM_NAMES[sequence]
    singular = f"{sequence}_item"
    if len(sequence) > 4 and sequence.endswith("ies"):
        singular = sequence[:-3] + "y"
    elif sequence.endswith(("sses", "xes", "ches", "shes")):
        singular = sequence[:-2]
    elif len(sequence) > 1 and sequence.endswith("s") and not sequence.endswith(("ss", "us", "is")):
        singular = sequence[:-1]
    if not singular.isidentifier() or keyword.iskeyword(singular) or hasattr(builtins, singular):
        return f"{sequence}_item"  # `ifs` → `if`, `ids` → `id`
    return singular


def _rewritten(
    function: cst.FunctionDef, loop: cst.For | cst.CompFor, reads: set[int], position: str, sequence: str,
    item: str, *, plain: bool,
) -> cst.FunctionDef:
    if plain:
        target: cst.BaseAssignTargetExpression = cst.Name(item)
        iterable: cst.BaseExpression = cst.Name(sequence)
    else:
        comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        elements = [cst.Element(cst.Name(position), comma=comma), cst.Element(cst.Name(item))]
        target = cst.Tuple(elements, lpar=[], rpar=[])
        iterable = cst.parse_expression(f"enumerate({sequence})")
    rewritten = function.visit(_IterateItems(loop, reads, target, iterable, item))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


class _IterateItems(cst.CSTTransformer):
    """The chosen loop or clause iterates the items; each chosen `xs[i]` becomes the item."""

    def __init__(self, loop: cst.For | cst.CompFor, reads: set[int], target: cst.BaseAssignTargetExpression,
                 iterable: cst.BaseExpression, item: str) -> None:
        self.loop, self.reads, self.target, self.iterable, self.item = loop, reads, target, iterable, item

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        if id(original_node) not in self.reads:
            return updated_node
        return cst.Name(self.item, lpar=updated_node.lpar, rpar=updated_node.rpar)

    def leave_For(self, original_node: cst.For, updated_node: cst.For) -> cst.For:
        if original_node is self.loop:
            return updated_node.with_changes(target=self.target, iter=self.iterable)
        return updated_node

    def leave_CompFor(self, original_node: cst.CompFor, updated_node: cst.CompFor) -> cst.CompFor:
        if original_node is self.loop:
            return updated_node.with_changes(target=self.target, iter=self.iterable)
        return updated_node
