"""A recipe for a list kept in recency order: an LRU cache, a "recently used" list, a
move-to-back list, simulated with a plain list.

    cache = []
    for key in requests:
        if key in cache:
            cache.remove(key)
        elif len(cache) >= capacity:
            evicted.append(cache.pop(0))
        cache.append(key)

becomes

    cache = {}
    for key in requests:
        if key in cache:
            del cache[key]
        elif len(cache) >= capacity:
            evicted.append(cache.pop(next(iter(cache))) if cache else [].pop(0))
        cache[key] = key

Every operation on the list scans or shifts it: `key in cache` compares the key with each
item, `remove` finds it and shifts the rest, `pop(0)` shifts everything.  A dict keeps its
keys in insertion order, so a dict whose keys are the list's items, in the same order,
answers each of them by one hash lookup.  Each item is also its own value, so that popping
gives back the very object the list held.

Why the two agree.  The list never holds two equal items (proved below), and then the dict's
keys are, at every moment, the list's items in the list's order, the same objects:
- `x in cache` is true for the list when some item is `x` or equals it; for the dict when
  some key is `x` or equals it and has the same hash, which is the same thing for every
  type that keeps the hash contract (equal objects hash equal: str, int, float, tuples of
  those, frozensets, ordinary objects).  1 == 1.0 == True are equal and hash equal: the
  list's `in` finds the one equal item, so does the dict; `remove(True)` removes the item
  1 (the first, here the only, equal item), `del cache[True]` the key 1; then appending
  True gives [..., True] and `cache[True] = True`, with the key absent, stores the key True.
  A NaN is found by identity in both.
- `cache.remove(x)` → `del cache[x]`, only where `x` is known to be in the list; then
  neither raises (the list's ValueError and the dict's KeyError cannot happen).
- `cache.append(x)` → `cache[x] = x`, only where `x` is known not to be in the list (or the
  list is known empty); setting a key that is absent adds it last, with `x` itself as key.
- `cache.pop(0)` → `cache.pop(next(iter(cache)))`, the first key (the oldest item) and its
  value (the item); `cache.pop()`/`pop(-1)` → `cache.popitem()[0]`, the last.  Where the
  list is not known to be non-empty (`len(cache) >= capacity` holds for an empty list when
  the capacity is 0) the rewrite is `... if cache else [].pop(0)`, which raises the list's
  own IndexError("pop from empty list").  `cache[0]` → `next(iter(cache))`, `cache[-1]` →
  `next(reversed(cache))`, guarded alike by `[][0]`/`[][-1]` ("list index out of range").
- `len(cache)`, `bool(cache)`, `if cache:`/`not cache`, `cache.clear()` are the same words;
  `for k in cache:` (whose body changes nothing in it), a comprehension over it, and
  `sorted`/`list`/`tuple`/`set`/`frozenset`/`sum`/`min`/`max`/`any`/`all`/`"sep".join` of it
  walk the keys in the list's order; `cache.copy()`, `cache[:]` and a `return cache` (also
  inside a returned tuple) give `list(cache)`, a list equal to the one the original had.
- `cache = []`/`list()` → `{}`, and `[1, "a"]` → `{1: 1, "a": "a"}` for int and str
  literals that are all different; `cache: list[T] = []` → `cache: dict[T, T] = {}`.

No duplicates, and "known present/absent".  A forward pass over the function's own body
(branches, loops to a fixed point, `try`, `with`) keeps facts that hold at each point:
`x` is in the list, `x` is not in it, the list is (not) empty.  `x in cache` gives "in"
on its true branch and "not in" on its false one (through `not`, `and` on the true branch,
`or` on the false one), `if cache`/`len(cache) > 0`-like tests give emptiness, `remove(x)`
gives "x not in" and drops every "in" (another name may hold an equal value), `append(x)`
gives "x in" and drops every "not in", a pop drops the "in" facts, and rebinding a name
drops the facts about it.  Facts are only kept about plain local names (parameters, or
bound by this function and not declared `global`/`nonlocal` anywhere), int, str and bytes
literals, None/True/False, and tuples of those, so nothing but a binding the pass sees changes them.  An
`except` handler starts knowing nothing, and so does the code after a `with` whose body
uses the list (its context manager may swallow an exception raised in the middle).  Every
append must be at a point where its item is known absent, so by induction the list never
holds duplicates; every `remove` at a point where its item is known present.

Refused (the function is left alone): a list that is a parameter, `global`/`nonlocal`, or
bound by anything but a fresh list (a `for` target, `+=`, `del`, `a = b = []`, a literal
with repeats or other items); any other use of it: passed to a function (`f(cache)`,
`print(cache)`), stored, aliased, yielded, compared, indexed at other places, `insert`,
`index`, `count`, `extend`, iterated by a `for` whose body changes it, or mentioned in a
lambda, nested function, class or generator expression (which may keep it for later); a
change (append, remove, pop, clear) inside a condition, a comprehension, an `and`/`or`/`if
else` or next to another mention on the same statement; a `remove` of an item not proved
present (a `try: cache.remove(x) except ValueError:` included), an append not proved
absent; a mention in a `with`, `except` or `match` header, an `async for` or a `match`
statement; `locals`/`vars`/`eval`/`exec` in the function; `list`/`next`/`iter`/`reversed`
bound locally; a `finally` that mentions the list.  Only names count: `self.cache = []` is
shared with the rest of the object and never qualifies.

What stays different.  Items must be hashable: an unhashable item (a list) raises
TypeError from the dict where the list worked, and an item whose `==` disagrees with its
hash, or raises, or changes while it is in the list, may be found by one and not the
other.  The verifier replays real inputs, so those cases are caught there.

Speed (Python 3.11 on this machine, the loop above counting hits and evictions, the
original and the rewrite timed side by side with timeit, best of seven; the machine was
shared, so the ratios moved by about a third between runs): capacity 500, 100,000 string
requests with a Pareto(1.1) popularity over 5,000 keys (nearly all hits): 1.33 s → 0.019 s
(72×); uniform over 1,000 keys (half miss): 1.39 s → 0.059 s (24×); uniform over 100,000
keys (nearly all miss, so every request evicts): 1.26 s → 0.10 s (12×); capacity 50, 500
skewed keys: 0.21 s → 0.018 s (11×); capacity 4, 12 skewed keys: 0.030 s → 0.026 s (1.1×);
capacity 4, uniform over 8 keys: 0.027 s → 0.034 s (0.8×, slower: four items scan faster
than a hash and a delete, and the guarded pop adds a test).  Deleted keys at the front of a
dict are skipped one by one by `next(iter(...))` until the dict is resized, so an eviction
costs more than O(1) (it shows in the all-miss case), still far less than the list's shifts.

The recipe looks for `.append` together with `.remove`/`.pop` on one name before any
analysis, and rewrites every list that qualifies, one at a time.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# Shared with append-not-concat: which mentions are variables, and truth tests.

EXPLANATION = (
    "the list is kept in recency order and every `in`, `remove` and `pop(0)` scans or shifts it; "
    "a dict keeps its keys in insertion order, so with the items as keys each of these is one hash "
    "lookup, and the list never holds an item twice, so the order and the results are the same"
)

# Comprehensions run on the spot: reading the list there is fine, changing it is not.
_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.DictComp)
# Where a part of an expression may or may not run.
_CONDITIONAL = (cst.BooleanOperation, cst.IfExp, *_COMPREHENSIONS)
# Builtins the rewrite writes, which must be the builtins.
_WRITTEN = frozenset({"list", "next", "iter", "reversed"})
# Builtins that walk their one argument at once and keep nothing of it but the items.
_WALKERS = frozenset({"sorted", "list", "tuple", "set", "frozenset", "sum", "min", "max", "any", "all"})
_SIZES = frozenset({"len", "bool"})
_CHANGES = frozenset({"bind", "append", "remove", "pop_first", "pop_last", "clear"})
_COMPARE: dict[type[cst.BaseCompOp], Callable[[int, int], bool]] = {
    cst.Equal: operator.eq, cst.NotEqual: operator.ne, cst.GreaterThan: operator.gt,
    cst.GreaterThanEqual: operator.ge, cst.LessThan: operator.lt, cst.LessThanEqual: operator.le,
}
_STEPS = 20_000  # statements the forward pass may visit (nested loops repeat)


class _Refused(Exception):
    """The list does not qualify."""


@dataclass(frozen=True)
class _Fact:
    kind: str  # "in", "out" (of the list), "nonempty", "empty"
    item: str = ""
    names: frozenset[str] = frozenset()


State = frozenset[_Fact] | None  # None: the point cannot be reached
_NONEMPTY, _EMPTY = _Fact("nonempty"), _Fact("empty")


@dataclass
class _Use:
    """One mention of the list and what it does there."""

    kind: str
    mention: cst.Name
    node: cst.CSTNode
    """What the rewrite replaces: the call, subscript, statement or the name itself."""
    anchor: cst.CSTNode
    """The small statement, `if`/`while` test or `for` iterable it is evaluated in."""
    item: tuple[str, frozenset[str]] | None = None
    bare: bool = False
    """A conditional expression may stand there without parentheses."""


def recency_list_to_dict(function: cst.FunctionDef) -> cst.FunctionDef | None:
    try:
        return facts.repeatedly(_one_list, function)
    except Exception:  # a recipe only proposes: a shape not foreseen must not stop the others
        return None


def _one_list(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    candidates = _candidates(function)
    if not candidates:
        return None  # the common case, answered by one walk
    names = facts.names_in(function.body)
    if names & facts.FRAME_READERS:
        return None
    bound = _binds(function) | facts.parameters(function)
    if bound & _WRITTEN:
        return None
    parents = facts.parents(function)
    local = _own_locals(function)
    for name in sorted(candidates):
        try:
            plan = _plan(function, name, parents, local, bound)
        except _Refused:
            continue
        rewritten = function.visit(_ToDict(name, plan))
        assert isinstance(rewritten, cst.FunctionDef)
        return rewritten
    return None


def _candidates(function: cst.FunctionDef) -> set[str]:
    """Names that are both appended to and removed or popped from."""
    appended, removed = set(), set()
    for node in facts.walk(function.body):
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and isinstance(
                node.func.value, cst.Name):
            method = node.func.attr.value
            if method == "append":
                appended.add(node.func.value.value)
            elif method in ("remove", "pop"):
                removed.add(node.func.value.value)
    return appended & removed


def _binds(node: cst.CSTNode) -> set[str]:
    """Every name `node` may bind, in any scope (an over-estimate, for forgetting facts)."""
    names = facts.bound_in(node)
    for found in facts.walk(node):
        names |= facts.bound_otherwise(found)
    return names


def _own_scope(function: cst.FunctionDef) -> Iterator[cst.CSTNode]:
    """The nodes of the function's own scope (not inside nested scopes or comprehensions)."""
    stack: list[cst.CSTNode] = [function.body]
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (*facts.DEFERRED, *_COMPREHENSIONS)):
            stack.extend(node.children)


