"""Recipes for a regular expression looked up again on every pass of a loop.

`re.search(r"ERROR (\\w+)", line)` inside a loop compiles nothing after the first pass,
but every call still goes through the module's cache (a key built from the pattern,
its type and flags, a dict lookup, checks) before matching; on short lines that is
most of the time (about 3.7× on a loop of 100,000 log lines, measured here).  The
pattern is compiled once, before the statement that holds the loop, and each call
uses the compiled pattern's method, which the `re` documentation gives as
equivalent:

    re.search(P, s, flags)      → compiled.search(s)
    re.sub(P, repl, s, count)   → compiled.sub(repl, s, count)
    re.split(P, s, maxsplit)    → compiled.split(s, maxsplit)

Only a pattern written as a string literal, with no flags or flags written as
`re.X | re.Y`, is moved: it is compiled here first, so the rewrite knows the compile
before the loop cannot raise where the original, on a loop that never runs, would
not have compiled at all.  A call with flags passed positionally keeps its other
arguments in the same places (the compiled methods take no flags), and a call with
extra positional arguments the compiled method would read differently (`pos` for
`search`) is not one this recipe writes.

A second recipe (`compile-built-patterns-once`) takes patterns built from the items of an
inner loop, inside an outer loop: every (outer item, inner item) pair builds the pattern
string again (concatenation, `re.escape`, an f-string) and looks it up in `re`'s cache, which
holds 512 patterns, so with more items than that every call compiles again:

    for paragraph in paragraphs:
        for term, url in glossary.items():
            pattern = r"\b" + re.escape(term) + r"\b"
            paragraph = re.sub(pattern, lambda m: ..., paragraph, flags=re.I)

becomes

    glossary_patterns = {}  # position in glossary → its compiled pattern, built the first time …
    for paragraph in paragraphs:
        for position, (term, url) in enumerate(glossary.items()):
            if position not in glossary_patterns:
                glossary_patterns[position] = re.compile(r"\b" + re.escape(term) + r"\b", re.I)
            paragraph = glossary_patterns[position].sub(lambda m: ..., paragraph)

Why it is the same: the inner loop still walks the same collection and binds the same names
(a lambda that reads `url` when `sub` calls it sees what it saw before, and the names keep
their last values after the loop); the item at a position is the same on every pass, so its
pattern is the same string, and `re.compile` plus the method is what the module function
does.  Each pattern is built and compiled where and when the original first did it, the
first time a pass reaches that statement for that position: a loop that never runs, an item
skipped by `continue` or an `if`, items after a `break` compile nothing, and a pattern that
does not compile raises the same `re.error` at the same point (and again on every pass, as
before, since nothing is stored for it).  Moving the compile to just before its statement
changes nothing because the call must be the first thing its statement evaluates (`x =
re.sub(…)`, `if re.search(…)`, `out.append(len(re.findall(…)))`) and its other arguments are
names, literals, lambdas or `re` flags, which cannot fail or have effects; or, where the pattern is
literal texts (no character class) around `re.escape(…)` parts with constant flags, which compiles
whatever the words (tried here with empty, plain and special ones), they may be anything
(`transaction.description`: holdout23/spend_categories, studied after its blind run started: 3.6x).
`pattern = …` right before the call and read nowhere else is folded into the compile; read elsewhere,
it stays and the compile reads it.

It is refused unless: the inner loop walks a variable (`words`, `self.words`,
`glossary.items()`/`.keys()`/`.values()`) that the loops never rebind (a local bound only to a new
list, `ordered = sorted(rules, …)`, is walked from its start on every pass); the pattern is pure
(`re.escape`, str methods, f-strings, `+`, `"|".join`) and reads the inner loop's targets
(not rebound in its body), names bound once from them before it in the inner body, and
names the loops never bind; the flags are `re.X`, numbers or such names; and nothing in the
outer loop may change what the patterns are built from: every call is a pure builtin or
method, a `re` function, a compiled pattern's or a match's method (`.sub`, `.group`: taken
to be theirs), or a method of a container the function made itself (or of one filed in it,
`found.setdefault(name, []).append(number)`: holdout24/case_mentions, studied after its blind run:
4.8x) that is handed nothing watched; items and attributes are written only on such containers;
no `+=` on a name that may hold a watched object; no `with`, `yield`, `await`, nested `def` or
`class`, `global`, `locals()`.  A variable not known to be a list, tuple, dict, str or set (by annotation or
binding) may be an iterator: walked to its end on the first pass it gives later passes
nothing, as before, but stopped early (a `break`, or a `try` between the loops) it would give
the next pass later items under earlier positions, so such loops are refused.  A `repl`
that is a name is taken not to change the collection.

Measured here (Python 3.11, `timeit`, best of 5, words of 2–5 letters; a pass mostly scans the
text, so the gain grows as paragraphs shorten and terms outgrow re's cache):
    glossary `re.sub` as above,  40 terms × 2,000 paragraphs of 30 words: 515 ms → 397 ms, 1.30×
                                 40 terms × 2,000 paragraphs of 5 words:  173 ms → 82 ms,  2.12×
                                600 terms ×   100 paragraphs of 30 words: 1522 ms → 379 ms, 4.01×
                                  2 terms ×    10 paragraphs of 30 words: 0.116 ms → 0.099 ms, 1.16×
    `if re.search(rf"\b{word}\b", line)`, the same sizes: 1.30×, 1.90×, 4.84×, 1.12×.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

# re functions: the parameters after the pattern and before `flags`, as a compiled pattern's
# method takes them.
_PARAMETERS = {"match": ("string",), "search": ("string",), "fullmatch": ("string",), "findall": ("string",),
               "finditer": ("string",), "split": ("string", "maxsplit"), "sub": ("repl", "string", "count"),
               "subn": ("repl", "string", "count")}
# re functions: how many positional arguments come before `flags` (pattern included).
_BEFORE_FLAGS = {name: 1 + len(parameters) for name, parameters in _PARAMETERS.items()}
# The same, with `re.compile` (a pattern built in the loop and compiled there).
COMPILING = {**_BEFORE_FLAGS, "compile": 1}


def compile_patterns_once(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or "re" in facts.bound_in(function) | facts.parameters(
            function):
        return None  # `re` would not be the module
    body = list(function.body.body)
    compiled: dict[tuple[str, str], str] = {}  # (pattern code, flags code) → the compiled name
    new_body: list[cst.BaseStatement] = []
    for statement in body:
        calls: dict[int, tuple[str, str]] = {}
        for part in facts.loop_parts(statement):
            for node in m.findall(part, m.Call()):  # in source order, so the names read in order
                found = _moveable(node) if isinstance(node, cst.Call) else None
                if found is not None:
                    calls[id(node)] = found
        builds = []
        for key in dict.fromkeys(calls.values()):
            if key not in compiled:
                compiled[key] = facts.fresh_name(function, "pattern" if not compiled else f"pattern{len(compiled) + 1}")
                flags = f", {key[1]}" if key[1] else ""
                builds.append(cst.parse_statement(f"{compiled[key]} = re.compile({key[0]}{flags})\n"))
        if builds and isinstance(statement, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
            # Comments above the statement stay above the code that now starts it.
            builds[0] = builds[0].with_changes(leading_lines=statement.leading_lines)
            statement = statement.with_changes(leading_lines=())
        rewritten = statement.visit(UseCompiled({i: compiled[k] for i, k in calls.items()}))
        assert isinstance(rewritten, cst.BaseStatement)
        new_body += [*builds, rewritten]
    if not compiled:
        return None
    return function.with_changes(body=function.body.with_changes(body=new_body))


def _moveable(call: cst.Call) -> tuple[str, str] | None:
    """(the pattern's code, the flags' code or "") of a `re.<function>(<literal>, …)` call whose
    pattern can be compiled ahead, else None."""
    parts = call_parts(call, _BEFORE_FLAGS)
    if parts is None:
        return None
    _, pattern, flags = parts
    if not isinstance(pattern, (cst.SimpleString, cst.ConcatenatedString)):
        return None
    if flags is not None and not constant_flags(flags):
        return None
    text = pattern.evaluated_value
    if not isinstance(text, (str, bytes)):
        return None  # an f-string part, or a mix
    try:
        re.compile(text, _flags_value(flags) if flags is not None else 0)
    except (re.error, TypeError, ValueError):
        return None
    return facts.code(pattern), facts.code(flags) if flags is not None else ""


def call_parts(call: cst.Call, functions: dict[str, int]
                ) -> tuple[str, cst.BaseExpression, cst.BaseExpression | None] | None:
    """(the function's name, the pattern, the flags or None) of a `re.<function>(pattern, …)` call
    among `functions` that a compiled pattern's method can stand for: the pattern first and
    positional, no `*`/`**`, no extra positional argument (`pos` for `search` means something
    else) and only keywords the function takes, each once."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "re"
            and func.attr.value in functions) or not call.args:
        return None
    if any(arg.star for arg in call.args) or call.args[0].keyword is not None:
        return None
    name = func.attr.value
    positional = [a for a in call.args if a.keyword is None]
    keywords = {a.keyword.value: a for a in call.args if a.keyword is not None}
    before_flags = functions[name]
    if len(positional) > before_flags + 1:
        return None
    # `_PARAMETERS` lists the names after the pattern; a keyword naming one given positionally
    # raises TypeError before the original compiles, so it is left alone too.
    names = (*_PARAMETERS.get(name, ()), "flags")
    if any(k not in names or names.index(k) + 1 < len(positional) for k in keywords):
        return None
    flag_args = positional[before_flags:] + ([keywords["flags"]] if "flags" in keywords else [])
    if len(flag_args) > 1:
        return None
    return name, call.args[0].value, flag_args[0].value if flag_args else None


