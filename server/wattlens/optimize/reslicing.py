"""A recipe for a loop that consumes a sequence by slicing off its head again and again.

    while data:                                   pos = 0
        chunk, data = data[:80], data[80:]  →     while data and pos < len(data):
        out.append(chunk)                             chunk, pos = data[pos:pos + 80], pos + 80
                                                      out.append(chunk)

Every `data = data[n:]` copies all that is left, so consuming a sequence of length L in
steps of n copies about L²/2n items.  The rewrite leaves `data` alone and walks a
position through it instead, so the whole loop copies each item once.

Why it is the same: at every point of the loop the original's `data` equals the rewrite's
`data[pos:]`.  The cut `data = data[s:]` becomes `pos += s`, and `data[pos:][s:]` is
`data[pos + s:]` for any s ≥ 0 (a position past the end gives an empty slice either way);
each other use of `data` in the loop (its test, body and `else`) is read through that
equation, and only these are allowed:
- `data[a:b]` and `data[i]` with a, b, i left out, a non-negative int literal or a guarded
  name (below) → `data[pos + a:pos + b]`, `data[pos + i]`: the same slice, the same item
  or the same IndexError;
- `data` as a truth value (`while data`, `if not data: break`, `x and data`) →
  `data and pos < len(data)`: `data` keeps its object, so it is false exactly when the
  original's first value was (None and 0 too), and then only the length matters;
  `pos < len(data)` alone where the parameter is annotated as a sequence;
- `len(data)` as a truth value, or compared with a non-negative int literal or a guarded
  name K → `len(data) - pos` compared with K.  After the last cut `pos` may be past the
  end, making `len(data) - pos` negative where the original has 0; every comparison kept
  answers the same for 0 and for any negative number (`== 0`, `!= 0` become `len(data) <=
  pos`, `len(data) > pos`; `len(data) >= 0` and `< 0` are refused).
- `data` itself in a `return` → `(data[pos:] if pos else data)`: nothing in the loop reads it
  again, and it is the very object where nothing was cut yet, an unshared copy of the rest
  otherwise, as in the original.
Any other use (`data.find(x)`, `f(data)`, `data[-1]`, `data[i]` with a variable i, an
item assignment, a second binding) leaves the loop alone: it would see the whole
sequence where the original sees the rest.

The step must be the same on every pass.  A literal must be positive.  A name must not be
bound in the loop, must be a parameter or assigned by a plain statement that runs before
the loop, and is tested before the loop: `if type(n) is int and n > 0:` runs the rewrite,
`else:` the original loop unchanged.  n = 0 loops forever in the original (it may still
end by `break`), a negative n slices from the end, None slices everything, a float raises:
all of those, and every other type, get the original.  The same test covers names used as
bounds of the reads (0 falls back too; slower, not different).  Names that the loop could
rebind without naming them are refused: the function may not use `global`, `nonlocal`,
`locals`, `vars`, `eval` or `exec`, nor `del` a guarded name.

A step worked out in the loop (`data = data[length + 6:]`, a name the loop binds, a call: a
length-prefixed record format, holdout20/heat_meters) is taken where the cut is, the line
alone: `step = length + 6`, then `pos += step` where it is an int from 0 to what is left, and
else `data, pos = data[pos:][step:], 0`, the very slicing of the original (a negative, huge
or odd step behaves alike; `data[pos:]` stays the original's `data`).  A read's bound that
may change from pass to pass (a name the loop binds, or `+ - * // %` of names and int
literals: `data[:length + 6]`) is read as `data[pos + b]` where it holds a non-negative int
and as `data[pos:][b]` otherwise.  A constant step below 1 (forever, or from the end) and a
read from the end by a literal (`data[-1]`) are left alone: the walk has nothing to give.

After the loop the rewrite's `data` still holds the whole sequence, so where it may be read
again (any later mention in the function, or the loop sits in another loop and runs again)
the rewrite adds `if pos: data = data[pos:]`: the rest after a `break`, empty after the loop
ran out, and the very same object where nothing was cut.  A `return` in the loop needs
nothing.  That line does not run when an exception leaves the loop, so where `data` is
read again and the loop is inside a `try` or `with` (which may catch the exception) the
loop is left alone.  A lambda, nested function, class or generator expression mentioning
`data` anywhere in the function could read it at another time: left alone.  A parameter
rebound in the loop is invisible to the caller, so rebinding it less often changes nothing.

Types: for str, bytes, tuple and list the two are equal (for bytes the IndexError of
`data[pos + i]` is the same "index out of range").  The rewrite relies on nothing beyond
slicing with non-negative bounds, `len` and truthiness; any other type is judged by the
verifier.  One difference remains for a list (or any mutable sequence) that other code
changes while the loop runs, through another name (a callee, or the caller between the
`yield`s of a generator): the original stops seeing such changes after its first cut,
which made a private copy; the rewrite keeps walking the shared list.

Measured here (Python 3.11, timeit best of 5, side by side, `while text: line, text =
text[:80], text[80:]; out.append(line)`): a 200,000-character string (2,500 records):
39 ms → 0.35 ms, 112×; a 32,000-item list (400 records): 65 ms → 0.13 ms, 509×; a
200-character string (3 records): 2.30 µs → 2.28 µs, 1.0× (nothing to save).  With the
width a parameter (`text[:width]`, the guard included): 97×, 459×, and 0.83× on the short
string, where the guard and a `len` per pass cost more than three short copies.

The recipe looks at `while` and `for` loops among the function's own statements (not in
nested functions), outer loops first, and rewrites each sequence it may, one at a time; the
original loop kept as the fallback is not rewritten again.

A second recipe (`match-at-position`) takes the hand-written tokenizer, which cuts each token
off its input after matching it:

    while rest:                                   if type(rest) is str:
        m = TOKEN_RE.match(rest)                      pos = 0
        if m is None:                                 while pos < len(rest):
            raise SyntaxError(rest[:10])      →           m = TOKEN_RE.match(rest, pos)
        out.append((m.lastgroup, m.group()))              if m is None:
        rest = rest[m.end():]                                 raise SyntaxError(rest[pos:pos + 10])
                                                          out.append((m.lastgroup, m.group()))
                                                          pos = m.end()
                                                  else:
                                                      <the original loop>

It uses the same walk (the invariant `rest` = `rest[pos:]` of the rewrite, the reads above, `if
pos: rest = rest[pos:]` after the loop, the refusals) and adds what a tokenizer needs.
- Matching at a position.  `re.match(p, rest[, flags])` becomes `compiled.match(rest, pos)`,
  `P.match(rest)` becomes `P.match(rest, pos)` (also `search`, `fullmatch`).  A compiled
  pattern given `pos` matches `rest[pos:]` (the end, and so `$` and `\\Z`, is the same) except
  where the pattern looks before the position it starts from: `^` (it holds at the string's
  start only, or after a newline under re.M), `\\A`, `\\b`, `\\B` and lookbehinds.  A pattern
  written in the function (a literal, a local bound once to one or to `re.compile` of one, a
  local table of literal pairs) is compiled here (it must compile without a warning, and not
  with re.DEBUG, which prints) and its parse tree searched for those assertions; it is then
  compiled once before the loop.  A pattern read from elsewhere (a module's table or compiled
  pattern) is tested when the loop starts: the name must hold a str (or a compiled pattern of
  one), a table a list or tuple of tuples or lists of the `for` target's width (or a dict walked
  by `.items()`), and every pattern must pass a scanner (`_POSITION_FREE`) that splits it into
  plain characters, escapes, classes and groups and refuses `^`, `\\A`, `\\b`, `\\B`, `(?<` and
  `(?#` outside classes, and classes holding a newline or `#` (so that a verbose pattern's
  comments hide nothing); it is stricter than the parse, never looser (a test fuzzes that).
  Anything else runs the original loop.  Such patterns are compiled when first met (a dict by
  pattern), so one that does not compile raises the same re.error at the same point.
- The match object.  `group`, `groups`, `groupdict`, `expand`, `lastgroup`, `lastindex`, `m[i]`,
  truth and `is None` answer alike; `m.start()` and `m.end()` become `m.start() - m.pos` (the
  offset in the original's string, `m.pos` being where this match started); anything else
  (`.span()`, `.start(1)`, `.string`, `.pos`, `m` passed on or kept) refuses the loop, as does
  a name that may hold a match from anywhere else.
- Steps of any value.  `rest = rest[k:]` becomes `pos += k` where k is surely a non-negative
  int (a literal, `len(…)`, a match's end), `pos = m.end()` where `m` was surely matched at the
  current `pos` (bound just before in the same block, or in the test of the `if` whose body
  that is, with no cut between), and else `step = k; if type(step) is int and 0 <= step <=
  len(rest) - pos: pos += step` with `rest, pos = rest[pos:][step:], 0` otherwise: the very
  slicing of the original, so a negative, huge or odd step behaves alike.  Where a read needs
  `pos` within the sequence (`len(rest)` read on every pass, a prefix test, a search) a step
  that could pass the end is followed by `if pos > len(rest): pos = len(rest)`.
- More reads.  `rest.startswith(w)`/`endswith(w)` → `rest.startswith(w, pos)`; `rest.find(x[,
  a])` → `max(rest.find(x, pos[ + a]) - pos, -1)` (also `rfind`; `index`/`rindex` raise where
  they did); `rest = rest.lstrip()` → a walk past `isspace` characters (what `lstrip()` strips);
  `len(rest)` anywhere → `len(rest) - pos` (`max(…, 0)` in an error message, read once);
  `rest[i]`, `rest[:j]` with a name the loop binds → `(rest[pos + i] if type(i) is int and i >=
  0 else rest[pos:][i])`; `rest` itself in a `raise`, like in a `return`.
The rewrite runs only for an exact str (or bytes, for bytes patterns; either for prefix tests
alone): a str subclass may slice otherwise.  Left as they are: `re` bound in the function (a
module `re` is taken to be the module, as compile-regex-once does), a pattern held by an
attribute (`self.pattern`) or built in the loop, flags not written as `re.X` constants, a
table the loop mentions other than to walk it.  What remains different: names read by the
test before the loop (`re`, a module's table) are read even where the original's loop would not
have reached them (an undefined one raises NameError there, for an empty input too); a table
that a callee changes while the loop runs is tested only as it was when the loop started.

Measured here (Python 3.11, timeit best of 5, side by side, a 2-core machine shared with other
work, so ±20%), programs of `x1 = 12.5 + y2 * (z - 3)`-like lines:
    a table of 7 (kind, pattern) pairs, module level, `rest[len(text):]`:
        100 KB (42,682 tokens): 363 ms → 100 ms, 3.6×; 2 KB: 2.6×; 64 characters: 2.1×
    one verbose alternation, `m.lastgroup`, `rest[m.end():]`:
        100 KB (38,118 tokens): 179 ms → 49 ms, 3.7×; 2 KB: 1.0–1.6×; 54 characters: 0.9×
    `if m := re.match(<literal>, rest)` chain, `startswith`:
        100 KB (38,394 tokens): 316 ms → 64 ms, 4.9×; 2 KB: 2.4×; 58 characters: 2.3×
    `startswith` keyword lexer: 100 KB (40,000 tokens): 212 ms → 74 ms, 2.9×; 2 KB: 0.93×;
        40 characters: 0.94× (a prefix test given `pos` and the step's bound cost more than
        copying a short rest).
Most of the gain on short input is the patterns compiled once; most of it on long input is
the copies not made (the original grows as the square of the input, the rewrite linearly).
"""

