"""Recipes for sliding windows: `sum(xs[a:b])` inside a loop (`window-prefix-sums`), counting
the items of `xs[a:b]` that pass a test (`window-prefix-counts`, below), and the passing items
gathered in a list only to be summed and counted (`filtered-window-totals`, at the end).

Summing a fresh slice on every pass costs the window's length each time, so a moving
total over n items with windows of k costs n·k additions and n slices.  Prefix sums
built once before the loop (`prefix[j]` is the sum of the first j items) give any
window's sum by one subtraction.

Only whole numbers make this exact: integer addition is exact in any order, while
floats rounded in a running total differ in the last bits from a fresh sum (and
Python 3.12's `sum` compensates float rounding besides).  So the prefix sums are
built only when `xs` is a list or tuple of plain ints (`type(v) is int`: bools and
int subclasses may add differently), and every window falls back to the original
`sum(xs[a:b])` otherwise:

    xs_prefix = list(itertools.accumulate(xs, initial=0)) if isinstance(xs, (list, tuple)) and all(...) else None
    ... (xs_prefix[high] - xs_prefix[low]
         if xs_prefix is not None and 0 <= (low := a) <= (high := b) < len(xs_prefix)
         else sum(xs[a:b])) ...

A window that lies inside the list takes the subtraction; any other (a negative or
out-of-range bound, a start past the stop) and any window of a sequence that is not
all ints is summed by the original expression, which evaluates `a` and `b` again, so
they must be free of side effects.  The build reads `xs` only when it is a list or
tuple, so it cannot raise or consume an iterator even where the loop would not have
run.  A bound that is not an integer (a float) fails on the fast path with "list
indices must be integers…" where slicing says "slice indices must be integers…": same
TypeError, different words.

Measured here (Python 3.11, 100,000 ints, `for i in range(len(xs) - k + 1):
out.append(sum(xs[i:i + k]))`, best of 5, build included): k = 50: 0.084 s against
0.036 s, 2.35×; k = 5: 1.07×.  With floats the extra test costs 1–3%.

The prefix sums are a snapshot, so nothing may change `xs` while the statement that
holds the loop runs: `xs` is not rebound there, no method is called on it, it is not
handed to any call that is not a pure builtin, and because another name may hold the
same list, every call must be pure or a method of a list, dict or set the function made
itself, every item or attribute assignment must go to such a container, and `+=` may
not target a parameter or a name that could hold `xs`.  No `yield` or `await` (other
code would run mid-loop).  `xs` must be a parameter or bound before the statement in
the same block.  Only loops among the function's own statements (also inside `if`,
`with` and `try` blocks) and comprehensions in them are looked at.

Counting over windows.  The same subtraction counts the items of a window that pass a test,
written as an inner loop (the counter set to 0 right before it), `.count` or a summed
generator:

    n = 0                                   xs[a:b].count(v)
    for x in xs[a:b]:                       sum(1 for x in xs[a:b] if test)
        if test:                            sum(test for x in xs[a:b])
            n += 1

`xs_counts[j]` is how many of the first j items pass (`itertools.accumulate` over one bool per
item); counts are ints, so no order of addition can change them.  The build runs the test on
every item, also on items no window covers and before the loop, so the test must answer by
value alone, without effects and without raising.  Only these tests qualify: the item compared
with constants or variables (`x == "G"`, `0 < x <= 10`, `x % 2 == 0`), looked up in a str
constant, a display of constants or a variable (`ch in "GCgc"`, `ch in VOWELS`), `x is None`,
the str predicates (`ch.isupper()`, `ch.isdigit()`…), and `not`/`and`/`or` of those.  Each
is exact for strs or for ints (or any item, `is None`), so before building, the sequence must
be a str (its items are one-character strs) or a list or tuple whose items all have exactly
that type, and every variable the test reads must hold a value of that type (for `in`: a str,
or a set of such values); otherwise every window runs the original code.  `ch in s` on strs
is a substring search, but the build runs the very same expression on the very same items, so
it agrees whatever the items' lengths.  On a str, `.count(v)` counts substrings, which equals
counting items equal to `v` only for a one-character `v` (checked at run time; a longer one
takes the original); list and tuple `.count` compare by `==` (after identity), which for ints
and strs is `item == v`.  A test that mixes str and int checks (`x == "G" or x == 7`) has no
item type it is exact for, and is refused.

An inner counting loop becomes `if <window inside>: n = counts[high] - counts[low]`, with the
loop itself as the `else:`.  It must be exactly `if test: n += 1` (no `elif`/`else`, no other
statement, no `break`, no `else:` on the loop), after `n = 0` in the statement just before.  The
loop variable keeps the window's last item after the loop, which the fast path does not set,
so it may occur nowhere else in the function (a function calling `locals`, `vars`, `eval` or
`exec` is left alone).  Refused as well: tests calling anything else (`is_gc(c)`,
`c.startswith(p)`), reading a name the statement rebinds (the outer loop's `i`, `seq[i]`), a
`.count` of anything but a constant or a variable, and everything the sums refuse above (the
sequence or a set the test reads may change, a step, `yield`).  A variable the test reads
must be a parameter, bound before the statement, or a global; it is read when building even
where the loop would not run (a missing global then raises NameError early).

Measured here (Python 3.11, a 15,000-character random DNA-like string, step 1, best of 5,
build included):

    shape                                     k = 250                   k = 5
    inner loop, `ch in "GCgc"`                0.188 s → 0.0040 s, 47×   0.0128 s → 0.0031 s, 4.2×
    `sum(1 for ch in w if ch.isupper())`      0.255 s → 0.0039 s, 66×   0.0137 s → 0.0027 s, 5.2×
    `seq[i:i + k].count("G")`                 0.0056 s → 0.0026 s, 2.2×  0.0025 s → 0.0026 s, 0.98×

`str.count` runs in C, so for short windows building the counts in Python costs about what it
saves.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# Names the rewrite calls; if the function binds one of them it means something else.
_USED = frozenset({"itertools", "sum", "range", "len", "list", "tuple", "isinstance", "all", "type", "int"})
_USED_BY_COUNTS = _USED | {"str", "set", "frozenset"}
# Calls that see (or change) which locals exist: the counting loop leaves its variable unset
# on the fast path.
_INTROSPECTION = frozenset({"locals", "vars", "eval", "exec"})
# The test in front of a window already rewritten: `xs_prefix is not None` (or `xs_counts`).
_PREFIX_BUILT = m.Comparison(
    left=m.Name(), comparisons=[m.ComparisonTarget(operator=m.IsNot(), comparator=m.Name("None"))])


@dataclass(frozen=True)
class _Site:
    """One window to read from a prefix: the node it replaces (a call, or an inner loop that
    counts), the sequence, and what the prefix accumulates over it."""

    node: cst.Call | cst.For
    sequence: str
    items: str
    """What `itertools.accumulate` adds up: the sequence itself, or one bool per item."""
    condition: str
    """When adding up `items` is exact, checked at run time before building."""
    guarded: frozenset[str] = field(default_factory=frozenset)
    """Names besides the sequence whose objects must not change while the statement runs."""
    fixed: frozenset[str] = field(default_factory=frozenset)
    """Names of immutable values the items are tested against: they must not be rebound."""
    counter: str | None = None
    """An inner counting loop's counter, set on the fast path instead of running the loop."""