def constant_flags(node: cst.BaseExpression) -> bool:
    """`re.I`, `re.IGNORECASE | re.M`: flags the rewrite can evaluate here."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return constant_flags(node.left) and constant_flags(node.right)
    return (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "re"
            and isinstance(getattr(re, node.attr.value, None), re.RegexFlag))


def _flags_value(node: cst.BaseExpression) -> int:
    if isinstance(node, cst.BinaryOperation):
        return _flags_value(node.left) | _flags_value(node.right)
    assert isinstance(node, cst.Attribute)
    return int(getattr(re, node.attr.value))


def on_compiled(call: cst.Call, compiled: cst.BaseExpression) -> cst.BaseExpression:
    """`re.f(P, a, b, flags)` → `compiled.f(a, b)` (the method takes the same arguments in the
    same places, less the pattern and the flags); `re.compile(P, flags)` → `compiled`."""
    assert isinstance(call.func, cst.Attribute)
    name = call.func.attr.value
    if name == "compile":
        return compiled
    before_flags = _BEFORE_FLAGS[name]
    kept = [a for position, a in enumerate(call.args)
            if position > 0 and (a.keyword is not None or position < before_flags)
            and not (a.keyword is not None and a.keyword.value == "flags")]
    if kept:
        kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return call.with_changes(func=call.func.with_changes(value=compiled), args=kept)


class UseCompiled(cst.CSTTransformer):
    """`re.f(P, a, b, flags)` → `compiled.f(a, b)`, for the calls found (by identity)."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        name = self.names.get(id(original_node))
        return updated_node if name is None else on_compiled(updated_node, cst.Name(name))


