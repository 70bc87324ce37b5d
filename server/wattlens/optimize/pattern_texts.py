"""Recipe: a regular expression built from texts inside nested loops, where the loops around it are too deep
or change too much for `compile-built-patterns-once` to key it by position → compiled once per text.

    for occupation in occupations:
        for rule in rules:
            for keyword in rule.keywords:
                if re.search(r"\\b" + re.escape(keyword) + r"\\b", occupation, re.IGNORECASE):

builds, escapes and looks up the keyword's pattern again for every occupation (holdout31/census_occupations,
studied after its blind run: 447 keywords against every occupation).  It becomes

    keyword_patterns = {}  # the texts the pattern is built from → the compiled pattern
    ...
                keyword_pattern = keyword_patterns.get(keyword) if type(keyword) is str else None
                if keyword_pattern is None:
                    keyword_pattern = re.compile(r"\\b" + re.escape(keyword) + r"\\b", re.IGNORECASE)
                    if type(keyword) is str:
                        keyword_patterns[keyword] = keyword_pattern
                if keyword_pattern.search(occupation):

A pattern built any other way (held in a name, built from an item's field or with a comprehension) is
built as before and kept by its own text:

    pattern = r"(?<!\\w)" + r"[\\s\\-]+".join(re.escape(word) for word in alias.split()) + r"(?!\\w)"
    pattern_regex = pattern_compiled.get(pattern) if type(pattern) is str else None
    if pattern_regex is None: …

(holdout32/listing_brands, studied after its blind run: more brand aliases than `re`'s own cache holds,
compiled again for every title: 12x).  A pattern built by an expression is first bound to a name, in the
place where the call evaluated it first.

The call sits inside two loops at least, so that a text comes again while the function runs; the patterns
are kept for one call of the function.

WHY THE SAME.  The pattern is built by a pure expression (`purity`) from names each used as a whole value
(`keyword`, never `rule.prefix`) and module names (`re`); its flags are constant.  While each of those
names holds a `str` or an `int` (checked, exactly: a subclass could build another text), equal values
build the same pattern text, so the compiled pattern kept for them is the one `re` would compile or find
in its own cache, and `compiled.search(s)` is what `re.search(P, s, flags)` does (see `regexes`).  Other
values are built and compiled as before and not kept.  A text kept by itself is kept only while it is
exactly a `str`: with constant flags, the same text compiles to the same pattern.  The compile moves to
just before the statement, which evaluated the call first anyway (`regexes._head_call`), and what the
statement evaluated before compiling cannot fail or do anything (`regexes._arguments_safe`); a pattern
that does not compile raises the same `re.error` there, and nothing is kept for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity, regexes

EXPLANATION = (
    "a pattern built from texts inside a loop is built, escaped and looked up in re's cache again on every "
    "pass; it is now compiled once per distinct text and its method called directly"
)

_KEY_TYPES = "(str, int)"


@dataclass(frozen=True)
class _Site:
    """A `re.<function>(…)` call whose pattern is kept by `key`, the names it is built from."""

    statement: cst.BaseStatement
    call: cst.Call
    pattern: cst.BaseExpression
    flags: cst.BaseExpression | None
    key: tuple[str, ...]
    """the names the pattern is built from; empty where it is kept by its own text"""


def compile_patterns_by_text(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Each `re` call in a loop whose pattern is built from whole texts, compiled once per text."""
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    shadowed = facts.bound_in(function) | facts.parameters(function)
    if "re" in shadowed or "type" in shadowed or m.findall(function.body, m.Global() | m.Nonlocal()):
        # (a key name declared global could change under the function)
        return None
    parents = facts.parents(function)
    sites = [site for loop in facts.own_loops(function) if isinstance(loop.body, cst.IndentedBlock)
             for statement in loop.body.body for inner in _statements_of(statement, parents)
             if (site := _site(function, inner, parents, shadowed)) is not None]
    unique = list({id(site.statement): site for site in sites}.values())  # (a statement of nested loops, once)
    if not unique:
        return None
    rewritten = _rewrite(function, unique)
    return rewritten if facts.compiles(rewritten) else None


def _statements_of(statement: cst.BaseStatement, parents: dict[int, cst.CSTNode]) -> list[cst.BaseStatement]:
    """`statement` and every statement of its blocks, nested loops' too (not an `elif`, which is no
    statement of a block, nor those of nested functions)."""
    nested = {id(node) for inner in facts.walk(statement) if isinstance(inner, (cst.FunctionDef, cst.ClassDef))
              for node in facts.walk(inner)}
    return [node for node in facts.walk(statement) if isinstance(node, (cst.SimpleStatementLine, cst.If))
            and isinstance(parents.get(id(node)), cst.IndentedBlock) and id(node) not in nested]