from __future__ import annotations

import ast
import importlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import libcst as cst

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# Helpers of append-not-concat: `obj.data` and `f(data=…)` are not the variable; a truth test.

EXPLANATION = (
    "each `data = data[n:]` copies all that is left of the sequence to drop its head, O(n²) over the "
    "loop; walking a position through the unchanged sequence reads the same pieces in linear time"
)

# Annotations under which a truth test of the sequence is a test of its length.
_SIZED = frozenset({"str", "bytes", "bytearray", "list", "tuple", "List", "Tuple", "Sequence", "MutableSequence"})
# The test this recipe puts in front of a rewritten loop; its `else` holds the original loop.
_GUARD = re.compile(r"type\((\w+)\) is int and \1 > 0(?: and type\((\w+)\) is int and \2 > 0)*")
_COMPARISONS = (cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual, cst.Equal, cst.NotEqual)
# Comparison operators seen from the other side: `0 < len(d)` is `len(d) > 0`.
_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


def walk_not_reslice(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    cut, unseen = False, False
    for node in facts.walk(function.body):
        cut = cut or (isinstance(node, cst.Assign) and _cut(node) is not None)
        unseen = unseen or isinstance(node, (cst.Global, cst.Nonlocal)) or (
            isinstance(node, cst.Name) and node.value in facts.FRAME_READERS)
    if not cut or unseen:
        return None  # no cut (the common case), or names the loop could change without naming them
    return facts.repeatedly(_rewrite_one, function)


@dataclass(frozen=True)
class _Index:
    """One walk's worth of facts about the function (walks of a large function are slow)."""

    function: cst.FunctionDef
    nodes: list[cst.CSTNode]
    """Everything in the function's body, each node before the nodes it holds."""
    parents: dict[int, cst.CSTNode]
    shadowed: set[str]
    """Every name the function binds in any way: its builtins are not the builtins."""
    deleted: set[str]
    pos: str
    taken: frozenset[str]
    """Every name the function mentions, and `pos`: what a new name must not be."""

    @staticmethod
    def of(function: cst.FunctionDef) -> _Index:
        nodes: list[cst.CSTNode] = []
        parents: dict[int, cst.CSTNode] = {id(function.body): function}
        shadowed, deleted, taken = facts.parameters(function), set(), facts.names_in(function.params)
        stack: list[cst.CSTNode] = [function.body]
        while stack:
            node = stack.pop()
            nodes.append(node)
            if isinstance(node, cst.Name):
                taken.add(node.value)
            elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
                shadowed |= purity.target_names(node.target)  # what `facts.bound_in` finds, node by node
            elif isinstance(node, cst.AssignTarget) or (
                    isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression)):
                shadowed |= purity.target_names(node.target if isinstance(node, cst.AssignTarget) else node.name)
            else:
                shadowed |= facts.bound_otherwise(node)
            if isinstance(node, cst.Del):
                deleted |= facts.names_in(node)
            for child in node.children:
                parents[id(child)] = node
                stack.append(child)
        pos, number = "pos", 2
        while pos in taken:
            pos, number = f"pos{number}", number + 1
        return _Index(function, nodes, parents, shadowed, deleted, pos, frozenset(taken | {pos}))

    def own_loops(self) -> list[cst.For | cst.While]:
        """The function's own loops, outer before inner (not those of nested functions or classes)."""
        return [n for n in self.nodes if isinstance(n, facts.LOOPS)
                and not any(isinstance(a, (cst.FunctionDef, cst.ClassDef)) for a in self.within(n))]

    def within(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        """The nodes that hold `node` inside the function (not the function itself)."""
        for ancestor in facts.ancestors(node, self.parents):
            if ancestor is self.function:
                return
            yield ancestor


@dataclass(frozen=True)
class _Cut:
    """`data = data[step:]`, alone (`element` None) or as one item of a tuple assignment."""

    name: str
    step: cst.BaseExpression
    element: int | None


def _cut(assign: cst.Assign) -> _Cut | None:
    if len(assign.targets) != 1:
        return None
    target, value = assign.targets[0].target, assign.value
    if isinstance(target, cst.Name):
        step = _rest_of(value, target.value)
        return None if step is None else _Cut(target.value, step, None)
    if not (isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, cst.Tuple)):
        return None
    if len(target.elements) != len(value.elements):
        return None
    if any(isinstance(e, cst.StarredElement) for e in (*target.elements, *value.elements)):
        return None
    for index, (each, item) in enumerate(zip(target.elements, value.elements, strict=True)):
        if isinstance(each.value, cst.Name) and (step := _rest_of(item.value, each.value.value)) is not None:
            return _Cut(each.value.value, step, index)
    return None


def _rest_of(value: cst.BaseExpression, name: str) -> cst.BaseExpression | None:
    """`step` when `value` is `name[step:]`."""
    if not (isinstance(value, cst.Subscript) and isinstance(value.value, cst.Name) and value.value.value == name):
        return None
    if len(value.slice) != 1 or not isinstance(value.slice[0].slice, cst.Slice):
        return None
    bounds = value.slice[0].slice
    if bounds.lower is None or bounds.upper is not None or bounds.step is not None:
        return None
    return bounds.lower


@dataclass
class _Plan:
    """What one loop's rewrite replaces (by the original node's id) and what it must test first."""

    name: str
    pos: str
    cuts: dict[int, _Cut] = field(default_factory=dict)
    replaced: dict[int, cst.BaseExpression] = field(default_factory=dict)
    guarded: set[str] = field(default_factory=set)
    shadowed: set[str] = field(default_factory=set)
    loop_bound: set[str] = field(default_factory=set)
    """Every name the loop binds: a bound or step naming one may change from pass to pass."""
    general: set[int] = field(default_factory=set)
    """Cuts by a step of any value, rewritten with their line."""
    step: str = ""
    matching: _Matching | None = None
    """What match-at-position adds: its patterns, match objects and cuts by a variable step."""


def _rewrite_one(function: cst.FunctionDef, matching: bool = False) -> cst.FunctionDef | None:
    index = _Index.of(function)
    if "len" in index.shadowed or (matching and index.shadowed & _MATCH_BUILTINS):
        return None
    captured: dict[str, bool] = {}
    for loop in index.own_loops():
        if _in_a_fallback(loop, index, matching):
            continue
        names = sorted({cut.name for n in facts.walk(loop) if isinstance(n, cst.Assign) and (cut := _cut(n))})
        for name in names:
            if captured.setdefault(name, _captured(index, name)):
                continue
            rewritten = _rewrite_loop(function, loop, name, index, matching)
            if rewritten is not None:
                return rewritten
    return None


def _in_a_fallback(loop: cst.CSTNode, index: _Index, matching: bool = False) -> bool:
    """Whether `loop` is (inside) the original loop kept in the `else` of an earlier rewrite."""
    child = loop
    for ancestor in index.within(loop):
        if isinstance(ancestor, cst.If) and ancestor.orelse is child:
            test = facts.code(ancestor.test)
            if _GUARD.fullmatch(test) is not None or (matching and _MATCH_GUARD.match(test) is not None):
                return True
        child = ancestor
    return False