def _own_locals(function: cst.FunctionDef) -> set[str]:
    """Names only this function's own code can rebind: parameters and names it binds itself,
    less those declared `global`/`nonlocal` here or `nonlocal` in a nested function."""
    names = set(facts.parameters(function))
    for star in (function.params.star_arg, function.params.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    for node in _own_scope(function):
        names |= facts.bound_otherwise(node)
        if isinstance(node, cst.Assign):
            for target in node.targets:
                names |= purity.target_names(target.target)
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.NamedExpr, cst.Del)):
            names |= purity.target_names(node.target)
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            names |= purity.target_names(node.name)
    for node in facts.walk(function.body):
        if isinstance(node, (cst.Global, cst.Nonlocal)):
            names -= {each.name.value for each in node.names}
    return names


# --- which uses the list has ------------------------------------------------------------------


def _plan(
    function: cst.FunctionDef, name: str, parents: dict[int, cst.CSTNode], local: set[str], bound: set[str],
) -> dict[int, tuple[_Use, bool]]:
    """Each use of the list, by the id of the node the rewrite replaces, with whether it needs
    the guard for an empty list; raises _Refused where the list does not qualify."""
    if name in facts.parameters(function) or name not in local:
        raise _Refused
    mentions = [n for n in facts.walk(function.body)
                if isinstance(n, cst.Name) and n.value == name and not facts.not_a_variable(n, parents)]
    uses = [_classify(mention, name, parents, local, bound, function) for mention in mentions]
    kinds = {use.kind for use in uses}
    if "bind" not in kinds or not kinds & {"remove", "pop_first", "pop_last"}:
        raise _Refused
    by_anchor: dict[int, list[_Use]] = {}
    for use in uses:
        by_anchor.setdefault(id(use.anchor), []).append(use)
    for use in uses:
        _check_alone(use, by_anchor[id(use.anchor)], parents)
    _check_walks(uses)
    flow = _Flow(name, by_anchor, {id(n) for n in mentions}, local)
    flow.suite(function.body, frozenset())
    plan: dict[int, tuple[_Use, bool]] = {}
    for use in uses:
        before = flow.before.get(id(use.mention))
        if use.kind == "append" and (before is None or not ({_EMPTY, _fact("out", use.item)} & before)):
            raise _Refused  # the item may already be there: the list would hold it twice
        if use.kind == "remove" and (before is None or _fact("in", use.item) not in before):
            raise _Refused  # ValueError for the list, KeyError for the dict
        plan[id(use.node)] = (use, before is None or (_NONEMPTY not in before and not flow.guarded(use, parents)))
    return plan