def _site(function: cst.FunctionDef, statement: cst.BaseStatement, parents: dict[int, cst.CSTNode],
          shadowed: set[str]) -> _Site | None:
    head = regexes.head_call(statement, shadowed)
    if head is None:
        return None
    call, receivers = head
    parts = regexes.call_parts(call, regexes.COMPILING)
    if parts is None:
        return None
    called, pattern, flags = parts
    if called == "compile":
        return None  # (as this recipe writes it, once per text)
    if isinstance(pattern, (cst.SimpleString, cst.ConcatenatedString)) \
            or (flags is not None and not regexes.constant_flags(flags)):
        return None  # a literal is `compile-patterns-once`'s
    key = _built_from(pattern, shadowed)
    loops = sum(isinstance(node, (cst.For, cst.While)) for node in facts.ancestors(statement, parents))
    if loops < 2:
        return None  # each text's pattern met once per call: kept for the call, it would be compiled as often
    bound = regexes.certainly_bound(statement, parents, function)
    if not regexes.arguments_safe(statement, call, bound, shadowed) or not receivers <= bound | (receivers - shadowed):
        return None
    return _Site(statement, call, pattern, flags, key)


def _built_from(pattern: cst.BaseExpression, shadowed: set[str]) -> tuple[str, ...]:
    """The local names a pattern is built from by a pure expression, each used as a whole value; empty
    where it is built any other way (a name holding a text built before, a comprehension, a call, an
    attribute of an object, a global), which then keys it by its own text."""
    if isinstance(pattern, cst.Name) or not purity.is_pure_expression(pattern, shadowed) or any(
            isinstance(node, (cst.Lambda, cst.GeneratorExp, cst.ListComp, cst.SetComp, cst.DictComp))
            for node in facts.walk(pattern)):
        return ()
    modules = {"re"} | set(purity.trusted().module_aliases) | set(purity.trusted().module_names)
    key = sorted(purity.value_reads(pattern) - modules)
    if not key or any(name not in shadowed for name in key):
        return ()  # a global could be rebound by anything the loop calls
    pattern_parents = facts.parents(pattern)
    for mention in facts.walk(pattern):
        if isinstance(mention, cst.Name) and mention.value in key \
                and not facts.not_a_variable(mention, pattern_parents):
            holder = pattern_parents.get(id(mention))
            if isinstance(holder, (cst.Attribute, cst.Subscript)) and holder.value is mention:
                return ()  # `rule.prefix`: the object is no text to key by
    return tuple(key)


def _rewrite(function: cst.FunctionDef, sites: list[_Site]) -> cst.FunctionDef:
    taken = facts.names_in(function)
    new: dict[int, Sequence[cst.BaseStatement]] = {}
    caches: list[str] = []
    for site in sites:
        text: list[cst.BaseStatement] = []
        pattern = facts.code(site.pattern)
        if site.key:
            label = "_".join(site.key)
            key = site.key[0] if len(site.key) == 1 else f"({', '.join(site.key)})"
            kept = " and ".join(f"type({name}) in {_KEY_TYPES}" for name in site.key)
        else:  # kept by its text, evaluated once as the call did, first
            label = site.pattern.value if isinstance(site.pattern, cst.Name) else "built"
            if not isinstance(site.pattern, cst.Name):
                pattern = facts.unused_name(taken, f"{label}_text")
                text = [cst.parse_statement(f"{pattern} = {facts.code(site.pattern)}\n")]
            key, kept = pattern, f"type({pattern}) is str"
        cache = facts.unused_name(taken, f"{label}_patterns" if site.key else f"{label}_compiled")
        compiled = facts.unused_name(taken, f"{label}_pattern" if site.key else f"{label}_regex")
        caches.append(cache)
        flags = f", {facts.code(site.flags)}" if site.flags is not None else ""
        lookup = cst.parse_statement(f"{compiled} = {cache}.get({key}) if {kept} else None\n")
        compiling = cst.parse_statement(
            f"if {compiled} is None:\n"
            f"    {compiled} = re.compile({pattern}{flags})\n"
            f"    if {kept}:\n"
            f"        {cache}[{key}] = {compiled}\n")
        using = site.statement.visit(regexes.UseCompiled({id(site.call): compiled}))
        assert isinstance(using, (cst.SimpleStatementLine, cst.If))  # as `_statements_of` found it
        before = [*text, lookup, compiling]
        new[id(site.statement)] = [before[0].with_changes(leading_lines=using.leading_lines), *before[1:],
                                   using.with_changes(leading_lines=())]
    why = ("  # the texts a pattern is built from → the pattern, compiled the first time they come" if sites[0].key
           else "  # a pattern's text → the pattern, compiled the first time it comes")
    starts = [cst.parse_statement(f"{cache} = {{}}{why if not index else ''}\n") for index, cache in enumerate(caches)]
    body = cst.ensure_type(function.body, cst.IndentedBlock)
    at = 1 if facts.docstring(function) is not None else 0
    function = function.with_changes(body=body.with_changes(body=[*body.body[:at], *starts, *body.body[at:]]))
    return facts.replace_statements(function, new)