def _rewrite_loop(function: cst.FunctionDef, loop: cst.For | cst.While, name: str,
                  index: _Index, matching: bool = False) -> cst.FunctionDef | None:
    parents = index.parents
    plan = _Plan(name, index.pos, loop_bound=facts.bound_anywhere(loop))
    if matching:
        plan.matching = _Matching(function, loop, index)
    for found in facts.walk(loop):
        if isinstance(found, cst.Assign) and (cut := _cut(found)) is not None and cut.name == name:
            if not matching and not _steady_step(cut.step, plan):
                if not _alone(found, parents) or cut.element is not None or _constant(cut.step):
                    return None  # a constant step below 1 never walks forward
                plan.general.add(id(found))  # computed in the loop (`data[length + 6:]`: holdout20/heat_meters)
                plan.step = plan.step or facts.unused_name(set(index.taken), "step")
            plan.cuts[id(found)] = cut
            if plan.matching is not None:
                plan.matching.cut_nodes[id(found)] = found
        elif plan.matching is not None and isinstance(found, cst.Assign) and _is_strip(found, name):
            plan.matching.strips[id(found)] = found
    if not plan.cuts:
        return None
    sized = matching or facts.annotation_of(function, name) in _SIZED
    for mention in _mentions(loop, name, parents):
        if not _read_through(mention, plan, parents, sized):
            return None
    if plan.matching is not None and not _matching_ok(plan, index):
        return None
    if plan.guarded and not _guardable(function, loop, plan, index):
        return None
    needed = _read_again(loop, name, index)
    if needed and any(isinstance(a, (cst.Try, cst.TryStar, cst.With)) for a in index.within(loop)):
        return None  # an exception caught there would leave `data` whole where the original has the rest
    walked = loop.visit(_Walk(plan))
    assert isinstance(walked, (cst.For, cst.While))
    walked = walked.with_changes(leading_lines=())
    fast: list[cst.BaseStatement] = [cst.parse_statement(f"{plan.pos} = 0\n"), walked]
    if needed:
        fast.append(cst.parse_statement(f"if {plan.pos}:\n    {name} = {name}[{plan.pos}:]\n"))
    tests = [f"type({n}) is int and {n} > 0" for n in sorted(plan.guarded)]
    before: list[cst.BaseStatement] = []
    if plan.matching is not None:
        fast[:0] = [cst.parse_statement(line) for line in plan.matching.setup]
        alone = not (tests or plan.matching.tests)
        tests[:0] = [plan.matching.type_test(name, alone), *plan.matching.tests]
        before = [cst.parse_statement(line) for line in plan.matching.before]
    if tests:
        if plan.matching is not None and plan.matching.tests:  # long: one test a line
            test = cst.parse_expression("(" + "\n        and ".join(tests) + ")")
        else:
            test = cst.parse_expression(" and ".join(tests))
        guarded = cst.If(test=test, body=cst.IndentedBlock(fast),
                         orelse=cst.Else(cst.IndentedBlock([loop.with_changes(leading_lines=())])))
        new: list[cst.BaseStatement] = [*before, guarded]
        new[0] = new[0].with_changes(leading_lines=loop.leading_lines)
    else:
        new = [fast[0].with_changes(leading_lines=loop.leading_lines), *fast[1:]]
    return facts.replace_statement(function, loop, new)


def _steady_step(step: cst.BaseExpression, plan: _Plan) -> bool:
    """A step the same on every pass: a positive int literal, or a name the loop does not bind
    (tested before the loop)."""
    if isinstance(step, cst.Name) and step.value in plan.loop_bound:
        return False
    return _bound_ok(step, plan, minimum=1)


def _alone(assign: cst.Assign, parents: dict[int, cst.CSTNode]) -> bool:
    line = parents.get(id(assign))
    return isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1


def _captured(index: _Index, name: str) -> bool:
    """Whether code that may run at another time (a lambda, nested function or class, a
    generator expression past its first iterable) mentions `name`."""
    for found in index.nodes:
        if not (isinstance(found, cst.Name) and found.value == name):
            continue
        child: cst.CSTNode = found
        for ancestor in index.within(found):
            if isinstance(ancestor, (cst.Lambda, cst.FunctionDef, cst.ClassDef)):
                return True
            if isinstance(ancestor, cst.GeneratorExp) and child is not ancestor.for_in:
                return True
            if isinstance(ancestor, cst.CompFor) and child is not ancestor.iter and isinstance(
                    index.parents.get(id(ancestor)), cst.GeneratorExp):
                return True  # `(x for x in data)` reads `data` at once, `(x for x in y if x in data)` later
            child = ancestor
    return False


def _mentions(node: cst.CSTNode, name: str, parents: dict[int, cst.CSTNode]) -> Iterator[cst.Name]:
    """The mentions of the variable `name` in `node`, in the order of the source."""
    stack = [node]
    while stack:
        found = stack.pop()
        stack.extend(reversed(found.children))
        if isinstance(found, cst.Name) and found.value == name and not facts.not_a_variable(found, parents):
            yield found


def _bound_ok(bound: cst.BaseExpression | None, plan: _Plan, minimum: int) -> bool:
    """A step or read bound the walk can add to `pos`: left out, an int literal of at least
    `minimum`, or a name tested before the loop (collected in `plan.guarded`)."""
    if bound is None:
        return True
    if isinstance(bound, cst.Integer):
        return _literal(bound) >= minimum
    if isinstance(bound, cst.Name) and bound.value not in {plan.name, plan.pos, "True", "False", "None"}:
        plan.guarded.add(bound.value)
        return True
    return False


def _literal(node: cst.Integer) -> int:
    return int(node.value, 0)


def _read_through(mention: cst.Name, plan: _Plan, parents: dict[int, cst.CSTNode], sized: bool) -> bool:
    """Whether this mention of the sequence is a cut, or a read the walk can answer (recorded
    in `plan.replaced`)."""
    parent = parents.get(id(mention))
    name, pos = plan.name, plan.pos
    if _is_cut_part(mention, plan, parents):
        return True
    if plan.matching is not None and (handled := _match_read(mention, plan, parents)) is not None:
        return handled
    if isinstance(parent, cst.Subscript) and parent.value is mention:
        if facts.in_a_target(parent, parents) or len(parent.slice) != 1:
            return False
        read = parent.slice[0].slice
        if (varying := _varying_read(read, plan)) is not None:
            plan.replaced[id(parent)] = cst.parse_expression(varying)  # in its own parentheses
            return True
        if isinstance(read, cst.Index) and read.star is None and _bound_ok(read.value, plan, minimum=0):
            new = f"{name}[{_shifted(pos, read.value)}]"
        elif isinstance(read, cst.Slice) and read.step is None and all(
                _bound_ok(b, plan, minimum=0) for b in (read.lower, read.upper)):
            upper = "" if read.upper is None else _shifted(pos, read.upper)
            new = f"{name}[{_shifted(pos, read.lower)}:{upper}]"
        else:
            return False
        plan.replaced[id(parent)] = _parenthesized_like(cst.parse_expression(new), parent)
        return True
    call = parents.get(id(parent)) if isinstance(parent, cst.Arg) else None
    if isinstance(call, cst.Call) and _is_len_of(call, name):
        if plan.matching is None:
            return _length_read(call, plan, parents)
        if not _compared_with_other(call, parents) and _length_read(call, plan, parents):
            return True  # a test that answers alike for 0 and past the end
        # The rest's length, even past the end; where it is read on every pass (not for an error
        # message), `pos` is kept within the sequence instead.
        if _statement_of(call, parents) is cst.Raise:
            plan.replaced[id(call)] = cst.parse_expression(f"max(len({name}) - {pos}, 0)")
        else:
            plan.matching.bounded = True
            plan.replaced[id(call)] = cst.parse_expression(f"(len({name}) - {pos})")
        return True
    if isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not):
        empty = f"{pos} >= len({name})" if sized else f"not {name} or {pos} >= len({name})"
        plan.replaced[id(parent)] = _as_operand(empty, parent, parents)
        return True
    if facts.truth_tested(mention, parents):
        left = f"{pos} < len({name})" if sized else f"{name} and {pos} < len({name})"
        plan.replaced[id(mention)] = _as_operand(left, mention, parents)
        return True
    if _returned(mention, parents, raised=plan.matching is not None):
        plan.replaced[id(mention)] = _as_operand(f"{name}[{pos}:] if {pos} else {name}", mention, parents)
        return True
    return False