def _fact(kind: str, item: tuple[str, frozenset[str]] | None) -> _Fact:
    assert item is not None
    return _Fact(kind, item[0], item[1])


def _classify(
    mention: cst.Name, name: str, parents: dict[int, cst.CSTNode], local: set[str], bound: set[str],
    function: cst.FunctionDef,
) -> _Use:
    anchor = _anchor(mention, parents, function)
    parent = parents.get(id(mention))
    above = parents.get(id(parent)) if parent is not None else None

    def use(kind: str, node: cst.CSTNode, item: cst.BaseExpression | None = None) -> _Use:
        canonical = _canonical(item, name, local) if item is not None else None
        if kind in ("append", "remove") and canonical is None:
            raise _Refused  # facts are only kept about plain names and literals
        return _Use(kind, mention, node, anchor, canonical, _bare(node, parents))

    if isinstance(parent, cst.AssignTarget) and isinstance(above, cst.Assign):
        if len(above.targets) == 1 and _dict_for(above.value, bound) is not None:
            return use("bind", above)
    elif isinstance(parent, cst.AnnAssign) and parent.target is mention:
        if (parent.value is not None and _dict_for(parent.value, bound) is not None
                and _dict_annotation(parent.annotation) is not None):
            return use("bind", parent)
    elif isinstance(parent, cst.ComparisonTarget) and isinstance(above, cst.Comparison):
        # In `x in cache < y` the list is also the left side of `< y`.
        last = above.comparisons[-1] is parent
        if last and parent.comparator is mention and isinstance(parent.operator, (cst.In, cst.NotIn)):
            return use("member", mention)
    elif isinstance(parent, cst.Attribute) and isinstance(above, cst.Call) and above.func is parent:
        method, args = parent.attr.value, above.args
        plain = all(a.keyword is None and a.star == "" for a in args)
        statement = isinstance(parents.get(id(above)), cst.Expr)
        if method in ("append", "remove") and plain and len(args) == 1 and statement:
            return use(method, parents[id(above)], args[0].value)
        if method == "clear" and not args and statement:
            return use("clear", mention)
        if method == "copy" and not args:
            return use("copy", above)
        if method == "pop" and plain and len(args) <= 1:
            if not args or _is_minus_one(args[0].value):
                return use("pop_last", above)
            if m.matches(args[0].value, m.Integer("0")):
                return use("pop_first", above)
    elif isinstance(parent, cst.Arg) and isinstance(above, cst.Call):
        if parent.keyword is None and parent.star == "" and len(above.args) == 1:
            func = above.func
            if isinstance(func, cst.Name) and func.value not in bound:
                if func.value in _SIZES:
                    return use("size", mention)
                if func.value in _WALKERS:
                    return use("walk", mention)
            if m.matches(func, m.Attribute(value=m.SimpleString(), attr=m.Name("join"))):
                return use("walk", mention)
    elif isinstance(parent, cst.Subscript) and parent.value is mention and not facts.in_a_target(parent, parents):
        if len(parent.slice) == 1:
            part = parent.slice[0].slice
            if isinstance(part, cst.Index) and m.matches(part.value, m.Integer("0")):
                return use("first", parent)
            if isinstance(part, cst.Index) and _is_minus_one(part.value):
                return use("last", parent)
            if isinstance(part, cst.Slice) and part.lower is part.upper is part.step is None:
                return use("copy", parent)
    elif isinstance(parent, cst.Return) and parent.value is mention:
        return use("return", mention)
    elif isinstance(parent, cst.Element) and isinstance(above, (cst.Tuple, cst.List)):
        if isinstance(parents.get(id(above)), cst.Return):
            return use("return", mention)
    elif isinstance(parent, cst.For) and parent.iter is mention:
        return use("walk", parent)
    elif isinstance(parent, cst.CompFor) and parent.iter is mention:
        return use("walk", mention)
    if facts.truth_tested(mention, parents):
        return use("size", mention)
    raise _Refused