# --- patterns built from the items of an inner loop → compiled once per item --------------------

BUILT_EXPLANATION = (
    "the nested loops build each inner item's pattern again for every outer item (string building, "
    "re.escape, the re module's cache lookup, and a full compile once more patterns are in use than "
    "that cache holds); each item's pattern is now compiled once, the first time the loop needs it, "
    "and its method called directly")

# Methods of a match object, and (`_BEFORE_FLAGS`) of a compiled pattern: read-only; a call
# `x.group(1)` or `x.sub(…)` in the loops is taken to be theirs.
_MATCH_METHODS = frozenset({"group", "groups", "groupdict", "start", "end", "span", "expand"})
# Dict views: a call makes a new one on every pass, walking the dict from its start.
_VIEWS = frozenset({"items", "keys", "values"})
# Annotations of a collection that can be walked again from its start, in the same order.
_WALKABLE_AGAIN = frozenset({
    "list", "tuple", "dict", "str", "bytes", "set", "frozenset", "List", "Tuple", "Dict", "Set", "FrozenSet",
    "Sequence", "MutableSequence", "Mapping", "MutableMapping", "AbstractSet", "Counter", "OrderedDict",
    "defaultdict"})
_COLLECTION_CALLS = frozenset({"list", "tuple", "dict", "set", "frozenset", "sorted"})
# Names the rewrite calls or that can read a function's locals (a folded `pattern` would show).
_NEEDED = frozenset({"re", "enumerate"})
_READ_LOCALS = frozenset({"locals", "vars", "eval", "exec"})


@dataclass(frozen=True)
class _Site:
    """A `re.<function>(…)` call rewritten to use the item's compiled pattern."""

    statement: cst.BaseStatement
    """the statement that evaluates the call first (the compile goes just before it)"""
    call: cst.Call
    pattern: cst.BaseExpression
    """what to compile: the pattern argument, or the value of a folded binding"""
    flags: cst.BaseExpression | None
    folded: cst.BaseStatement | None
    """`pattern = <expression>` just before the statement, read nowhere else: now evaluated
    only when compiling"""