_Finder = Callable[[cst.CSTNode, frozenset[str]], Iterator[_Site]]


def window_sums_from_prefix(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not any(isinstance(n, cst.Call) and _summed_slice(n) for n in facts.quick_walk(function.body)):
        return None  # the common case, answered before the analysis below
    taken = facts.bound_in(function.body) | facts.parameters(function)
    if taken & _USED or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None

    def sums(part: cst.CSTNode, known: frozenset[str]) -> Iterator[_Site]:
        for call in facts.walk(part):
            window = _summed_slice(call) if isinstance(call, cst.Call) else None
            if window is None or not _window_usable(window, known, taken):
                continue
            assert isinstance(call, cst.Call)
            xs = _sequence(window)
            yield _Site(call, xs, xs, f"isinstance({xs}, (list, tuple)) and all(type(v) is int for v in {xs})")

    return facts.repeatedly(lambda f: _rewrite_one(f, taken, sums, "prefix"), function)


def _rewrite_one(function: cst.FunctionDef, taken: set[str], find: _Finder, stem: str) -> cst.FunctionDef | None:
    """The first group of windows (same sequence, same items accumulated) in one of the
    function's statements rewritten to read a prefix built just before that statement."""
    parameters = facts.parameters(function)
    fresh = purity.fresh_containers(function.body, parameters)
    for block, index, known in own_statements(function.body, frozenset(parameters)):
        statement = block[index]
        found: dict[int, _Site] = {}
        for part in facts.loop_parts(statement):
            ours = _fallbacks(part)
            found.update((id(s.node), s) for s in find(part, known) if id(s.node) not in ours)
        groups: dict[tuple[str, str, str], dict[int, _Site]] = {}
        for key, site in found.items():
            bounds = _window_of(site.node)
            assert bounds is not None
            # A window inside another's bounds would overwrite its `low`/`high` mid-test.
            if not any(id(n) in found for n in facts.walk(bounds.slice[0])):
                groups.setdefault((site.sequence, site.items, site.condition), {})[key] = site
        for sites in groups.values():
            first = next(iter(sites.values()))
            guarded = {first.sequence}.union(*(s.guarded for s in sites.values()))
            if not all(purity.unchanged_while_running(statement, name, function, parameters, fresh, taken)
                       for name in sorted(guarded)):
                continue
            if any(s.fixed & facts.bound_in(statement) for s in sites.values()):
                continue
            prefix = facts.fresh_name(function, f"{first.sequence}_{stem}")
            low, high = facts.fresh_name(function, "low"), facts.fresh_name(function, "high")
            build = cst.parse_statement(
                f"{prefix} = list(itertools.accumulate({first.items}, initial=0)) if {first.condition} else None\n")
            rewritten = statement.visit(_WindowReads(sites, prefix, low, high))
            assert isinstance(rewritten, cst.BaseStatement)
            if isinstance(statement, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
                # Comments above the statement stay above the code that now starts it.
                build = build.with_changes(leading_lines=statement.leading_lines)
                rewritten = rewritten.with_changes(leading_lines=())
            result = facts.replace_statement(function, statement, [build, rewritten])
            if not facts.compiles(result):
                continue  # e.g. a window in a comprehension's iterable, where `:=` is not allowed
            return result
    return None


def _fallbacks(part: cst.CSTNode) -> set[int]:
    """The original expressions kept as the slow path of windows already rewritten."""
    return {id(n.orelse) for n in facts.walk(part)
            if isinstance(n, cst.IfExp) and m.matches(n.test, m.BooleanOperation(left=_PREFIX_BUILT))}


def own_statements(block: cst.BaseSuite, outer: frozenset[str] = frozenset()
                    ) -> Iterator[tuple[Sequence[cst.BaseStatement], int, frozenset[str]]]:
    """The function's statements, each with its block and the locals bound before it there or
    in the blocks around it; through `if`, `with` and `try` (a loop's own body is covered by
    its loop parts; nested functions and classes are not)."""
    if not isinstance(block, cst.IndentedBlock):
        return
    statements = list(block.body)
    for index, statement in enumerate(statements):
        known = outer | set(facts.assigned_before(statements, index))
        yield statements, index, known
        inner: list[cst.BaseSuite] = []
        if isinstance(statement, cst.If):
            inner.append(statement.body)
            orelse = statement.orelse
            while isinstance(orelse, cst.If):
                inner.append(orelse.body)
                orelse = orelse.orelse
            if orelse is not None:
                inner.append(orelse.body)
        elif isinstance(statement, cst.With):
            inner.append(statement.body)
        elif isinstance(statement, cst.Try):
            inner += [statement.body, *(h.body for h in statement.handlers)]
            inner += [s.body for s in (statement.orelse, statement.finalbody) if s is not None]
        for suite in inner:
            yield from own_statements(suite, known)


def _plain_window(node: cst.BaseExpression) -> cst.Subscript | None:
    """`xs[a:b]`, `xs[a:]`, `xs[:b]` of a variable, without a step."""
    if not (isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and len(node.slice) == 1):
        return None
    bounds = node.slice[0].slice
    return node if isinstance(bounds, cst.Slice) and bounds.step is None else None


def _sequence(window: cst.Subscript) -> str:
    assert isinstance(window.value, cst.Name)
    return window.value.value


def _window_usable(window: cst.Subscript, known: frozenset[str], shadowed: set[str]) -> bool:
    """The sequence is bound before the statement, and the window's bounds can be evaluated a
    second time (on the slow path) without effect."""
    return _sequence(window) in known and purity.is_pure_expression(window, shadowed)


def _summed_slice(call: cst.Call) -> cst.Subscript | None:
    """`xs[a:b]` when the call is `sum(xs[a:b])` (no step, no start value)."""
    if not (isinstance(call.func, cst.Name) and call.func.value == "sum"):
        return None
    if len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
        return None
    return _plain_window(call.args[0].value)


def _window_of(node: cst.Call | cst.For) -> cst.Subscript | None:
    """The window a site reads, in any of the shapes the two recipes rewrite."""
    if isinstance(node, cst.For):
        return _plain_window(node.iter)
    counted = _counted_call(node)
    return counted[0] if counted is not None else _summed_slice(node)


def _inside(window: cst.Subscript, prefix: str, low: str, high: str) -> str:
    """The test that the prefix was built and the window lies inside the sequence, binding the
    window's bounds to `low` and `high` (a missing bound: the sequence's start or end)."""
    bounds = window.slice[0].slice
    assert isinstance(bounds, cst.Slice)
    lower = facts.code(bounds.lower) if bounds.lower is not None else "0"
    upper = facts.code(bounds.upper) if bounds.upper is not None else f"len({prefix}) - 1"
    return f"{prefix} is not None and 0 <= ({low} := {lower}) <= ({high} := {upper}) < len({prefix})"


class _WindowReads(cst.CSTTransformer):
    """Each chosen window → the prefix difference where the window lies inside the sequence and
    the prefix was built, the original code otherwise (negative, clipped or reversed bounds, a
    sequence of other items), its bounds evaluated again."""

    def __init__(self, sites: dict[int, _Site], prefix: str, low: str, high: str) -> None:
        self.sites, self.prefix, self.low, self.high = sites, prefix, low, high

    def _fast(self, node: cst.Call | cst.For) -> tuple[str, str]:
        """The test that takes the fast path, and the window's count or sum on it."""
        window = _window_of(node)
        assert window is not None
        p, low, high = self.prefix, self.low, self.high
        return _inside(window, p, low, high), f"{p}[{high}] - {p}[{low}]"

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if id(original_node) not in self.sites:
            return updated_node
        inside, value = self._fast(updated_node)
        return cst.parse_expression(f"({value} if {inside} else {facts.code(updated_node)})")

    def leave_For(self, original_node: cst.For, updated_node: cst.For
                  ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement] | cst.RemovalSentinel:
        site = self.sites.get(id(original_node))
        if site is None:
            return updated_node
        inside, value = self._fast(updated_node)
        fast = cst.parse_statement(f"if {inside}:\n    {site.counter} = {value}\nelse:\n    pass\n")
        assert isinstance(fast, cst.If)
        slow = cst.Else(body=cst.IndentedBlock(body=[updated_node.with_changes(leading_lines=())]))
        return fast.with_changes(orelse=slow, leading_lines=updated_node.leading_lines)


# --- counting the items of a window that pass a test ---------------------------------------

COUNTS_EXPLANATION = (
    "each pass counts again the items of a slice of the same sequence that pass a test (a sliding "
    "window, O(n·k)); running counts of passing items, built once for strings or whole numbers, "
    "give each window's count by one subtraction")

# Predicates of a str that read only its characters, cannot raise and return a bool.
_STR_PREDICATES = frozenset({"isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                             "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"})
_ORDER = (cst.Equal, cst.NotEqual, cst.LessThan, cst.LessThanEqual, cst.GreaterThan, cst.GreaterThanEqual)
_KINDS = frozenset({"str", "int"})


@dataclass(frozen=True)
class _Test:
    """What a test on one item is exact for: the item types it cannot raise on and answers by
    value alone (None: any item, as `x is None`), and the variables it reads, which must hold
    a value of the item's type (`scalars`) or a str or set of such values (`containers`)."""

    kinds: frozenset[str] | None
    scalars: frozenset[str] = frozenset()
    containers: frozenset[str] = frozenset()

    def both(self, other: _Test) -> _Test | None:
        if self.kinds is None or other.kinds is None:
            kinds = other.kinds if self.kinds is None else self.kinds
        else:
            kinds = self.kinds & other.kinds
            if not kinds:
                return None  # e.g. `x.isupper() and x > 0`: no item type passes both without raising
        return _Test(kinds, self.scalars | other.scalars, self.containers | other.containers)


def window_counts_from_prefix(function: cst.FunctionDef) -> cst.FunctionDef | None:
    try:
        return _counts_from_prefix(function)
    except Exception:  # a shape no check above foresaw: no rewrite rather than no answer
        return None


def _counts_from_prefix(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not any(_counting_shape(n) for n in facts.quick_walk(function.body)):
        return None  # the common case, answered before the analysis below
    taken = _plain_scope(function)
    if taken is None:
        return None
    names = [n.value for n in facts.walk(function) if isinstance(n, cst.Name)]
    item = facts.fresh_name(function, "item")

    def counts(part: cst.CSTNode, known: frozenset[str]) -> Iterator[_Site]:
        for node in facts.walk(part):
            if isinstance(node, cst.Call) and (found := _counted_call(node)) is not None:
                window, var, test, value = found
                if value is not None:  # `xs[a:b].count(v)` counts the items equal to v
                    var, test = item, cst.Comparison(cst.Name(item), [cst.ComparisonTarget(cst.Equal(), value)])
                assert var is not None and test is not None
                site = _count_site(node, window, var, test, value, known, taken)
                if site is not None:
                    yield site
            elif isinstance(node, cst.IndentedBlock):
                for before, loop in itertools.pairwise(node.body):
                    shape = _counting_loop(loop)
                    if shape is None or not _starts_at_zero(before, shape[3]):
                        continue
                    assert isinstance(loop, cst.For)
                    window, var, test, counter = shape
                    # The loop variable keeps its last item after the loop, but not on the fast
                    # path: it may be read nowhere else (names counted in the function as given).
                    if counter == var or names.count(var) != 1 + sum(
                            isinstance(n, cst.Name) and n.value == var for n in facts.walk(test)):
                        continue
                    site = _count_site(loop, window, var, test, None, known, taken)
                    if site is not None:
                        yield _Site(loop, site.sequence, site.items, site.condition, site.guarded, site.fixed,
                                    counter)

    return facts.repeatedly(lambda f: _rewrite_one(f, taken, counts, "counts"), function)


def _plain_scope(function: cst.FunctionDef) -> set[str] | None:
    """The function's locals and parameters, or None where it rebinds a name the rewrite calls,
    declares a global or nonlocal, or can see its locals unnamed (the counting loop leaves its
    variable unset on the fast path)."""
    taken = facts.bound_in(function.body) | facts.parameters(function)
    if taken & _USED_BY_COUNTS or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    if _INTROSPECTION & {n.value for n in facts.walk(function) if isinstance(n, cst.Name)}:
        return None
    return taken


def _counting_shape(node: cst.CSTNode) -> bool:
    """A quick look for something to count, before any analysis."""
    if isinstance(node, cst.Call):
        return _counted_call(node) is not None
    return isinstance(node, cst.For) and _counting_loop(node) is not None


def _counted_call(call: cst.Call) -> tuple[
        cst.Subscript, str | None, cst.BaseExpression | None, cst.BaseExpression | None] | None:
    """The window, the item's variable, its test and the counted value for `xs[a:b].count(v)`
    (only the value), `sum(1 for x in xs[a:b] if test)` and `sum(test for x in xs[a:b])` (no
    value)."""
    func, args = call.func, call.args
    if len(args) != 1 or args[0].keyword is not None or args[0].star:
        return None
    if isinstance(func, cst.Attribute) and func.attr.value == "count":
        window = _plain_window(func.value)
        return (window, None, None, args[0].value) if window is not None else None
    generator = args[0].value
    if not (isinstance(func, cst.Name) and func.value == "sum" and isinstance(generator, cst.GeneratorExp)):
        return None
    clause = generator.for_in
    window = _plain_window(clause.iter)
    if window is None or clause.inner_for_in is not None or clause.asynchronous is not None:
        return None
    if not isinstance(clause.target, cst.Name):
        return None
    if not clause.ifs:
        return window, clause.target.value, generator.elt, None
    if len(clause.ifs) == 1 and m.matches(generator.elt, m.Integer("1")):
        return window, clause.target.value, clause.ifs[0].test, None
    return None


def _counting_loop(loop: cst.BaseStatement) -> tuple[cst.Subscript, str, cst.BaseExpression, str] | None:
    """The window, the loop variable, the test and the counter of `for x in xs[a:b]: if test: n += 1` (nothing
    else in the loop, no `else:`)."""
    if not isinstance(loop, cst.For) or loop.orelse is not None or loop.asynchronous is not None:
        return None
    window = _plain_window(loop.iter)
    if window is None or not isinstance(loop.target, cst.Name):
        return None
    body = loop.body
    if not (isinstance(body, cst.IndentedBlock) and len(body.body) == 1 and isinstance(body.body[0], cst.If)):
        return None
    branch = body.body[0]
    if branch.orelse is not None:
        return None
    inner = branch.body
    lines = inner.body if isinstance(inner, cst.IndentedBlock) else [inner]
    if len(lines) != 1 or not isinstance(lines[0], (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
        return None
    if len(lines[0].body) != 1:
        return None
    step = lines[0].body[0]
    if not (isinstance(step, cst.AugAssign) and isinstance(step.operator, cst.AddAssign)
            and isinstance(step.target, cst.Name) and m.matches(step.value, m.Integer("1"))):
        return None
    return window, loop.target.value, branch.test, step.target.value


def _starts_at_zero(statement: cst.BaseStatement, counter: str) -> bool:
    """Whether the statement ends by setting `counter` to 0 (the count starts right there)."""
    if not isinstance(statement, cst.SimpleStatementLine) or not statement.body:
        return False
    last = statement.body[-1]
    if isinstance(last, cst.Assign) and len(last.targets) == 1:
        target, value = last.targets[0].target, last.value
    elif isinstance(last, cst.AnnAssign) and last.value is not None:
        target, value = last.target, last.value
    else:
        return False
    return m.matches(target, m.Name(counter)) and m.matches(value, m.Integer("0"))


def _count_site(node: cst.Call | cst.For, window: cst.Subscript, item: str, test: cst.BaseExpression,
                value: cst.BaseExpression | None, known: frozenset[str], taken: set[str]) -> _Site | None:
    """The site that counts the items of `window` passing `test` (on `item`), if the test is one
    whose answer for every item of the sequence can be computed up front exactly; `value` is
    what `.count` counts."""
    if not _window_usable(window, known, taken):
        return None
    shape = _classify(test, item)
    if shape is None:
        return None
    for name in shape.scalars | shape.containers:
        if name in _USED_BY_COUNTS or not (name in known or name not in taken):
            return None  # a local bound later (or only sometimes) has no value to build with
    xs = _sequence(window)
    # On a str, `.count(v)` counts substrings: the same as counting items only for one character.
    literal = _text(value) if value is not None else None
    one_char = value.value if isinstance(value, cst.Name) else None
    long_literal = literal is not None and len(literal) != 1
    return _Site(node, xs, f"({facts.code(test)} for {item} in {xs})",
                 _count_condition(xs, shape, one_char, long_literal), shape.containers, shape.scalars)


def _count_condition(xs: str, shape: _Test, one_char: str | None, long_literal: bool) -> str:
    """When the prefix may be built: `xs` holds items of a type the test answers exactly for,
    and the names the test reads hold values of that type (or strs and sets of them).

    `xs.count(v)` on a str counts substrings; it equals counting items equal to `v` only for
    a one-character `v` (`one_char` is the code to check, `long_literal` a literal that is not)."""
    if shape.kinds is None:
        return f"type({xs}) in (str, list, tuple)"
    branches = []
    for kind in sorted(shape.kinds):
        items = f"type({xs}) in (list, tuple) and all(type(v) is {kind} for v in {xs})"
        if kind == "str" and not long_literal:
            exact = f"type({xs}) is str" + (f" and len({one_char}) == 1" if one_char is not None else "")
            items = f"({exact} or {items})"
        # The names' types first: `len(v)` above needs v to be a str.
        checks = [f"type({name}) is {kind}" for name in sorted(shape.scalars)]
        for name in sorted(shape.containers):
            held = f"type({name}) in (set, frozenset) and all(type(v) is {kind} for v in {name})"
            checks.append(f"(type({name}) is str or {held})" if kind == "str" else held)
        branches.append(" and ".join([*checks, items]))
    return branches[0] if len(branches) == 1 else " or ".join(f"({b})" for b in branches)


def _classify(test: cst.BaseExpression, item: str) -> _Test | None:
    """What `test` needs to be exact (see `_Test`), or None when it is not a test this recipe
    can run on every item ahead of time: a comparison of the item with constants or variables,
    membership in a str or a set, `is None`, a str predicate, and `not`/`and`/`or` of those."""
    if isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        return _classify(test.expression, item)
    if isinstance(test, cst.BooleanOperation):
        first, second = _classify(test.left, item), _classify(test.right, item)
        return first.both(second) if first is not None and second is not None else None
    if isinstance(test, cst.Call):
        func = test.func
        if (not test.args and isinstance(func, cst.Attribute) and m.matches(func.value, m.Name(item))
                and func.attr.value in _STR_PREDICATES):
            return _Test(frozenset({"str"}))
        return None
    if not isinstance(test, cst.Comparison):
        return None
    operators = [c.operator for c in test.comparisons]
    operands = [test.left, *(c.comparator for c in test.comparisons)]
    if len(operators) == 1 and isinstance(operators[0], (cst.In, cst.NotIn)):
        return _container(operands[1], item) if m.matches(operands[0], m.Name(item)) else None
    if len(operators) == 1 and isinstance(operators[0], (cst.Is, cst.IsNot)):
        is_none = m.matches(operands[0], m.Name(item)) and m.matches(operands[1], m.Name("None"))
        return _Test(None) if is_none else None
    if not all(isinstance(o, _ORDER) for o in operators):
        return None
    shape = _Test(None)
    for left, right in itertools.pairwise(operands):
        # Each comparison sets the item (or `item % n`) against a value, never two values.
        sides = [_item_side(left, item), _item_side(right, item)]
        if (sides[0] is None) == (sides[1] is None):
            return None
        kind = sides[0] or sides[1]
        found = _scalar(right if sides[0] is not None else left, item)
        joined = found.both(_Test(kind)) if found is not None else None
        if joined is None:
            return None
        both = shape.both(joined)
        if both is None:
            return None
        shape = both
    return shape


def _item_side(node: cst.BaseExpression, item: str) -> frozenset[str] | None:
    """The item types for which `node` is the item (any of them) or `item % n`, `item & n` with
    an int constant (ints only; `%` by a nonzero one), else None."""
    if m.matches(node, m.Name(item)):
        return _KINDS
    if isinstance(node, cst.BinaryOperation) and m.matches(node.left, m.Name(item)):
        divisor = _int(node.right)
        if isinstance(node.operator, cst.Modulo) and divisor not in (None, 0):
            return frozenset({"int"})
        if isinstance(node.operator, cst.BitAnd) and divisor is not None:
            return frozenset({"int"})
    return None


def _scalar(node: cst.BaseExpression, item: str) -> _Test | None:
    """A value the item is compared with: a str, int or float constant, or a variable (checked
    at run time to hold a value of the item's type)."""
    if _text(node) is not None:
        return _Test(frozenset({"str"}))
    if _int(node) is not None or isinstance(node, cst.Float) or (
            isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)
            and isinstance(node.expression, cst.Float)):
        return _Test(frozenset({"int"}))  # int and float compare exactly, without raising
    if isinstance(node, cst.Name) and node.value not in (item, "None", "True", "False"):
        return _Test(_KINDS, scalars=frozenset({node.value}))
    return None


def _container(node: cst.BaseExpression, item: str) -> _Test | None:
    """What the item is looked up in: a str constant (substring search, the same on every
    item), a tuple, list or set display of str or int constants, or a variable (checked at run
    time to hold a str, or a set of values of the item's type)."""
    if _text(node) is not None:
        return _Test(frozenset({"str"}))
    if isinstance(node, (cst.Tuple, cst.List, cst.Set)) and node.elements:
        values = [e.value for e in node.elements]
        if any(isinstance(e, cst.StarredElement) for e in node.elements):
            return None
        if all(_text(v) is not None for v in values):
            return _Test(frozenset({"str"}))
        if all(_int(v) is not None for v in values):
            return _Test(frozenset({"int"}))
        return None
    if isinstance(node, cst.Name) and node.value not in (item, "None", "True", "False"):
        return _Test(_KINDS, containers=frozenset({node.value}))
    return None


def _text(node: cst.BaseExpression) -> str | None:
    """The value of a str literal (not bytes, not an f-string)."""
    if not isinstance(node, cst.SimpleString):
        return None
    try:
        value = node.evaluated_value
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _int(node: cst.BaseExpression) -> int | None:
    """The value of an int literal, possibly negated."""
    negative = isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus)
    if negative:
        assert isinstance(node, cst.UnaryOperation)
        node = node.expression
    if not isinstance(node, cst.Integer):
        return None
    value = node.evaluated_value
    return -value if negative else value


# --- a window's passing items kept in a list, then only summed and counted ----------------------

FILTERED_EXPLANATION = (
    "each pass gathers a window's items that pass a test into a new list only to sum and count it "
    "(O(n·k)); running sums and counts of the passing items, built once for whole numbers, give "
    "both by one subtraction each")


@dataclass(frozen=True)
class _Filtered:
    """`name = [x for x in xs[a:b] if test]`, later only read by `sum(name)` and `len(name)`."""

    statement: cst.SimpleStatementLine
    name: str
    window: cst.Subscript
    item: str
    test: cst.BaseExpression
    shape: _Test


def filtered_window_totals(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """A rolling mean over readings with gaps, `valid = [v for v in xs[i - k:i] if v is not None]`
    then `sum(valid) / len(valid)`: prefix sums of the passing items and prefix counts of them are
    built before the loop; a window inside the sequence takes two subtractions and leaves `valid`
    None (its `sum` and `len` read the totals instead), any other window builds the list as before.

    The build is exact only for whole numbers: it runs when the sequence is a list or tuple, the
    test can answer for every item without raising (what the window counts check), and every
    passing item is an int (`type(v) is int`: the sum of ints is the same in any order).  The test
    then runs ahead of time on every item, which is why only the tests the counts accept qualify.
    Nothing else may read the list: every other mention of its name must be `sum(name)` or
    `len(name)`, after it in the same block."""
    try:
        return _totals_from_prefix(function)
    except Exception:  # a shape no check above foresaw: no rewrite rather than no answer
        return None


def _totals_from_prefix(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not m.findall(function.body, m.Assign(value=m.ListComp(for_in=m.CompFor(iter=m.Subscript())))):
        return None  # the common case, answered before the analysis below
    taken = _plain_scope(function)
    if taken is None:
        return None
    parameters = facts.parameters(function)
    fresh = purity.fresh_containers(function.body, parameters)
    for block, index, known in own_statements(function.body, frozenset(parameters)):
        statement = block[index]
        for part in facts.loop_parts(statement):
            for found in _filtered_lists(function, part, known, taken):
                xs = _sequence(found.window)
                guarded = {xs, *found.shape.containers}
                if not all(purity.unchanged_while_running(statement, name, function, parameters, fresh, taken)
                           for name in sorted(guarded)):
                    continue
                if found.shape.scalars & facts.bound_in(statement):
                    continue
                return _with_totals(function, statement, found)
    return None


def _filtered_lists(function: cst.FunctionDef, part: cst.CSTNode, known: frozenset[str],
                    taken: set[str]) -> Iterator[_Filtered]:
    for block in facts.walk(part):
        if not isinstance(block, cst.IndentedBlock):
            continue
        for index, statement in enumerate(block.body):
            found = _filtered_binding(statement)
            if found is None:
                continue
            name, window, item, test = found
            shape = _classify(test, item)
            if shape is None or not _window_usable(window, known, taken):
                continue
            if any(n in _USED_BY_COUNTS or not (n in known or n not in taken)
                   for n in shape.scalars | shape.containers):
                continue
            assert isinstance(statement, cst.SimpleStatementLine)
            own = m.Name(name)
            rest = cst.IndentedBlock(body=block.body[index + 1:])
            totals = m.findall(rest, m.Call(func=m.Name("sum") | m.Name("len"), args=[m.Arg(value=own, keyword=None,
                                                                                            star="")]))
            if not totals or len(m.findall(function, own)) != 1 + len(totals):
                continue
            if not facts.held_only_here(rest, name):
                continue
            yield _Filtered(statement, name, window, item, test, shape)


def _filtered_binding(statement: cst.BaseStatement
                      ) -> tuple[str, cst.Subscript, str, cst.BaseExpression] | None:
    """(name, window, item, test) for `name = [x for x in xs[a:b] if test]`."""
    binding = facts.single_binding(statement)
    if binding is None:
        return None
    target, value = binding
    if not isinstance(value, cst.ListComp):
        return None
    clause = value.for_in
    if clause.inner_for_in is not None or clause.asynchronous is not None or len(clause.ifs) != 1:
        return None
    if not isinstance(clause.target, cst.Name) or not m.matches(value.elt, m.Name(clause.target.value)):
        return None
    window = _plain_window(clause.iter)
    if window is None:
        return None
    return target.value, window, clause.target.value, clause.ifs[0].test


def _with_totals(function: cst.FunctionDef, statement: cst.BaseStatement, found: _Filtered) -> cst.FunctionDef:
    xs, item, test = _sequence(found.window), found.item, facts.code(found.test)
    sums, counts = facts.fresh_name(function, f"{xs}_sums"), facts.fresh_name(function, f"{xs}_passing")
    low, high = facts.fresh_name(function, "low"), facts.fresh_name(function, "high")
    total, size = facts.fresh_name(function, f"{found.name}_sum"), facts.fresh_name(function, f"{found.name}_len")
    # The test's own check first: it makes running the test on every item safe.
    checked = "" if found.shape.kinds is None else f"{_count_condition(xs, found.shape, None, False)} and "
    exact = f"{checked}type({xs}) in (list, tuple) and all(type({item}) is int for {item} in {xs} if {test})"
    build = cst.parse_statement(
        f"{sums}, {counts} = (list(itertools.accumulate(({item} if {test} else 0 for {item} in {xs}), initial=0)), "
        f"list(itertools.accumulate(({test} for {item} in {xs}), initial=0))) if {exact} else (None, None)\n")
    name = found.name
    split = cst.parse_statement(
        f"if {_inside(found.window, sums, low, high)}:\n"
        f"    {name} = None\n"
        f"    {total} = {sums}[{high}] - {sums}[{low}]\n"
        f"    {size} = {counts}[{high}] - {counts}[{low}]\n"
        f"else:\n"
        f"    {facts.code(found.statement.body[0]).strip()}\n")
    split = split.with_changes(leading_lines=found.statement.leading_lines)
    loop = statement.visit(_TotalsRead(found, split, total, size))
    assert isinstance(loop, (cst.SimpleStatementLine, cst.BaseCompoundStatement))
    # Comments above the statement stay above the code that now starts it.
    build = build.with_changes(leading_lines=loop.leading_lines)
    return facts.replace_statement(function, statement, [build, loop.with_changes(leading_lines=())])


class _TotalsRead(cst.CSTTransformer):
    """The list's binding → the split between totals and the list; `sum(name)`/`len(name)` → the
    total where the list was left None."""

    def __init__(self, found: _Filtered, split: cst.BaseStatement, total: str, size: str) -> None:
        self.found, self.split, self.total, self.size = found, split, total, size

    def leave_SimpleStatementLine(self, original_node: cst.SimpleStatementLine,
                                  updated_node: cst.SimpleStatementLine) -> cst.BaseStatement:
        return self.split if original_node is self.found.statement else updated_node

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        name = self.found.name
        if not (len(updated_node.args) == 1 and m.matches(updated_node.args[0].value, m.Name(name))
                and isinstance(updated_node.func, cst.Name) and updated_node.func.value in ("sum", "len")):
            return updated_node
        total = self.total if updated_node.func.value == "sum" else self.size
        return cst.parse_expression(f"({total} if {name} is None else {facts.code(updated_node)})")