def _anchor(mention: cst.Name, parents: dict[int, cst.CSTNode], function: cst.FunctionDef) -> cst.CSTNode:
    """The small statement or loop/branch header the mention is evaluated in."""
    child: cst.CSTNode = mention
    for ancestor in facts.ancestors(mention, parents):
        if isinstance(ancestor, facts.DEFERRED):
            raise _Refused  # may run later, when the list is a dict or has changed
        if isinstance(ancestor, cst.BaseSmallStatement):
            return ancestor
        if isinstance(ancestor, (cst.If, cst.While)) and ancestor.test is child:
            return child
        if isinstance(ancestor, cst.For) and ancestor.iter is child and ancestor.asynchronous is None:
            return child
        if isinstance(ancestor, (cst.BaseStatement, cst.BaseSuite)):
            break  # `with`, `except`, `match` headers and the like
        child = ancestor
    raise _Refused


def _check_alone(use: _Use, neighbours: list[_Use], parents: dict[int, cst.CSTNode]) -> None:
    """A change must be the only mention of the list in its small statement, and run
    whenever the statement runs; no walrus beside any mention."""
    if any(isinstance(n, cst.NamedExpr) for n in facts.walk(use.anchor)):
        raise _Refused  # would rebind a name between the test and what the test proves
    if use.kind not in _CHANGES:
        return
    if len(neighbours) != 1 or not isinstance(use.anchor, cst.BaseSmallStatement):
        raise _Refused
    for ancestor in facts.ancestors(use.mention, parents):
        if ancestor is use.anchor:
            return
        if isinstance(ancestor, _CONDITIONAL):
            raise _Refused