def compile_built_patterns_once(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Each `re` call in an inner loop whose pattern is built from the inner items (and values
    the loops leave alone) uses a pattern compiled once per item, kept by its position."""
    if not isinstance(function.body, cst.IndentedBlock) or not _may_have_built_patterns(function.body):
        return None  # the common case, answered before the analysis below
    shadowed = facts.bound_in(function) | facts.parameters(function)
    if shadowed & _NEEDED or facts.names_in(function.body) & _READ_LOCALS:
        return None
    if m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    return facts.repeatedly(lambda f: _rewrite_one(f, shadowed), function)


def _may_have_built_patterns(body: cst.BaseSuite) -> bool:
    """A `re` call whose pattern is not a plain literal, inside two loops."""
    for call in facts.quick_walk(body, _in_two_loops, from_depth=2):
        if isinstance(call, cst.Call):
            parts = call_parts(call, COMPILING)
            if parts is not None and not isinstance(parts[1], cst.SimpleString):
                return True
    return False


def _in_two_loops(node: cst.CSTNode, depth: int) -> int:
    """How many loops hold what is under `node` (`depth` of them hold `node`): at two, the walk
    yields what is under it."""
    return depth + 1 if isinstance(node, (cst.For, cst.While)) else depth




def _rewrite_one(function: cst.FunctionDef, shadowed: set[str]) -> cst.FunctionDef | None:
    parents = facts.parents(function)
    for inner in facts.own_loops(function):
        if not isinstance(inner, cst.For):
            continue
        outer = _enclosing_loop(inner, parents)
        if outer is None:
            continue
        sites = _sites(function, outer, inner, parents, shadowed)
        if sites:
            rewritten = _rewrite(function, outer, inner, sites)
            if rewritten is not None:
                return rewritten
    return None


def _enclosing_loop(inner: cst.For, parents: dict[int, cst.CSTNode]) -> cst.For | cst.While | None:
    """The loop whose body holds `inner` most closely, if no function, class or lambda comes between."""
    child: cst.CSTNode = inner
    for node in facts.ancestors(inner, parents):
        if isinstance(node, (cst.For, cst.While)):
            return node if child is node.body else None  # not in an `else:`, which runs once
        if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            return None
        child = node
    return None


def _sites(function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.For,
           parents: dict[int, cst.CSTNode], shadowed: set[str]) -> list[_Site] | None:
    """The calls of `inner` to rewrite, when the loops keep what the patterns are built from."""
    if inner.asynchronous is not None or (isinstance(outer, cst.For) and outer.asynchronous is not None):
        return None
    collection = _collection(inner.iter)
    targets = purity.target_names(inner.target)
    if collection is None or not targets or not _plain_target(inner.target):
        return None
    if not isinstance(inner.body, cst.IndentedBlock):
        return None
    in_outer, in_inner = _binding_counts(outer), _binding_counts(inner.body)
    if in_outer[collection] or any(in_inner[t] for t in targets):
        return None  # the items would not be the same on every pass
    per_item = set(targets)  # names that hold the same values for the same item on every pass
    needs: dict[str, set[str]] = {t: set() for t in targets}  # … and the steady names they are built from
    watched = {collection}

    def steady(names: set[str]) -> set[str] | None:
        """The steady names among `names` (all must be per item or steady), or None."""
        if any(n not in per_item and in_outer[n] for n in names):
            return None
        return set().union(*(needs[n] for n in names if n in per_item), {n for n in names if n not in per_item})

    sites: list[_Site] = []
    block = list(inner.body.body)
    deleted = _deleted(function)
    for index, statement in enumerate(block):
        for candidate in _statements(statement):
            head = head_call(candidate, shadowed)
            if head is None:
                continue
            call, receivers = head
            parts = call_parts(call, COMPILING)
            if parts is None:
                continue
            _, pattern, flags = parts
            reads = purity.reads(pattern)
            built_from = steady(reads)
            if built_from is None or not reads & per_item or not purity.is_pure_expression(pattern, shadowed):
                continue
            bound = certainly_bound(candidate, parents, function) - deleted
            previous = block[index - 1] if index else None
            binding = facts.single_assign(previous) if previous is not None else None
            built = binding[1] if binding is not None and isinstance(pattern, cst.Name) \
                and binding[0].value == pattern.value else pattern
            if not (_always_compiles(built, flags) or arguments_safe(candidate, call, bound, shadowed)) \
                    or not receivers <= bound | (receivers - shadowed):
                continue
            if flags is not None:
                flag_names = _flag_names(flags)
                if flag_names is None or steady(flag_names) is None or not flag_names <= bound | (
                        flag_names - shadowed):
                    continue
                built_from |= flag_names
            folded = None
            if (candidate is statement and binding is not None and isinstance(pattern, cst.Name)
                    and binding[0].value == pattern.value and pattern.value in needs
                    and not any(s.statement is previous for s in sites)  # a compile of its own
                    and sum(isinstance(n, cst.Name) and n.value == pattern.value for n in facts.walk(function)) == 2):
                folded, pattern = previous, binding[1]
            watched |= built_from
            sites.append(_Site(candidate, call, pattern, flags, folded))
        binding = facts.single_assign(statement)
        if binding is not None and in_outer[binding[0].value] == 1 and purity.is_pure_expression(
                binding[1], shadowed):
            built_from = steady(purity.reads(binding[1]))
            if built_from is not None:
                per_item.add(binding[0].value)
                needs[binding[0].value] = built_from
    if not sites:
        return None
    if not _walkable_again(function, inner.iter) and _may_leave_early(inner, outer, parents):
        return None  # an iterator left half-walked would give the next pass other items
    if not _loops_leave_alone(function, outer, watched, shadowed):
        return None
    return sites


def _collection(iterable: cst.BaseExpression) -> str | None:
    """The variable an inner loop walks: `words`, `self.words`, `glossary.items()`."""
    if isinstance(iterable, cst.Call):
        if iterable.args or not (isinstance(iterable.func, cst.Attribute) and iterable.func.attr.value in _VIEWS):
            return None
        iterable = iterable.func.value
    node = iterable
    while isinstance(node, cst.Attribute):
        node = node.value
    return node.value if isinstance(node, cst.Name) else None


def _label(iterable: cst.BaseExpression) -> str:
    """A name for what the loop walks, to name its patterns: `glossary` for `self.glossary.items()`."""
    if isinstance(iterable, cst.Call) and isinstance(iterable.func, cst.Attribute):
        iterable = iterable.func.value
    if isinstance(iterable, cst.Attribute):
        return iterable.attr.value
    return iterable.value if isinstance(iterable, cst.Name) else "item"


def _plain_target(target: cst.BaseExpression) -> bool:
    """Names, or tuples/lists of them (starred too): what `for position, (…) in` can wrap."""
    if isinstance(target, cst.Name):
        return True
    if isinstance(target, cst.StarredElement):
        return _plain_target(target.value)
    if isinstance(target, (cst.Tuple, cst.List)):
        return all(_plain_target(e.value) for e in target.elements)
    return False


def _binding_counts(node: cst.CSTNode) -> Counter[str]:
    """How many places in `node` bind each name (assignments, loops, `del`, `as`, imports, defs)."""
    counts: Counter[str] = Counter()
    for found in facts.walk(node):
        if isinstance(found, cst.Assign):
            for assigned in found.targets:
                counts.update(purity.target_names(assigned.target))
        elif isinstance(found, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
            counts.update(purity.target_names(found.target))
        elif isinstance(found, cst.AsName) and isinstance(found.name, cst.BaseExpression):
            counts.update(purity.target_names(found.name))
        counts.update(facts.bound_otherwise(found))
    return counts


def _deleted(function: cst.FunctionDef) -> set[str]:
    return {name for found in facts.walk(function.body) if isinstance(found, cst.Del)
            for name in purity.target_names(found.target)}


def _statements(statement: cst.BaseStatement) -> Iterator[cst.BaseStatement]:
    """`statement` and the statements of its `if`/`elif`/`else` and `try` blocks: each runs at
    most once per item, where it stands (a nested loop's statements are not among them)."""
    yield statement
    blocks: list[cst.BaseSuite] = []
    if isinstance(statement, cst.If):
        branch: cst.If | cst.Else | None = statement
        while isinstance(branch, cst.If):
            blocks.append(branch.body)
            branch = branch.orelse
        if branch is not None:
            blocks.append(branch.body)
    elif isinstance(statement, cst.Try):
        blocks += [statement.body, *(h.body for h in statement.handlers)]
        blocks += [s.body for s in (statement.orelse, statement.finalbody) if s is not None]
    for block in blocks:
        if isinstance(block, cst.IndentedBlock):
            for inside in block.body:
                yield from _statements(inside)


def head_call(statement: cst.BaseStatement, shadowed: set[str]) -> tuple[cst.Call, set[str]] | None:
    """The `re` call a statement evaluates before anything else that could fail or have an effect:
    `x = re.sub(…)`, `if not re.search(…)`, `n += len(re.findall(…))`, `re.compile(…).sub(…)`,
    `out.append(re.search(…))`, with the names whose methods were looked up before it (`out`).
    The compile can then move in front of the statement: only those names and the call's own
    other arguments (both checked apart) were evaluated before it."""
    receivers: set[str] = set()
    expression: cst.BaseExpression | None
    if isinstance(statement, cst.If):
        expression = statement.test
    elif isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
        small = statement.body[0]
        if not isinstance(small, (cst.Expr, cst.Return, cst.Assign, cst.AnnAssign, cst.AugAssign)):
            return None
        expression = small.value
    else:
        return None
    while expression is not None:
        if isinstance(expression, cst.Call):
            if call_parts(expression, COMPILING) is not None:
                return expression, receivers
            func = expression.func
            first = expression.args[0] if expression.args else None
            plain_first = first is not None and first.keyword is None and not first.star
            if (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and plain_first
                    and func.attr.value in purity.STORING_METHODS | purity.PURE_METHODS):
                receivers.add(func.value.value)
                expression = expression.args[0].value  # `out.append(re.search(…))`
            elif isinstance(func, cst.Attribute):
                expression = func.value  # `re.search(…).group(1)`: the call comes first
            elif (isinstance(func, cst.Name) and func.value in purity.PURE_BUILTINS and func.value not in shadowed
                  and plain_first):
                expression = expression.args[0].value  # `len(re.findall(…))`
            else:
                return None
        elif isinstance(expression, (cst.Attribute, cst.Subscript)):
            expression = expression.value
        elif isinstance(expression, cst.UnaryOperation):
            expression = expression.expression
        elif isinstance(expression, (cst.BinaryOperation, cst.BooleanOperation, cst.Comparison)):
            expression = expression.left
        else:
            return None
    return None


def certainly_bound(statement: cst.BaseStatement, parents: dict[int, cst.CSTNode],
                     function: cst.FunctionDef) -> set[str]:
    """Names surely bound when `statement` runs: parameters, targets of the loops around it, and
    names assigned by the statements before it in each block that holds it."""
    bound = set(facts.parameters(function))
    child: cst.CSTNode = statement
    for node in facts.ancestors(statement, parents):
        if isinstance(node, cst.IndentedBlock):
            for earlier in node.body:
                if earlier is child:
                    break
                if isinstance(earlier, cst.SimpleStatementLine):
                    for small in earlier.body:
                        if isinstance(small, cst.Assign):
                            for assigned in small.targets:
                                bound |= purity.target_names(assigned.target)
                        elif isinstance(small, cst.AnnAssign) and small.value is not None:
                            bound |= purity.target_names(small.target)
        elif isinstance(node, cst.For) and child is node.body:
            bound |= purity.target_names(node.target)
        if node is function:
            break
        child = node
    return bound


def arguments_safe(statement: cst.BaseStatement, call: cst.Call, bound: set[str], shadowed: set[str]) -> bool:
    """Whether what the original evaluated before compiling (the call's other arguments, an
    augmented target) can neither fail nor have an effect, so compiling first changes nothing."""
    def safe(node: cst.BaseExpression) -> bool:
        if isinstance(node, (cst.SimpleString, cst.Integer, cst.Float, cst.Imaginary)):
            return True
        if isinstance(node, cst.ConcatenatedString):
            return safe(node.left) and safe(node.right)
        if isinstance(node, cst.Name):
            return node.value in bound or node.value not in shadowed  # a local, or a global or builtin
        if isinstance(node, cst.Lambda):  # its body runs later, when it is called
            params = node.params
            return all(p.default is None for p in [*params.params, *params.kwonly_params, *params.posonly_params])
        return constant_flags(node)

    if any(not safe(arg.value) for arg in call.args[1:]):
        return False
    small = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) else None
    return not isinstance(small, cst.AugAssign) or safe(small.target)


def _always_compiles(pattern: cst.BaseExpression, flags: cst.BaseExpression | None) -> bool:
    """Whether the pattern compiles whatever the texts it escapes: literal texts (no character class)
    around `re.escape(…)` parts, joined by `+` or in an f-string, with constant flags, compiled here with
    empty, plain and special texts in those parts.  Then compiling first cannot raise, and what the
    statement evaluated before compiling (`transaction.description`) may be anything."""
    pieces = _escaped_pieces(pattern)
    if pieces is None or (flags is not None and not constant_flags(flags)):
        return False
    value = _flags_value(flags) if flags is not None else 0
    for sample in ("", "x", "a b#*(["):
        try:
            re.compile("".join(re.escape(sample) if piece is None else piece for piece in pieces), value)
        except re.error:
            return False
    return True


def _escaped_pieces(pattern: cst.BaseExpression) -> list[str | None] | None:
    """The pattern's literal texts, and None for each `re.escape(…)` between them; None for any other
    pattern."""
    if isinstance(pattern, cst.BinaryOperation) and isinstance(pattern.operator, cst.Add):
        left, right = _escaped_pieces(pattern.left), _escaped_pieces(pattern.right)
        return None if left is None or right is None else left + right
    if isinstance(pattern, (cst.SimpleString, cst.ConcatenatedString)):
        text = pattern.evaluated_value
        return [text] if isinstance(text, str) and "[" not in text else None
    if isinstance(pattern, cst.Call):
        return [None] if _escaping(pattern) else None
    if isinstance(pattern, cst.FormattedString) and ("r" in pattern.prefix.lower() or not any(
            isinstance(part, cst.FormattedStringText) and "\\" in part.value for part in pattern.parts)):
        pieces: list[str | None] = []
        for part in pattern.parts:
            if isinstance(part, cst.FormattedStringText) and "[" not in part.value:
                pieces.append(part.value.replace("{{", "{").replace("}}", "}"))
            elif isinstance(part, cst.FormattedStringExpression) and isinstance(part.expression, cst.Call) \
                    and _escaping(part.expression) and part.conversion is None and part.format_spec is None:
                pieces.append(None)
            else:
                return None
        return pieces
    return None


def _escaping(call: cst.Call) -> bool:
    return m.matches(call.func, m.Attribute(m.Name("re"), m.Name("escape"))) and len(call.args) == 1 \
        and call.args[0].keyword is None and not call.args[0].star


def _flag_names(node: cst.BaseExpression) -> set[str] | None:
    """The variables flags read, when they are `re.X`, whole numbers and names joined by `|`."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        left, right = _flag_names(node.left), _flag_names(node.right)
        return None if left is None or right is None else left | right
    if constant_flags(node) or isinstance(node, cst.Integer):
        return set()
    return {node.value} if isinstance(node, cst.Name) else None


def _walkable_again(function: cst.FunctionDef, iterable: cst.BaseExpression) -> bool:
    """Whether every pass walks the collection from its start: a dict view made anew, or a
    variable known to hold a list, tuple, dict, str or set (not an iterator)."""
    if isinstance(iterable, cst.Call):
        return True
    if not isinstance(iterable, cst.Name):
        return False
    name = iterable.value
    annotation = facts.annotation_of(function, name)
    if annotation is not None or name in facts.parameters(function):
        return annotation in _WALKABLE_AGAIN
    values = []
    for found in facts.walk(function.body):
        if name not in _bound_by(found):  # (not `bound_in`, which would see the statements holding it too)
            continue
        if isinstance(found, (cst.Assign, cst.AnnAssign)):
            if (isinstance(found, cst.Assign) and not all(
                    isinstance(t.target, cst.Name) for t in found.targets)) or found.value is None:
                return False
            values.append(found.value)
        elif not isinstance(found, cst.AugAssign):
            return False
    return bool(values) and all(_makes_collection(v) for v in values)


def _bound_by(node: cst.CSTNode) -> frozenset[str]:
    """The names `node` itself binds (an assignment's targets, a loop's, an `as` name…), not those bound
    by the statements it holds."""
    if isinstance(node, cst.Assign):
        return frozenset().union(*(facts.target_names(t.target) for t in node.targets))
    if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.Del)):
        return facts.target_names(node.target)
    if isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
        return facts.target_names(node.name)
    return frozenset(facts.bound_otherwise(node))


def _makes_collection(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.List, cst.Tuple, cst.Dict, cst.Set, cst.ListComp, cst.SetComp, cst.DictComp,
                          cst.SimpleString, cst.ConcatenatedString, cst.FormattedString)):
        return True
    return isinstance(value, cst.Call) and (
        (isinstance(value.func, cst.Name) and value.func.value in _COLLECTION_CALLS)
        or (isinstance(value.func, cst.Attribute) and value.func.attr.value in {"split", "rsplit", "splitlines"}))


def _may_leave_early(inner: cst.For, outer: cst.For | cst.While, parents: dict[int, cst.CSTNode]) -> bool:
    """Whether a pass of `outer` may go on after `inner` stopped before its end: a `break` of
    `inner`, or a `try` between the two loops that catches what `inner` raised."""
    for node in facts.ancestors(inner, parents):
        if node is outer:
            break
        if isinstance(node, (cst.Try, cst.TryStar)):
            return True
    stack: list[cst.CSTNode] = [inner.body]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Break):
            return True
        if not isinstance(node, (cst.For, cst.While, cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            stack.extend(node.children)
    return False


def _loops_leave_alone(function: cst.FunctionDef, loop: cst.For | cst.While, watched: set[str],
                       shadowed: set[str]) -> bool:
    """Whether nothing in `loop` may rebind the watched names or change their objects (the
    collection and what the patterns are built from): every call is a pure builtin or method, a
    `re` function, a compiled pattern's or a match's method, or a method of a container the
    function made itself that is handed nothing watched; items and attributes are set only on
    such containers; and `+=` cannot extend a watched object in place through another name."""
    if m.findall(loop, m.Yield() | m.Await() | m.With() | m.FunctionDef() | m.ClassDef() | m.Import()
                 | m.ImportFrom()):
        return False  # other code would run mid-loop (a `with` block's enter and exit), or names bound unseen
    parameters = facts.parameters(function)
    fresh = purity.fresh_containers(function.body, parameters) - watched
    if facts.bound_in(loop) & watched:
        return False
    for call in m.findall(loop, m.Call()):
        assert isinstance(call, cst.Call)
        if purity.is_pure_call(call, shadowed):
            continue
        func = call.func
        if not isinstance(func, cst.Attribute):
            return False
        if isinstance(func.value, cst.Name) and func.value.value == "re" and func.attr.value in COMPILING:
            continue
        if func.attr.value in _BEFORE_FLAGS or func.attr.value in _MATCH_METHODS:
            continue
        # (a method of a container the function made, also one filed in it: `found.setdefault(k, []).append(n)`)
        if not purity.is_pure_call(call, shadowed, frozenset(fresh)):
            return False
        if any(watched & purity.exposed(arg.value) for arg in call.args):
            return False  # kept in a container, it could be changed through it later
    for found, target in facts.written(loop):
        if isinstance(target, (cst.Subscript, cst.Attribute)):
            if not (isinstance(target.value, cst.Name) and target.value.value in fresh):
                return False
        elif isinstance(found, cst.AugAssign) and isinstance(target, cst.Name) and (
                target.value in parameters or purity.may_hold(function, target.value, watched)):
            return False  # `acc += [...]` extends in place whatever list `acc` holds
    return True




def _rewrite(function: cst.FunctionDef, outer: cst.For | cst.While, inner: cst.For,
             sites: list[_Site]) -> cst.FunctionDef | None:
    taken = facts.names_in(function)

    def fresh(wanted: str) -> str:
        name, number = wanted, 2
        while name in taken:
            name, number = f"{wanted}{number}", number + 1
        taken.add(name)
        return name

    position = fresh("position")
    label = _label(inner.iter)
    caches = [fresh(f"{label}_patterns") for _ in sites]
    why = f"  # position in {label} → its compiled pattern, built the first time the loop needs it"
    starts = [cst.parse_statement(f"{cache} = {{}}{why if not index else ''}\n") for index, cache in enumerate(caches)]
    new_outer = outer.visit(_UseCachedPatterns(inner, position, sites, caches))
    assert isinstance(new_outer, cst.BaseStatement)
    # Comments above the loop stay above the code that now starts it.
    starts[0] = starts[0].with_changes(leading_lines=outer.leading_lines)
    new_outer = new_outer.with_changes(leading_lines=())
    rewritten = facts.replace_statement(function, outer, [*starts, new_outer])
    return rewritten if facts.compiles(rewritten) else None


class _UseCachedPatterns(cst.CSTTransformer):
    """The inner loop walks its items with their positions; each site's pattern is compiled
    just before its statement the first time that position gets there, and its call uses it."""

    def __init__(self, inner: cst.For, position: str, sites: list[_Site], caches: list[str]) -> None:
        self.inner, self.position = inner, position
        self.calls = {id(s.call): cache for s, cache in zip(sites, caches, strict=True)}
        self.starts = {id(s.statement): (s, cache) for s, cache in zip(sites, caches, strict=True)}
        self.folded = {id(s.folded): s.folded for s in sites if s.folded is not None}

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        cache = self.calls.get(id(original_node))
        if cache is None:
            return updated_node
        return on_compiled(updated_node, cst.parse_expression(f"{cache}[{self.position}]"))

    def leave_For(self, original_node: cst.For, updated_node: cst.For) -> cst.For:
        if original_node is not self.inner:
            return updated_node
        target = updated_node.target
        if isinstance(target, cst.Tuple) and not target.lpar:
            target = target.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
        return updated_node.with_changes(
            target=cst.Tuple([cst.Element(cst.Name(self.position)), cst.Element(target)], lpar=[], rpar=[]),
            iter=cst.Call(func=cst.Name("enumerate"), args=[cst.Arg(updated_node.iter)]))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement] | cst.RemovalSentinel:
        if id(original_node) in self.folded:
            return cst.RemovalSentinel.REMOVE
        return self._compile_first(original_node, updated_node)

    def leave_If(
        self, original_node: cst.If, updated_node: cst.If
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        return self._compile_first(original_node, updated_node)

    def _compile_first(self, original: cst.SimpleStatementLine | cst.If, updated: cst.SimpleStatementLine | cst.If
                       ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        found = self.starts.get(id(original))
        if found is None:
            return updated
        site, cache = found
        flags = f", {facts.code(site.flags)}" if site.flags is not None else ""
        fill = cst.parse_statement(
            f"if {self.position} not in {cache}:\n"
            f"    {cache}[{self.position}] = re.compile({facts.code(site.pattern)}{flags})\n")
        # Comments above the statement (and above a folded `pattern = …`) stay above its code.
        above = [*(site.folded.leading_lines if isinstance(site.folded, cst.SimpleStatementLine) else ()),
                 *updated.leading_lines]
        return cst.FlattenSentinel([fill.with_changes(leading_lines=above), updated.with_changes(leading_lines=())])