def _statement_of(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> type[cst.CSTNode] | None:
    """The kind of the (small) statement that holds `node`."""
    for ancestor in facts.ancestors(node, parents):
        if isinstance(ancestor, (cst.BaseSmallStatement, cst.BaseStatement)):
            return type(ancestor)
    return None


def _returned(mention: cst.Name, parents: dict[int, cst.CSTNode], raised: bool = False) -> bool:
    """Whether `mention` is in a `return` statement (or, with `raised`, a `raise`): the loop reads
    nothing more, so the rest may be handed out (the very object where nothing was cut yet, a
    fresh copy of the rest otherwise, as in the original)."""
    for ancestor in facts.ancestors(mention, parents):
        if isinstance(ancestor, (cst.BaseSmallStatement, cst.BaseStatement)):
            return isinstance(ancestor, cst.Return) or (raised and isinstance(ancestor, cst.Raise))
    return False


def _is_cut_part(mention: cst.Name, plan: _Plan, parents: dict[int, cst.CSTNode]) -> bool:
    """The target of a cut, or the sequence sliced in it."""
    ancestors = list(facts.ancestors(mention, parents))
    for depth, ancestor in enumerate(ancestors):
        if isinstance(ancestor, cst.Assign):
            cut = plan.cuts.get(id(ancestor))
            if cut is None:
                return False
            below = ancestors[depth - 1] if depth else mention
            if below is ancestor.value or (depth >= 1 and isinstance(below, cst.AssignTarget)):
                return _cut_slot(ancestor, cut, mention)
            return False
        if isinstance(ancestor, cst.BaseStatement):
            return False
    return False


def _cut_slot(assign: cst.Assign, cut: _Cut, mention: cst.Name) -> bool:
    """Whether `mention` is the cut's target or the sequence its `data[step:]` slices."""
    target: cst.BaseExpression = assign.targets[0].target
    value = assign.value
    if cut.element is not None:
        if not (isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, cst.Tuple)):
            return False
        target, value = target.elements[cut.element].value, value.elements[cut.element].value
    return mention is target or (isinstance(value, cst.Subscript) and mention is value.value)


def _is_len_of(call: cst.Call, name: str) -> bool:
    return (isinstance(call.func, cst.Name) and call.func.value == "len" and len(call.args) == 1
            and call.args[0].keyword is None and call.args[0].star == ""
            and isinstance(call.args[0].value, cst.Name) and call.args[0].value.value == name)


def _length_read(call: cst.Call, plan: _Plan, parents: dict[int, cst.CSTNode]) -> bool:
    """`len(data)` as a truth value, or compared with a non-negative bound: the same answer
    for the rest's length, even where `pos` went past the end (see the module docstring)."""
    name, pos = plan.name, plan.pos
    parent = parents.get(id(call))
    if isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not):
        plan.replaced[id(parent)] = _as_operand(f"{pos} >= len({name})", parent, parents)
        return True
    if isinstance(parent, cst.ComparisonTarget):  # `0 < len(data)`
        parent = parents.get(id(parent))
    if isinstance(parent, cst.Comparison) and len(parent.comparisons) == 1:
        comparison = parent.comparisons[0]
        if not isinstance(comparison.operator, _COMPARISONS):
            return False
        operator = facts.code(comparison.operator).strip()
        if parent.left is call:
            other = comparison.comparator
        elif comparison.comparator is call:
            other, operator = parent.left, _MIRRORED[operator]
        else:
            return False
        if isinstance(other, cst.Integer) and _literal(other) == 0:
            zero = {">": ">", "!=": ">", "<=": "<=", "==": "<="}.get(operator)
            if zero is None:
                return False  # `len(data) >= 0` holds for 0 but not for a position past the end
            new = f"len({name}) {zero} {pos}"
        elif _bound_ok(other, plan, minimum=1):
            new = f"len({name}) - {pos} {operator} {facts.code(other)}"
        else:
            return False
        plan.replaced[id(parent)] = _parenthesized_like(cst.parse_expression(new), parent)
        return True
    if facts.truth_tested(call, parents):
        plan.replaced[id(call)] = _as_operand(f"{pos} < len({name})", call, parents)
        return True
    return False


def _compared_with_other(call: cst.Call, parents: dict[int, cst.CSTNode]) -> bool:
    """`len(data)` compared with anything but an int literal (which `_length_read` would test
    before the loop: match-at-position reads the length instead)."""
    parent = parents.get(id(call))
    if isinstance(parent, cst.ComparisonTarget):
        parent = parents.get(id(parent))
    if not isinstance(parent, cst.Comparison):
        return False
    operands = [parent.left, *(c.comparator for c in parent.comparisons)]
    return any(o is not call and not isinstance(o, cst.Integer) for o in operands)


def _shifted(pos: str, bound: cst.BaseExpression | None) -> str:
    if bound is None or (isinstance(bound, cst.Integer) and _literal(bound) == 0):
        return pos
    return f"{pos} + {facts.code(bound)}"


def _parenthesized_like(new: cst.BaseExpression, old: cst.BaseExpression) -> cst.BaseExpression:
    return new.with_changes(lpar=old.lpar, rpar=old.rpar)


def _as_operand(text: str, old: cst.BaseExpression, parents: dict[int, cst.CSTNode]) -> cst.BaseExpression:
    """`text` in place of `old`, in parentheses unless it is a whole `if`/`while` test."""
    parent = parents.get(id(old))
    if old.lpar or (isinstance(parent, (cst.If, cst.While)) and parent.test is old):
        return _parenthesized_like(cst.parse_expression(text), old)
    return cst.parse_expression(f"({text})")


def _guardable(function: cst.FunctionDef, loop: cst.For | cst.While, plan: _Plan, index: _Index) -> bool:
    """The names tested before the loop hold, there, the value the loop reads on every pass:
    bound for sure, not rebound in the loop, never deleted; and `type` and `int` are the builtins."""
    if index.shadowed & {"type", "int"}:
        return False
    in_loop = facts.bound_in(loop)
    for found in facts.walk(loop):
        in_loop |= facts.bound_otherwise(found)
    before = _bound_before(function, loop, index)
    return all(n not in in_loop and n not in index.deleted and n in before for n in plan.guarded)


def _preceding(loop: cst.CSTNode, index: _Index) -> Iterator[cst.BaseStatement]:
    """The statements that run before `loop` on every way to it: those before it in its block
    and in each block around it."""
    child = loop
    for ancestor in index.within(loop):
        if isinstance(ancestor, cst.IndentedBlock):
            for statement in ancestor.body:
                if statement is child:
                    break
                yield statement
        child = ancestor


def _bound_before(function: cst.FunctionDef, loop: cst.CSTNode, index: _Index) -> set[str]:
    """Parameters, names that a plain assignment before the loop binds for sure, and the module's
    constants the function does not bind (`RECORD_WIDTH`: holdout/fixed_width)."""
    bound = facts.parameters(function) | (purity.trusted().module_constants - facts.local_names(function))
    for statement in _preceding(loop, index):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.Assign):
                targets = [t.target for t in small.targets]
            elif isinstance(small, (cst.AnnAssign, cst.AugAssign)) and getattr(small, "value", None) is not None:
                targets = [small.target]
            else:
                continue
            bound |= {t.value for t in targets if isinstance(t, cst.Name)}
    return bound


def _read_again(loop: cst.For | cst.While, name: str, index: _Index) -> bool:
    """Whether the sequence may be read after the loop: the loop runs again inside another
    loop, or the function mentions it anywhere but in the loop and the statements before it."""
    if any(isinstance(a, facts.LOOPS) for a in index.within(loop)):
        return True
    inside = {id(n) for n in facts.walk(loop)}
    for statement in _preceding(loop, index):
        inside |= {id(n) for n in facts.walk(statement)}
    return any(id(n) not in inside and isinstance(n, cst.Name) and n.value == name
               and not facts.not_a_variable(n, index.parents) for n in index.nodes)