def _check_walks(uses: list[_Use]) -> None:
    """A `for` over the list must not change it: a dict raises where a list goes on."""
    changes = {id(use.mention) for use in uses if use.kind in _CHANGES}
    for use in uses:
        if (use.kind == "walk" and isinstance(use.node, cst.For)
                and any(id(n) in changes for n in facts.walk(use.node.body))):
            raise _Refused


def _is_minus_one(value: cst.BaseExpression) -> bool:
    return m.matches(value, m.UnaryOperation(operator=m.Minus(), expression=m.Integer("1")))


def _bare(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    parent = parents.get(id(node))
    if isinstance(parent, (cst.Expr, cst.Assign, cst.AnnAssign, cst.AugAssign, cst.Return)):
        return parent.value is node
    return isinstance(parent, cst.Arg) and parent.star == ""


def _canonical(item: cst.BaseExpression, name: str, local: set[str]) -> tuple[str, frozenset[str]] | None:
    """A text that stands for the item's value while none of its names is rebound, and those
    names: plain local names, int and str literals, None/True/False, and tuples of these."""
    if isinstance(item, cst.Name):
        if item.value in ("None", "True", "False"):
            return item.value, frozenset()
        if item.value in local and item.value != name:
            return item.value, frozenset({item.value})
        return None
    if isinstance(item, (cst.Integer, cst.SimpleString)):
        return repr(item.evaluated_value), frozenset()
    if isinstance(item, cst.Tuple):
        parts = [_canonical(e.value, name, local) if isinstance(e, cst.Element) else None for e in item.elements]
        if any(part is None for part in parts):
            return None
        texts = [part[0] for part in parts if part is not None]
        names = frozenset().union(*(part[1] for part in parts if part is not None))
        return "(" + ", ".join(texts) + ",)", names
    return None


def _literal_items(value: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The items of `[]`, `[1, "a"]` (int and str literals, all different)."""
    if not isinstance(value, cst.List):
        return None
    items: list[cst.BaseExpression] = []
    seen = set()
    for element in value.elements:
        if not isinstance(element, cst.Element) or not isinstance(element.value, (cst.Integer, cst.SimpleString)):
            return None
        evaluated = element.value.evaluated_value
        if (type(evaluated), evaluated) in seen:
            return None  # the list would start with a repeat
        seen.add((type(evaluated), evaluated))
        items.append(element.value)
    return items


def _dict_for(value: cst.BaseExpression, bound: set[str]) -> cst.Dict | None:
    """The dict a fresh list becomes: `[]`/`list()` → `{}`, `[1, "a"]` → `{1: 1, "a": "a"}`."""
    if m.matches(value, m.Call(func=m.Name("list"), args=[])) and "list" not in bound:
        return cst.Dict([])
    items = _literal_items(value)
    if items is None:
        return None
    return cst.Dict([cst.DictElement(item, item.deep_clone()) for item in items])


def _dict_annotation(annotation: cst.Annotation) -> cst.Annotation | None:
    """`list` → `dict`, `list[T]` → `dict[T, T]`."""
    hint = annotation.annotation
    if m.matches(hint, m.Name("list")):
        return annotation.with_changes(annotation=cst.Name("dict"))
    if m.matches(hint, m.Subscript(value=m.Name("list"), slice=[m.SubscriptElement(slice=m.Index())])):
        assert isinstance(hint, cst.Subscript)
        item = hint.slice[0].slice
        assert isinstance(item, cst.Index)
        return annotation.with_changes(annotation=cst.parse_expression(f"dict[{facts.code(item.value)}, "
                                                                       f"{facts.code(item.value)}]"))
    return None


# --- what is known about the list at each point -----------------------------------------------


def _join(*states: State) -> State:
    reached = [s for s in states if s is not None]
    if not reached:
        return None
    joined = reached[0]
    for state in reached[1:]:
        joined &= state
    return joined


def _forget(state: State, names: set[str]) -> State:
    if state is None or not names:
        return state
    return frozenset(f for f in state if not f.names & names)


class _Flow:
    """A forward pass over the function's own statements that records, for each mention of
    the list, what is known before the statement it is in runs (over every time it runs)."""

    def __init__(self, name: str, by_anchor: dict[int, list[_Use]], mentions: set[int], local: set[str]) -> None:
        self.name, self.by_anchor, self.mentions, self.local = name, by_anchor, mentions, local
        self.before: dict[int, frozenset[_Fact]] = {}
        self.loops: list[tuple[list[State], list[State]]] = []  # breaks, continues
        self.steps = 0

    def mentioned(self, node: cst.CSTNode) -> bool:
        return any(id(n) in self.mentions for n in facts.walk(node))

    def suite(self, suite: cst.BaseSuite, state: State) -> State:
        if isinstance(suite, cst.SimpleStatementSuite):
            return self.smalls(suite.body, state)
        assert isinstance(suite, cst.IndentedBlock)
        for statement in suite.body:
            state = self.statement(statement, state)
        return state

    def smalls(self, smalls: Sequence[cst.BaseSmallStatement], state: State) -> State:
        for small in smalls:
            state = self.small(small, state)
        return state

    def statement(self, statement: cst.BaseStatement, state: State) -> State:
        if state is None:
            return None  # not reached: its changes of the list get no facts, and are refused
        self.steps += 1
        if self.steps > _STEPS:
            raise _Refused
        if isinstance(statement, cst.SimpleStatementLine):
            return self.smalls(statement.body, state)
        if isinstance(statement, cst.If):
            return self.branch(statement, state)
        if isinstance(statement, cst.For):
            return self.for_loop(statement, state)
        if isinstance(statement, cst.While):
            return self.while_loop(statement, state)
        if isinstance(statement, (cst.Try, cst.TryStar)):
            return self.try_(statement, state)
        if isinstance(statement, cst.With):
            return self.with_(statement, state)
        if self.mentioned(statement):
            raise _Refused  # `match` and the like: not followed
        if any(isinstance(n, (cst.Break, cst.Continue)) for n in facts.walk(statement)) and self.loops:
            self.loops[-1][0].append(frozenset())
            self.loops[-1][1].append(frozenset())
        return _forget(state, _binds(statement))

    def evaluated(self, node: cst.CSTNode, state: State) -> State:
        """Records the state for the uses evaluated in `node`, and applies their changes."""
        if state is None:
            return None
        for use in self.by_anchor.get(id(node), ()):
            seen = self.before.get(id(use.mention))
            self.before[id(use.mention)] = state if seen is None else seen & state
        for use in self.by_anchor.get(id(node), ()):
            state = self.change(use, state)
        return _forget(state, _binds(node) - {self.name})

    def change(self, use: _Use, state: frozenset[_Fact]) -> frozenset[_Fact]:
        if use.kind == "bind":
            assert isinstance(use.node, (cst.Assign, cst.AnnAssign)) and use.node.value is not None
            items = _literal_items(use.node.value) or []
            known = [_fact("in", _canonical(item, self.name, self.local)) for item in items]
            return frozenset([_NONEMPTY, *known] if items else [_EMPTY])
        if use.kind == "append":
            kept = {f for f in state if f.kind not in ("out", "empty")}
            return frozenset({*kept, _fact("in", use.item), _NONEMPTY})
        if use.kind == "remove":
            kept = {f for f in state if f.kind not in ("in", "nonempty")}
            return frozenset({*kept, _fact("out", use.item)})
        if use.kind in ("pop_first", "pop_last"):
            return frozenset(f for f in state if f.kind not in ("in", "nonempty"))
        if use.kind == "clear":
            return frozenset({*(f for f in state if f.kind not in ("in", "nonempty")), _EMPTY})
        return state

    def small(self, small: cst.BaseSmallStatement, state: State) -> State:
        state = self.evaluated(small, state)
        if isinstance(small, (cst.Return, cst.Raise)):
            return None
        if isinstance(small, (cst.Break, cst.Continue)):
            if self.loops and state is not None:
                self.loops[-1][0 if isinstance(small, cst.Break) else 1].append(state)
            return None
        return state

    def branch(self, node: cst.If, state: State) -> State:
        true, false = self.tested(node.test, state)
        after_body = self.suite(node.body, true)
        if isinstance(node.orelse, cst.If):
            after_else = self.statement(node.orelse, false)
        elif isinstance(node.orelse, cst.Else):
            after_else = self.suite(node.orelse.body, false)
        else:
            after_else = false
        return _join(after_body, after_else)

    def tested(self, test: cst.BaseExpression, state: State) -> tuple[State, State]:
        state = self.evaluated(test, state)
        if state is None:
            return None, None
        if m.matches(test, m.Name("True")):
            return state, None
        true, false = self.conditions(test)
        return state | true, state | false

    def conditions(self, test: cst.BaseExpression) -> tuple[frozenset[_Fact], frozenset[_Fact]]:
        """What is known about the list when `test` is true, and when it is false."""
        none: frozenset[_Fact] = frozenset()
        if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            true, false = self.conditions(test.expression)
            return false, true
        if isinstance(test, cst.BooleanOperation):
            left, right = self.conditions(test.left), self.conditions(test.right)
            if isinstance(test.operator, cst.And):
                return left[0] | right[0], none
            return none, left[1] | right[1]
        if self.is_size(test):
            return frozenset({_NONEMPTY}), frozenset({_EMPTY})
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return none, none
        target = test.comparisons[0]
        if isinstance(target.operator, (cst.In, cst.NotIn)) and id(target.comparator) in self.mentions:
            item = _canonical(test.left, self.name, self.local)
            inside = frozenset({_NONEMPTY} | ({_fact("in", item)} if item else set()))
            outside = frozenset({_fact("out", item)} if item else set())
            return (inside, outside) if isinstance(target.operator, cst.In) else (outside, inside)
        compare = _COMPARE.get(type(target.operator))
        if compare is None or not self.is_size(test.left) or not isinstance(target.comparator, cst.Integer):
            return none, none
        bound = target.comparator.evaluated_value
        sizes = range(max(bound, 0) + 3)  # past the bound every size answers alike
        true_sizes = {n for n in sizes if compare(n, bound)}
        return _sizes(true_sizes), _sizes(set(sizes) - true_sizes)

    def guarded(self, use: _Use, parents: dict[int, cst.CSTNode]) -> bool:
        """Whether `use` only runs where its statement has just tested the list non-empty:
        `cache[0] if cache else None`, `cache and cache[-1]`."""
        child: cst.CSTNode = use.node
        for ancestor in facts.ancestors(use.node, parents):
            if ancestor is use.anchor:
                return False
            if isinstance(ancestor, cst.IfExp) and child is not ancestor.test:
                true, false = self.conditions(ancestor.test)
                if _NONEMPTY in (true if child is ancestor.body else false):
                    return True
            if isinstance(ancestor, cst.BooleanOperation) and child is ancestor.right:
                true, false = self.conditions(ancestor.left)
                if _NONEMPTY in (true if isinstance(ancestor.operator, cst.And) else false):
                    return True
            child = ancestor
        return False

    def is_size(self, node: cst.BaseExpression) -> bool:
        """The list itself or `len(list)`, as a number or a truth value."""
        if isinstance(node, cst.Name):
            return id(node) in self.mentions
        return (isinstance(node, cst.Call) and m.matches(node.func, m.Name("len")) and len(node.args) == 1
                and id(node.args[0].value) in self.mentions)

    def for_loop(self, node: cst.For, state: State) -> State:
        head = self.evaluated(node.iter, state)
        targets = _binds(node.target)
        while True:
            self.loops.append(([], []))
            end = self.suite(node.body, _forget(head, targets))
            breaks, continues = self.loops.pop()
            joined = _join(head, end, *continues)
            if joined == head:
                break
            head = joined
        after = self.suite(node.orelse.body, head) if node.orelse is not None else head
        return _join(after, *breaks)

    def while_loop(self, node: cst.While, state: State) -> State:
        head = state
        while True:
            true, false = self.tested(node.test, head)
            self.loops.append(([], []))
            end = self.suite(node.body, true)
            breaks, continues = self.loops.pop()
            joined = _join(head, end, *continues)
            if joined == head:
                break
            head = joined
        after = self.suite(node.orelse.body, false) if node.orelse is not None else false
        return _join(after, *breaks)

    def try_(self, node: cst.Try | cst.TryStar, state: State) -> State:
        if node.finalbody is not None and self.mentioned(node.finalbody):
            raise _Refused  # it runs after a `return`, a `break`, anything
        marks = (len(self.loops[-1][0]), len(self.loops[-1][1])) if self.loops else (0, 0)
        after_body = self.suite(node.body, state)
        # An exception may come from anywhere in the body, even between two changes.
        ends = [self.suite(handler.body, frozenset()) for handler in node.handlers]
        after_else = self.suite(node.orelse.body, after_body) if node.orelse is not None else after_body
        after = _join(after_else, *ends)
        if node.finalbody is None:
            return after
        if self.loops:  # a `break` or `continue` passes through the `finally` (which may rebind names)
            for recorded, mark in zip(self.loops[-1], marks, strict=True):
                recorded[mark:] = [frozenset()] * (len(recorded) - mark)
        return self.suite(node.finalbody.body, after)

    def with_(self, node: cst.With, state: State) -> State:
        if any(self.mentioned(item) for item in node.items):
            raise _Refused
        entry = _forget(state, set().union(*(_binds(item) for item in node.items)))
        end = self.suite(node.body, entry)
        # Its context manager may swallow an exception raised anywhere in the body.
        swallowed = frozenset() if self.mentioned(node.body) else _forget(entry, _binds(node.body))
        return _join(end, swallowed)


def _sizes(possible: set[int]) -> frozenset[_Fact]:
    if not possible:
        return frozenset()
    if 0 not in possible:
        return frozenset({_NONEMPTY})
    return frozenset({_EMPTY}) if possible == {0} else frozenset()


# --- the rewrite --------------------------------------------------------------------------------


class _ToDict(cst.CSTTransformer):
    def __init__(self, name: str, plan: dict[int, tuple[_Use, bool]]) -> None:
        self.name, self.plan = name, plan

    def _expression(self, original: cst.BaseExpression, text: str, guard: str | None) -> cst.BaseExpression:
        use, guarded = self.plan[id(original)]
        if guard is not None and guarded:
            text = f"{text} if {self.name} else {guard}"
        new = cst.parse_expression(text)
        if original.lpar:
            return new.with_changes(lpar=original.lpar, rpar=original.rpar)
        if guard is not None and guarded and not use.bare:
            return new.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
        return new

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if id(original_node) not in self.plan:
            return updated_node
        kind, name = self.plan[id(original_node)][0].kind, self.name
        if kind == "pop_first":
            return self._expression(original_node, f"{name}.pop(next(iter({name})))", "[].pop(0)")
        if kind == "pop_last":
            return self._expression(original_node, f"{name}.popitem()[0]", "[].pop()")
        return self._expression(original_node, f"list({name})", None)  # copy

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        if id(original_node) not in self.plan:
            return updated_node
        kind, name = self.plan[id(original_node)][0].kind, self.name
        if kind == "first":
            return self._expression(original_node, f"next(iter({name}))", "[][0]")
        if kind == "last":
            return self._expression(original_node, f"next(reversed({name}))", "[][-1]")
        return self._expression(original_node, f"list({name})", None)  # copy

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        if id(original_node) in self.plan and self.plan[id(original_node)][0].kind == "return":
            return self._expression(original_node, f"list({self.name})", None)
        return updated_node

    def leave_Expr(
        self, original_node: cst.Expr, updated_node: cst.Expr
    ) -> cst.BaseSmallStatement | cst.FlattenSentinel[cst.BaseSmallStatement] | cst.RemovalSentinel:
        if id(original_node) not in self.plan:
            return updated_node
        use = self.plan[id(original_node)][0]
        call = original_node.value
        assert isinstance(call, cst.Call)
        item = facts.code(call.args[0].value)
        line = f"{self.name}[{item}] = {item}" if use.kind == "append" else f"del {self.name}[{item}]"
        statement = cst.parse_statement(line + "\n")
        assert isinstance(statement, cst.SimpleStatementLine)
        return statement.body[0].with_changes(semicolon=updated_node.semicolon)

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.Assign:
        if id(original_node) not in self.plan:
            return updated_node
        made = _dict_for(original_node.value, set())
        assert made is not None
        return updated_node.with_changes(value=made)

    def leave_AnnAssign(self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign) -> cst.AnnAssign:
        if id(original_node) not in self.plan or original_node.value is None:
            return updated_node
        made, annotation = _dict_for(original_node.value, set()), _dict_annotation(original_node.annotation)
        assert made is not None and annotation is not None
        return updated_node.with_changes(value=made, annotation=annotation)