class _Walk(cst.CSTTransformer):
    """The loop with its cuts moving `pos` and its reads of the sequence going through `pos`."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan

    def leave_Subscript(self, original_node: cst.Subscript, updated_node: cst.Subscript) -> cst.BaseExpression:
        return self.plan.replaced.get(id(original_node), updated_node)

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        return self.plan.replaced.get(id(original_node), updated_node)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        replaced = self.plan.replaced.get(id(original_node))
        if replaced is not None:
            return replaced
        if self.plan.matching is not None and id(original_node) in self.plan.matching.positioned:
            return _with_argument(updated_node, self.plan.pos)
        if self.plan.matching is not None and id(original_node) in self.plan.matching.searches:
            return _searched(updated_node, self.plan.pos)
        return updated_node

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        matching = self.plan.matching
        if len(original_node.body) != 1:
            return updated_node
        name, pos = self.plan.name, self.plan.pos
        if matching is not None and id(original_node.body[0]) in matching.strips:
            blank = f"{name}[{pos}].isspace()" if str in matching.kinds else f"{name}[{pos}:{pos} + 1].isspace()"
            skip = cst.parse_statement(f"while {pos} < len({name}) and {blank}:\n    {pos} += 1\n")
            return skip.with_changes(leading_lines=original_node.leading_lines)
        if matching is not None and id(original_node.body[0]) in matching.clamped:
            clamp = cst.parse_statement(f"if {pos} > len({name}):\n    {pos} = len({name})\n")
            return cst.FlattenSentinel([updated_node, clamp])
        if id(original_node.body[0]) not in self.plan.general:
            return updated_node
        assign = updated_node.body[0]
        assert isinstance(assign, cst.Assign)
        step = _step_of(assign, None)
        temporary = self.plan.step
        statements = [
            cst.parse_statement(f"{temporary} = {facts.code(step)}\n"),
            cst.parse_statement(f"if type({temporary}) is int and 0 <= {temporary} <= len({name}) - {pos}:\n"
                                f"    {pos} += {temporary}\nelse:\n"
                                f"    {name}, {pos} = {name}[{pos}:][{temporary}:], 0\n"),
        ]
        statements[0] = statements[0].with_changes(leading_lines=original_node.leading_lines)
        return cst.FlattenSentinel(statements)

    def leave_UnaryOperation(self, original_node: cst.UnaryOperation,
                             updated_node: cst.UnaryOperation) -> cst.BaseExpression:
        return self.plan.replaced.get(id(original_node), updated_node)

    def leave_Comparison(self, original_node: cst.Comparison, updated_node: cst.Comparison) -> cst.BaseExpression:
        return self.plan.replaced.get(id(original_node), updated_node)

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.BaseSmallStatement:
        cut = self.plan.cuts.get(id(original_node))
        if cut is None or id(original_node) in self.plan.general:
            return updated_node  # a general cut is rewritten with its line
        if self.plan.matching is not None:
            return self._bounded_cut(original_node, updated_node, cut)
        pos, step = self.plan.pos, facts.code(cut.step)
        if cut.element is None:
            return cst.AugAssign(target=cst.Name(pos), operator=cst.AddAssign(), value=cut.step)
        target, value = updated_node.targets[0].target, updated_node.value
        assert isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, cst.Tuple)
        targets, values = list(target.elements), list(value.elements)
        targets[cut.element] = targets[cut.element].with_changes(value=cst.Name(pos))
        values[cut.element] = values[cut.element].with_changes(value=cst.parse_expression(f"{pos} + {step}"))
        return updated_node.with_changes(
            targets=[updated_node.targets[0].with_changes(target=target.with_changes(elements=targets))],
            value=value.with_changes(elements=values))

    def _bounded_cut(self, original_node: cst.Assign, updated_node: cst.Assign,
                     cut: _Cut) -> cst.BaseSmallStatement:
        """match-at-position's cut by a step known to be a non-negative int: `pos` moves by it (kept
        within the sequence where a read needs it); a general step is rewritten with its whole line."""
        matching = self.plan.matching
        assert matching is not None
        pos, name = self.plan.pos, self.plan.name
        step = facts.code(_step_of(updated_node, cut.element))
        fresh = matching.fresh_ends.get(id(original_node))
        if fresh is not None:
            moved = cst.parse_expression(f"{fresh}.end()")  # matched here, at `pos`: the rest starts at its end
        elif matching.bounded and id(original_node) not in matching.clamped | matching.fits:
            moved = cst.parse_expression(f"min({pos} + {step}, len({name}))")
        elif cut.element is None:
            return cst.AugAssign(target=cst.Name(pos), operator=cst.AddAssign(), value=cst.parse_expression(step))
        else:
            moved = cst.parse_expression(f"{pos} + {step}")
        if cut.element is None:
            return updated_node.with_changes(targets=[cst.AssignTarget(cst.Name(pos))], value=moved)
        target, value = updated_node.targets[0].target, updated_node.value
        assert isinstance(target, (cst.Tuple, cst.List)) and isinstance(value, cst.Tuple)
        targets, values = list(target.elements), list(value.elements)
        targets[cut.element] = targets[cut.element].with_changes(value=cst.Name(pos))
        values[cut.element] = values[cut.element].with_changes(value=moved)
        return updated_node.with_changes(
            targets=[updated_node.targets[0].with_changes(target=target.with_changes(elements=targets))],
            value=value.with_changes(elements=values))


# --- match-at-position: a tokenizer that matches its patterns at a position -------------------

MATCH_EXPLANATION = (
    "each `rest = rest[len(token):]` copies all the input that is left after every token, O(n²) over the "
    "input; matching the patterns at a position of the unchanged string (`pattern.match(text, pos)`, "
    "`text.startswith(word, pos)`) reads the same tokens in linear time, and each pattern is compiled once"
)

# Pattern methods whose answer on `s[pos:]` is the answer on `s` from `pos`, for a pattern that
# looks neither before where it starts (`^`, `\A`, `\b`, `\B`, a lookbehind).
_MATCHERS = frozenset({"match", "search", "fullmatch"})
_PREFIX_TESTS = frozenset({"startswith", "endswith"})
# Searches whose offset in `s[pos:]` is their offset in `s` from `pos`, less `pos` (-1 stays -1).
_SEARCHES = frozenset({"find", "rfind", "index", "rindex"})
# What a match object answers alike wherever its string started (not `start`, `end`, `span`, `pos`, `string`).
_MATCH_KEEPS = frozenset({"group", "groups", "groupdict", "expand", "lastgroup", "lastindex"})
_FLAG_NAMES = frozenset({"A", "ASCII", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "DOTALL",
                         "U", "UNICODE", "X", "VERBOSE"})
# Builtins the rewrite calls or names in its test.
_MATCH_BUILTINS = frozenset({"type", "int", "min", "max", "str", "bytes", "list", "tuple", "dict", "all"})
# Assertions of the regex parser that look before the position where matching starts.
_BEFORE_POSITION = frozenset({"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING", "AT_BOUNDARY",
                              "AT_NON_BOUNDARY", "AT_LOC_BOUNDARY", "AT_LOC_NON_BOUNDARY", "AT_UNI_BOUNDARY",
                              "AT_UNI_NON_BOUNDARY"})
# The test the rewrite puts before a pattern it cannot read here (a module's table): the whole
# pattern splits into runs of plain characters (no `\\`, `[`, `^`, `(`), escapes but `\A`, `\b`,
# `\B`, character classes (holding no newline or `#`, so that a verbose pattern's comments cannot
# hide anything) and groups but `(?<` (lookbehind) and `(?#` (comment); no `^` outside a class.
# Stricter than the parser, never looser; written as runs between the others, so that it cannot
# backtrack much (2 µs for a 200-character verbose pattern).
_PLAIN = r"[^\\\[^(]*"
_POSITION_FREE = (_PLAIN + r"(?:(?:\\[^AbB]|\[\^?\]?[^\\\]\n#]*(?:\\[^\n][^\\\]\n#]*)*\]|\((?!\?[<#]))"
                  + _PLAIN + ")*")
# The test that starts a match-at-position rewrite; its `else` holds the original loop.
_MATCH_GUARD = re.compile(r"\(*type\((\w+)\) is (?:str|bytes)\b")

try:
    _sre_parser: Any = importlib.import_module("re._parser")
    _sre_compiler: Any = importlib.import_module("re._compiler")
except ImportError:  # Python 3.10
    _sre_parser = importlib.import_module("sre_parse")
    _sre_compiler = importlib.import_module("sre_compile")


def match_at_position(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    cut, site, unseen = False, False, False
    for node in facts.walk(function.body):
        cut = cut or (isinstance(node, cst.Assign) and _cut(node) is not None)
        site = site or (isinstance(node, cst.Attribute) and node.attr.value in _AT_POSITION)
        unseen = unseen or isinstance(node, (cst.Global, cst.Nonlocal)) or (
            isinstance(node, cst.Name) and node.value in facts.FRAME_READERS)
    if not (cut and site) or unseen:
        return None
    return facts.repeatedly(lambda each: _rewrite_one(each, matching=True), function)


_AT_POSITION = _MATCHERS | _PREFIX_TESTS | _SEARCHES


@dataclass
class _Matching:
    """What a match-at-position rewrite of one loop found and needs."""

    function: cst.FunctionDef
    loop: cst.For | cst.While
    index: _Index
    inside: set[int] = field(default_factory=set)
    """The loop's nodes, by id."""
    loop_bound: set[str] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)
    before: list[str] = field(default_factory=list)
    """Statements before the test (the scanner of patterns)."""
    setup: list[str] = field(default_factory=list)
    """Statements before the rewritten loop (patterns compiled once)."""
    tests: list[str] = field(default_factory=list)
    compiled: dict[tuple[str, str], str] = field(default_factory=dict)
    caches: dict[str, str] = field(default_factory=dict)
    positioned: set[int] = field(default_factory=set)
    """Calls given `pos` as one more argument (`p.match(rest)`, `rest.startswith(w)`)."""
    sites: dict[int, cst.Call] = field(default_factory=dict)
    """The regex calls on the sequence, which give match objects."""
    prefix_tests: int = 0
    searches: set[int] = field(default_factory=set)
    """`rest.find(x)` and its kin, answered from `pos`."""
    strips: dict[int, cst.Assign] = field(default_factory=dict)
    """`rest = rest.lstrip()`: `pos` moves past the blanks."""
    cut_nodes: dict[int, cst.Assign] = field(default_factory=dict)
    fresh_ends: dict[int, str] = field(default_factory=dict)
    """Cuts `rest = rest[m.end():]` where `m` was surely matched at the current `pos`: `pos = m.end()`."""
    bounded: bool = False
    """Some read needs `pos` within the sequence (a length, a prefix test, a search)."""
    clamped: set[int] = field(default_factory=set)
    """Cuts alone on their line, followed by a line that keeps `pos` within the sequence."""
    fits: set[int] = field(default_factory=set)
    """Cuts that cannot pass the end: `rest = rest[len(w):]` right after `rest.startswith(w)` held."""
    kinds: set[type] = field(default_factory=set)
    """str and/or bytes: what the patterns match."""
    uses_re: bool = False
    scanner: str = ""

    def __post_init__(self) -> None:
        self.inside = {id(n) for n in facts.walk(self.loop)}
        self.loop_bound = facts.bound_anywhere(self.loop)
        self.taken = set(self.index.taken)

    def fresh(self, wanted: str) -> str:
        return facts.unused_name(self.taken, wanted)

    def type_test(self, name: str, alone: bool) -> str:
        if self.kinds == {bytes}:
            return f"type({name}) is bytes"
        if self.kinds == {str} or self.uses_re:
            return f"type({name}) is str"
        either = f"type({name}) is str or type({name}) is bytes"
        return either if alone else f"({either})"

    def add_test(self, test: str) -> None:
        if test not in self.tests:
            self.tests.append(test)

    def scanned(self, text: str) -> str:
        """The test that the pattern `text` names is one the scanner passes."""
        if not self.scanner:
            self.scanner = self.fresh("position_free")
            self.before.append(f'{self.scanner} = re.compile(r"{_POSITION_FREE}")\n')
        return f"{self.scanner}.fullmatch({text})"


@dataclass(frozen=True)
class _Constant:
    """A name bound once, before the loop, to a literal (or `re.compile` of one: `flags` set)."""

    value: object
    flags: int | None = None


@dataclass(frozen=True)
class _Fixed:
    """A name the loop does not bind (a global, a parameter, a local bound before the loop):
    the test before the loop reads the value every pass reads."""


@dataclass(frozen=True)
class _Spec:
    """The target (or one name of it) of a `for` over a table, inside the loop."""

    table: str
    element: int | None
    width: int
    items: bool
    """The `for` walks `table.items()`."""
    source: _Constant | _Fixed


def _match_read(mention: cst.Name, plan: _Plan, parents: dict[int, cst.CSTNode]) -> bool | None:
    """A regex call or prefix test on the sequence: whether it can be answered at `pos` (None for
    any other read)."""
    matching = plan.matching
    assert matching is not None
    parent = parents.get(id(mention))
    if isinstance(parent, cst.Arg):
        call = parents.get(id(parent))
        if (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
                and isinstance(call.func.value, cst.Name) and call.func.attr.value in _MATCHERS):
            return _regex_site(call, parent, plan)
        return None
    if isinstance(parent, cst.AssignTarget) and id(parents.get(id(parent))) in matching.strips:
        return True
    if not (isinstance(parent, cst.Attribute) and parent.value is mention):
        return None
    call = parents.get(id(parent))
    if not (isinstance(call, cst.Call) and call.func is parent and all(_plain(a) for a in call.args)):
        return None
    method = parent.attr.value
    if method in _PREFIX_TESTS and len(call.args) == 1:
        matching.positioned.add(id(call))
        matching.prefix_tests += 1
        matching.bounded = True  # `"ab".startswith("", 3)` is false
        return True
    if method in _SEARCHES and (len(call.args) == 1 or (
            len(call.args) == 2 and isinstance(call.args[1].value, cst.Integer))):
        matching.searches.add(id(call))
        matching.bounded = True  # `"ab".find("", 3)` is -1
        return True
    if method == "lstrip" and id(parents.get(id(call))) in matching.strips:
        return True
    return None


def _plain(arg: cst.Arg) -> bool:
    return arg.keyword is None and arg.star == ""


def _regex_site(call: cst.Call, arg: cst.Arg, plan: _Plan) -> bool:
    """`re.match(p, rest[, flags])` → `compiled.match(rest, pos)`; `P.match(rest)` → `P.match(rest, pos)`
    (also `search` and `fullmatch`), where every pattern is known to look nowhere before `pos`."""
    matching = plan.matching
    assert matching is not None and isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name)
    owner, method, args = call.func.value.value, call.func.attr.value, call.args
    if "re" in matching.index.shadowed or not all(a.star == "" for a in args):
        return False
    matching.uses_re = True
    if owner == "re":
        if len(args) not in (2, 3) or args[1] is not arg or not _plain(args[0]) or not _plain(arg):
            return False
        flags, flags_code = 0, ""
        if len(args) == 3:
            keyword = args[2].keyword
            if keyword is not None and keyword.value != "flags":
                return False
            found = _static_flags(args[2].value)
            if found is None:
                return False
            flags = found
            flags_code = ", " + ("flags=" if keyword is not None else "") + facts.code(args[2].value)
        compiled = _pattern_for(args[0].value, flags, flags_code, plan)
        if compiled is None:
            return False
        new = cst.parse_expression(f"{compiled}.{method}({plan.name}, {plan.pos})")
        plan.replaced[id(call)] = _parenthesized_like(new, call)
    else:
        if len(args) != 1 or not _plain(arg) or not _pattern_object(owner, plan):
            return False
        matching.positioned.add(id(call))
    matching.sites[id(call)] = call
    return True


def _static_flags(node: cst.BaseExpression) -> int | None:
    """The value of `re.I`, `re.M | re.X`, `2`; None for anything else, or with re.DEBUG (which prints
    when the pattern is compiled)."""
    if isinstance(node, cst.Integer):
        value = _literal(node)
    elif (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "re"
          and node.attr.value in _FLAG_NAMES):
        value = int(getattr(re, node.attr.value))
    elif isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        left, right = _static_flags(node.left), _static_flags(node.right)
        if left is None or right is None:
            return None
        value = left | right
    else:
        return None
    return None if value & re.DEBUG else value


def _string_literal(node: cst.BaseExpression) -> str | bytes | None:
    if not isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        return None
    try:
        value = ast.literal_eval(f"({facts.code(node)})")  # parenthesized: it may span lines
    except (ValueError, SyntaxError):
        return None  # an f-string
    return value if isinstance(value, (str, bytes)) else None


def _pattern_for(node: cst.BaseExpression, flags: int, flags_code: str, plan: _Plan) -> str | None:
    """The code of the compiled pattern to call in place of `re.<method>(node, …)`."""
    matching = plan.matching
    assert matching is not None
    value = _string_literal(node)
    if value is not None:
        return _precompiled(facts.code(node), value, flags, flags_code, matching)
    if not isinstance(node, cst.Name):
        return None
    source = _value_source(node.value, plan)
    if isinstance(source, _Constant):
        if source.flags is not None or not isinstance(source.value, (str, bytes)):
            return None
        return _precompiled(node.value, source.value, flags, flags_code, matching)
    if source is None or not _checked(source, node.value, "str", flags, matching):
        return None
    # Compiled when first met, as `re.match` compiles it: a bad pattern raises where it did.
    if flags_code not in matching.caches:
        matching.caches[flags_code] = matching.fresh("compiled")
        matching.setup.append(f"{matching.caches[flags_code]} = {{}}\n")
    cache, name = matching.caches[flags_code], node.value
    return f"({cache}.get({name}) or {cache}.setdefault({name}, re.compile({name}{flags_code})))"


def _precompiled(code: str, value: str | bytes, flags: int, flags_code: str, matching: _Matching) -> str | None:
    """A pattern known here: compiled once before the loop (it compiles, so nothing raises earlier)."""
    if not _position_free(value, flags):
        return None
    matching.kinds.add(type(value))
    key = (code, flags_code)
    if key not in matching.compiled:
        matching.compiled[key] = matching.fresh("pattern")
        matching.setup.append(f"{matching.compiled[key]} = re.compile({code}{flags_code})\n")
    return matching.compiled[key]


def _position_free(pattern: str | bytes, flags: int) -> bool:
    """Whether `pattern` compiles without a warning and, parsed, asserts nothing about what lies
    before the position where matching starts: then matching `s[pos:]` and matching `s` from
    `pos` give the same groups at the same offsets (`$` and `\\Z` look at the end, which is the same)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            _sre_compiler.compile(pattern, flags)
            tree = _sre_parser.parse(pattern, flags)
    except Exception:  # re.error, a warning, a pattern too deep
        return False
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, _sre_parser.SubPattern):
            stack.extend(node.data)
        elif isinstance(node, (tuple, list)):
            operator = getattr(node[0], "name", None) if len(node) == 2 else None
            if operator == "AT" and getattr(node[1], "name", None) in _BEFORE_POSITION:
                return False
            if operator in ("ASSERT", "ASSERT_NOT") and node[1][0] < 0:
                return False  # a lookbehind
            stack.extend(n for n in node if isinstance(n, (tuple, list, _sre_parser.SubPattern)))
    return True


def _pattern_object(owner: str, plan: _Plan) -> bool:
    """Whether `owner` surely holds a compiled pattern that looks nowhere before `pos` (tested
    before the loop where it is not known here)."""
    matching = plan.matching
    assert matching is not None
    source = _value_source(owner, plan)
    if isinstance(source, _Constant):
        if source.flags is None or not isinstance(source.value, (str, bytes)):
            return False
        if not _position_free(source.value, source.flags):
            return False
        matching.kinds.add(type(source.value))
        return True
    return source is not None and _checked(source, owner, "pattern", 0, matching)


def _checked(source: _Fixed | _Spec, name: str, kind: str, flags: int, matching: _Matching) -> bool:
    """Tests (added to the loop's) that every value `name` takes in the loop is a str pattern (or a
    compiled one: `kind`) the scanner passes; a table bound to a literal here is checked here."""
    if isinstance(source, _Fixed):
        matching.add_test(_check(kind, name, matching))
        matching.kinds.add(str)
        return True
    table = source.source
    if isinstance(table, _Constant) and kind == "str" and not source.items:
        if table.flags is not None or not isinstance(table.value, (list, tuple)):
            return False
        for item in table.value:
            pattern = item
            if source.element is not None:
                if not isinstance(item, (tuple, list)) or len(item) != source.width:
                    return False
                pattern = item[source.element]
            if not isinstance(pattern, (str, bytes)) or not _position_free(pattern, flags):
                return False
            matching.kinds.add(type(pattern))
        return True
    entry = matching.fresh("entry")
    if source.items:
        values = f"{source.table}.values()" if source.element == 1 else source.table
        tests = [f"type({source.table}) is dict", f"all({_check(kind, entry, matching)} for {entry} in {values})"]
    else:
        if source.element is None:
            each = _check(kind, entry, matching)
        else:
            each = (f"(type({entry}) is tuple or type({entry}) is list) and len({entry}) == {source.width}\n"
                    f"                and {_check(kind, f'{entry}[{source.element}]', matching)}")
        tests = [f"(type({source.table}) is list or type({source.table}) is tuple)",
                 f"all({each}\n                for {entry} in {source.table})"]
    for test in tests:
        matching.add_test(test)
    matching.kinds.add(str)
    return True


def _check(kind: str, value: str, matching: _Matching) -> str:
    if kind == "str":
        return f"type({value}) is str and {matching.scanned(value)}"
    return f"type({value}) is re.Pattern and type({value}.pattern) is str and {matching.scanned(value + '.pattern')}"


def _binders(index: _Index, name: str) -> list[cst.CSTNode]:
    """The nodes in the function that bind `name`, in any way."""
    return [node for node in index.nodes if _binds(node, name)]


def _binds(node: cst.CSTNode, name: str) -> bool:
    """Whether `node` itself binds `name`."""
    if isinstance(node, cst.Assign):
        bound: frozenset[str] | set[str] = frozenset().union(*(purity.target_names(t.target) for t in node.targets))
    elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
        bound = purity.target_names(node.target)
    elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
        bound = purity.target_names(node.name)
    else:
        bound = facts.bound_otherwise(node)
    return name in bound


def _value_source(name: str, plan: _Plan) -> _Constant | _Fixed | _Spec | None:
    """Where the value `name` has in the loop comes from, when it is one the rewrite can know."""
    matching = plan.matching
    assert matching is not None
    index, function = matching.index, matching.function
    if name in {plan.name, plan.pos}:
        return None
    parameter = name in facts.parameters(function)
    binders = _binders(index, name)
    if any(id(b) in matching.inside for b in binders):
        if len(binders) == 1 and not parameter and isinstance(binders[0], cst.For):
            return _spec_of(binders[0], name, plan)
        return None
    if not binders and not parameter:
        return _Fixed()  # a global: the same object all through the loop
    if name in index.deleted or name not in _bound_before(function, matching.loop, index):
        return None
    if len(binders) == 1 and not parameter:
        constant = _constant_value(binders[0], name, plan)
        if constant is not None:
            return constant
    return _Fixed()


def _constant_value(binder: cst.CSTNode, name: str, plan: _Plan) -> _Constant | None:
    """`name = <literal>` or `name = re.compile(<literal>[, flags])` before the loop; a list only
    where nothing but a `for` reads it (nothing can change it)."""
    matching = plan.matching
    assert matching is not None
    if not (isinstance(binder, cst.Assign) and len(binder.targets) == 1):
        return None
    preceding = [s for s in _preceding(matching.loop, matching.index) if isinstance(s, cst.SimpleStatementLine)]
    if not any(binder is small for s in preceding for small in s.body):
        return None
    value = binder.value
    if (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and isinstance(value.func.value, cst.Name)
            and value.func.value.value == "re" and value.func.attr.value == "compile" and 1 <= len(value.args) <= 2
            and all(_plain(a) or (a.keyword is not None and a.keyword.value == "flags") for a in value.args)
            and _plain(value.args[0])):
        pattern = _string_literal(value.args[0].value)
        flags = _static_flags(value.args[1].value) if len(value.args) == 2 else 0
        return None if pattern is None or flags is None else _Constant(pattern, flags)
    try:
        literal = ast.literal_eval(facts.code(value).strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    if isinstance(literal, list):
        parents = matching.index.parents
        for node in matching.index.nodes:
            if (isinstance(node, cst.Name) and node.value == name and not facts.in_a_target(node, parents)
                    and not _walked(node, parents)):
                return None
    return _Constant(literal)


def _spec_of(loop: cst.For, name: str, plan: _Plan) -> _Spec | None:
    """`for kind, pattern in TABLE` (or `in TABLE.items()`, or `for pattern in TABLE`) in the loop,
    the table the same object on every pass and only walked there."""
    matching = plan.matching
    assert matching is not None
    if loop.asynchronous is not None:
        return None
    target = loop.target
    element: int | None = None
    width = 1
    if isinstance(target, (cst.Tuple, cst.List)):
        names = [e.value.value if isinstance(e, cst.Element) and isinstance(e.value, cst.Name) else None
                 for e in target.elements]
        if None in names or names.count(name) != 1:
            return None
        element, width = names.index(name), len(names)
    elif not isinstance(target, cst.Name):
        return None
    walked = loop.iter
    items = (isinstance(walked, cst.Call) and not walked.args and isinstance(walked.func, cst.Attribute)
             and walked.func.attr.value == "items")
    if items:
        assert isinstance(walked, cst.Call) and isinstance(walked.func, cst.Attribute)
        walked = walked.func.value
        if width != 2:
            return None
    if not isinstance(walked, cst.Name):
        return None
    table = walked.value
    source = _value_source(table, plan)
    if not isinstance(source, (_Constant, _Fixed)):
        return None
    parents = matching.index.parents
    for node in matching.index.nodes:  # the table is only walked in the loop
        if (id(node) in matching.inside and isinstance(node, cst.Name) and node.value == table
                and not facts.not_a_variable(node, parents) and not _walked(node, parents)):
            return None
    return _Spec(table, element, width, items, source)


def _walked(node: cst.Name, parents: dict[int, cst.CSTNode]) -> bool:
    """`for … in node:` or `for … in node.items():`."""
    parent = parents.get(id(node))
    if isinstance(parent, cst.For):
        return parent.iter is node
    call = parents.get(id(parent)) if isinstance(parent, cst.Attribute) and parent.attr.value == "items" else None
    holder = parents.get(id(call)) if isinstance(call, cst.Call) and call.func is parent and not call.args else None
    return isinstance(holder, cst.For) and holder.iter is call


def _varying_read(read: cst.BaseSlice, plan: _Plan) -> str | None:
    """`rest[i]`, `rest[:j]`, `rest[:length + 6]` with a bound that may change from pass to pass
    (it names a name the loop binds, or it is arithmetic): `rest[pos + i]` where it holds a
    non-negative int (the same item, or the same IndexError), the copied rest indexed otherwise."""
    if isinstance(read, cst.Index) and read.star is None:
        bounds: list[cst.BaseExpression | None] = [read.value]
    elif isinstance(read, cst.Slice) and read.step is None:
        bounds = [read.lower, read.upper]
    else:
        return None
    if all(b is None or isinstance(b, cst.Integer) or (isinstance(b, cst.Name) and b.value not in plan.loop_bound)
           for b in bounds):
        return None  # tested once before the loop instead
    if not all(b is None or (_arithmetic(b, plan) and not _from_the_end(b)) for b in bounds):
        return None  # `rest[-1]` reads from the end: the walk has nothing to give
    name, pos = plan.name, plan.pos
    varying = dict.fromkeys(facts.code(b) for b in bounds if b is not None and not isinstance(b, cst.Integer))
    tests = " and ".join(f"type({v}) is int and {v} >= 0" for v in varying)
    if isinstance(read, cst.Index):
        fast = f"{name}[{_shifted(pos, read.value)}]"
    else:
        fast = f"{name}[{_shifted(pos, read.lower)}:{'' if read.upper is None else _shifted(pos, read.upper)}]"
    return f"({fast} if {tests} else {name}[{pos}:][{facts.code(read)}])"


def _constant(bound: cst.BaseExpression) -> bool:
    """An int literal, negative or not."""
    return isinstance(bound, cst.Integer) or _from_the_end(bound)


def _from_the_end(bound: cst.BaseExpression) -> bool:
    return (isinstance(bound, cst.UnaryOperation) and isinstance(bound.operator, cst.Minus)
            and isinstance(bound.expression, cst.Integer))


_ARITHMETIC = (cst.Add, cst.Subtract, cst.Multiply, cst.FloorDivide, cst.Modulo)


def _arithmetic(bound: cst.BaseExpression, plan: _Plan) -> bool:
    """Names (not the sequence's) and int literals under `+ - * // %` and unary minus: cheap to
    read again, and `pos + bound` parses as `pos + (bound)`."""
    if isinstance(bound, cst.Integer):
        return True
    if isinstance(bound, cst.Name):
        return bound.value not in {plan.name, plan.pos, "True", "False", "None"}
    if isinstance(bound, cst.UnaryOperation):
        return isinstance(bound.operator, cst.Minus) and _arithmetic(bound.expression, plan)
    if isinstance(bound, cst.BinaryOperation):
        return (isinstance(bound.operator, _ARITHMETIC) and _arithmetic(bound.left, plan)
                and _arithmetic(bound.right, plan))
    return False


def _matching_ok(plan: _Plan, index: _Index) -> bool:
    """After every mention was read through: the match objects are used only in ways that do not
    see where their string starts, and each cut's step is known to be a non-negative int or is
    rewritten with a test."""
    matching = plan.matching
    assert matching is not None
    if not matching.sites and not matching.prefix_tests and not matching.searches:
        return False  # nothing matched at a position: walk-not-reslice's loop
    for strip in matching.strips.values():
        line = index.parents.get(id(strip))
        if not (isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1):
            return False
    if len(matching.kinds) > 1:
        return False
    names: set[str] = set()
    for call in matching.sites.values():
        parent = index.parents.get(id(call))
        if (isinstance(parent, cst.Assign) and parent.value is call and len(parent.targets) == 1
                and isinstance(parent.targets[0].target, cst.Name)):
            names.add(parent.targets[0].target.value)
        elif isinstance(parent, cst.NamedExpr) and parent.value is call and isinstance(parent.target, cst.Name):
            names.add(parent.target.value)
        elif not _match_kept(call, index.parents):
            return False
    if not all(_match_name_ok(m, plan, index) for m in sorted(names)):
        return False
    for key, cut in plan.cuts.items():
        assign = matching.cut_nodes[key]
        line = index.parents.get(id(assign))
        alone = isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1
        if _bounded_step(cut.step, names):
            fresh = _fresh_end(cut.step, names, assign, plan, index)
            if fresh is not None:
                matching.fresh_ends[key] = fresh
            elif matching.bounded and _fits(cut.step, assign, plan, index):
                matching.fits.add(key)
            elif matching.bounded and alone and cut.element is None:
                matching.clamped.add(key)
            continue
        if cut.element is not None or not alone:
            return False
        plan.general.add(key)
        plan.step = plan.step or matching.fresh("step")
    return True


def _bounded_step(step: cst.BaseExpression, match_names: set[str]) -> bool:
    """An int literal, `len(…)` or `m.end()` of a match: surely a non-negative int."""
    if isinstance(step, cst.Integer):
        return True
    if not (isinstance(step, cst.Call) and all(_plain(a) for a in step.args)):
        return False
    if isinstance(step.func, cst.Name):
        return step.func.value == "len" and len(step.args) == 1
    return (isinstance(step.func, cst.Attribute) and isinstance(step.func.value, cst.Name) and not step.args
            and step.func.value.value in match_names and step.func.attr.value == "end")


def _fresh_end(step: cst.BaseExpression, match_names: set[str], assign: cst.Assign, plan: _Plan,
               index: _Index) -> str | None:
    """`m` where the step is `m.end()` and `m` was surely matched at the current `pos`: bound by a
    match on the sequence earlier in the cut's block (or in the test of the `if`/`while` whose body
    that is), with no cut and no other binding of `m` in between."""
    matching = plan.matching
    assert matching is not None
    if not (isinstance(step, cst.Call) and isinstance(step.func, cst.Attribute) and step.func.attr.value == "end"
            and isinstance(step.func.value, cst.Name) and step.func.value.value in match_names):
        return None
    name = step.func.value.value
    binding, test = _just_before(assign, name, plan, index)
    single = None if binding is None else facts.single_assign(binding)
    if single is not None and id(single[1]) in matching.sites:
        return name
    if (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
            and isinstance(test.comparisons[0].operator, cst.IsNot)):
        test = test.left
    if (isinstance(test, cst.NamedExpr) and isinstance(test.target, cst.Name) and test.target.value == name
            and id(test.value) in matching.sites):
        return name
    return None


def _fits(step: cst.BaseExpression, assign: cst.Assign, plan: _Plan, index: _Index) -> bool:
    """`rest = rest[2:]` in the body of `if rest.startswith("=="):` (a literal at least that long),
    nothing changing the rest in between: the step cannot pass the end.  (Not `rest[len(w):]`
    after `rest.startswith(w)`: `w` may be a tuple of prefixes.)"""
    matching = plan.matching
    assert matching is not None
    if not isinstance(step, cst.Integer):
        return False
    _, test = _just_before(assign, "", plan, index)
    if not (isinstance(test, cst.Call) and id(test) in matching.positioned and isinstance(test.func, cst.Attribute)
            and test.func.attr.value == "startswith"):
        return False
    value = _string_literal(test.args[0].value)
    return value is not None and len(value) >= _literal(step)


def _just_before(assign: cst.Assign, name: str, plan: _Plan,
                 index: _Index) -> tuple[cst.BaseStatement | None, cst.BaseExpression | None]:
    """What ran last before the cut `assign` (alone on its line) without changing the sequence:
    going back through its block, the statement that binds `name` (and no test), or the test of
    the `if`/`while` whose body the block is; None where a cut, a strip or another binding of
    `name` comes first."""
    matching = plan.matching
    assert matching is not None
    parents = index.parents
    line = parents.get(id(assign))
    block = parents.get(id(line))
    if not (isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1
            and isinstance(block, cst.IndentedBlock)):
        return None, None
    before = block.body[:next(i for i, s in enumerate(block.body) if s is line)]
    for statement in reversed(before):
        single = facts.single_assign(statement)
        if single is not None and single[0].value == name:
            return statement, None
        for node in facts.walk(statement):
            if id(node) in plan.cuts or id(node) in matching.strips or _binds(node, name):
                return None, None
    owner = parents.get(id(block))
    if isinstance(owner, (cst.If, cst.While)) and owner.body is block:
        return None, owner.test
    return None, None


def _match_kept(node: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    """A match object used only for what it answers alike wherever its string started."""
    parent = parents.get(id(node))
    if isinstance(parent, cst.Attribute) and parent.value is node:
        return parent.attr.value in _MATCH_KEEPS
    if isinstance(parent, cst.Subscript) and parent.value is node:
        return not facts.in_a_target(parent, parents)
    if facts.truth_tested(node, parents):
        return True
    if isinstance(parent, cst.Comparison) and parent.left is node and len(parent.comparisons) == 1:
        comparison = parent.comparisons[0]
        return (isinstance(comparison.operator, (cst.Is, cst.IsNot)) and isinstance(comparison.comparator, cst.Name)
                and comparison.comparator.value == "None")
    return False


def _match_name_ok(name: str, plan: _Plan, index: _Index) -> bool:
    """A name bound to the loop's match objects (or None) and nothing else, used only as
    `_match_kept` allows or for `.start()`/`.end()` in the loop, which become offsets from `m.pos`
    (where the original's string started)."""
    matching = plan.matching
    assert matching is not None
    if name in facts.parameters(index.function) or name in {plan.name, plan.pos} or _captured(index, name):
        return False
    parents = index.parents
    for node in index.nodes:
        if not (isinstance(node, cst.Name) and node.value == name) or facts.not_a_variable(node, parents):
            continue
        parent = parents.get(id(node))
        if facts.in_a_target(node, parents):
            if isinstance(parent, cst.AssignTarget):
                assign = parents.get(id(parent))
                if not (isinstance(assign, cst.Assign) and len(assign.targets) == 1 and parent.target is node and (
                        id(assign.value) in matching.sites
                        or (isinstance(assign.value, cst.Name) and assign.value.value == "None"))):
                    return False
            elif not (isinstance(parent, cst.NamedExpr) and parent.target is node
                      and id(parent.value) in matching.sites):
                return False
            continue
        if isinstance(parent, cst.Attribute) and parent.value is node and parent.attr.value in ("start", "end"):
            call = parents.get(id(parent))
            if not (isinstance(call, cst.Call) and call.func is parent and not call.args
                    and id(call) in matching.inside):
                return False  # after the loop the rewrite's `.end()` would not be translated
            plan.replaced[id(call)] = cst.parse_expression(f"({name}.{parent.attr.value}() - {name}.pos)")
            continue
        if not _match_kept(node, parents):
            return False
    return True


def _step_of(assign: cst.Assign, element: int | None) -> cst.BaseExpression:
    """The step of the (rewritten) cut `assign`: `k` in `rest = rest[k:]`."""
    value = assign.value
    if element is not None:
        assert isinstance(value, cst.Tuple)
        value = value.elements[element].value
    assert isinstance(value, cst.Subscript) and isinstance(value.slice[0].slice, cst.Slice)
    lower = value.slice[0].slice.lower
    assert lower is not None
    return lower


def _is_strip(assign: cst.Assign, name: str) -> bool:
    """`name = name.lstrip()`."""
    target, value = assign.targets[0].target, assign.value
    return (len(assign.targets) == 1 and isinstance(target, cst.Name) and target.value == name
            and isinstance(value, cst.Call) and not value.args and isinstance(value.func, cst.Attribute)
            and value.func.attr.value == "lstrip" and isinstance(value.func.value, cst.Name)
            and value.func.value.value == name)


def _searched(call: cst.Call, pos: str) -> cst.BaseExpression:
    """`rest.find(x[, a])` → `max(rest.find(x, pos[ + a]) - pos, -1)`; `index` raises where it did."""
    assert isinstance(call.func, cst.Attribute)
    if len(call.args) == 1:
        moved = _with_argument(call, pos)
    else:
        start = call.args[1]
        moved = call.with_changes(args=[call.args[0], start.with_changes(
            value=cst.parse_expression(_shifted(pos, start.value)))])
    if call.func.attr.value in ("find", "rfind"):
        return cst.parse_expression(f"max({facts.code(moved)} - {pos}, -1)")
    return cst.parse_expression(f"({facts.code(moved)} - {pos})")


def _with_argument(call: cst.Call, name: str) -> cst.Call:
    args = list(call.args)
    args[-1] = args[-1].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    return call.with_changes(args=[*args, cst.Arg(cst.Name(name))])
