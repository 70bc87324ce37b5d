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

The call sits inside two loops at least, so that a text comes again while the function runs; the patterns
are kept for one call of the function.

WHY THE SAME.  The pattern is built by a pure expression (`purity`) from names each used as a whole value
(`keyword`, never `rule.prefix`) and module names (`re`); its flags are constant.  While each of those
names holds a `str` or an `int` (checked, exactly: a subclass could build another text), equal values
build the same pattern text, so the compiled pattern kept for them is the one `re` would compile or find
in its own cache, and `compiled.search(s)` is what `re.search(P, s, flags)` does (see `regexes`).  Other
values are built and compiled as before and not kept.  The compile moves to just before the statement,
which evaluated the call first anyway (`regexes._head_call`), and what the statement evaluated before
compiling cannot fail or do anything (`regexes._arguments_safe`); a pattern that does not compile raises
the same `re.error` there, and nothing is kept for it.
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
    if isinstance(pattern, (cst.SimpleString, cst.ConcatenatedString, cst.Name)) \
            or (flags is not None and not regexes.constant_flags(flags)) \
            or not purity.is_pure_expression(pattern, shadowed):
        return None  # a literal is `compile-patterns-once`'s; a name holds a text built elsewhere
    if any(isinstance(node, (cst.Lambda, cst.GeneratorExp, cst.ListComp, cst.SetComp, cst.DictComp))
           for node in facts.walk(pattern)):
        return None
    modules = {"re"} | set(purity.trusted().module_aliases) | set(purity.trusted().module_names)
    key = sorted(purity.value_reads(pattern) - modules)
    if not key or any(name not in shadowed for name in key):
        return None  # a global could be rebound by anything the loop calls
    pattern_parents = facts.parents(pattern)
    for mention in facts.walk(pattern):
        if isinstance(mention, cst.Name) and mention.value in key \
                and not facts.not_a_variable(mention, pattern_parents):
            holder = pattern_parents.get(id(mention))
            if isinstance(holder, (cst.Attribute, cst.Subscript)) and holder.value is mention:
                return None  # `rule.prefix`: the object is no text to key by
    loops = sum(isinstance(node, (cst.For, cst.While)) for node in facts.ancestors(statement, parents))
    if loops < 2:
        return None  # each text's pattern met once per call: kept for the call, it would be compiled as often
    bound = regexes.certainly_bound(statement, parents, function)
    if not regexes.arguments_safe(statement, call, bound, shadowed) or not receivers <= bound | (receivers - shadowed):
        return None
    return _Site(statement, call, pattern, flags, tuple(key))


def _rewrite(function: cst.FunctionDef, sites: list[_Site]) -> cst.FunctionDef:
    taken = facts.names_in(function)
    new: dict[int, Sequence[cst.BaseStatement]] = {}
    caches: list[str] = []
    for site in sites:
        label = "_".join(site.key)
        cache = facts.unused_name(taken, f"{label}_patterns")
        compiled = facts.unused_name(taken, f"{label}_pattern")
        caches.append(cache)
        key = site.key[0] if len(site.key) == 1 else f"({', '.join(site.key)})"
        kept = " and ".join(f"type({name}) in {_KEY_TYPES}" for name in site.key)
        flags = f", {facts.code(site.flags)}" if site.flags is not None else ""
        lookup = cst.parse_statement(f"{compiled} = {cache}.get({key}) if {kept} else None\n")
        compiling = cst.parse_statement(
            f"if {compiled} is None:\n"
            f"    {compiled} = re.compile({facts.code(site.pattern)}{flags})\n"
            f"    if {kept}:\n"
            f"        {cache}[{key}] = {compiled}\n")
        using = site.statement.visit(regexes.UseCompiled({id(site.call): compiled}))
        assert isinstance(using, (cst.SimpleStatementLine, cst.If))  # as `_statements_of` found it
        new[id(site.statement)] = [lookup.with_changes(leading_lines=using.leading_lines), compiling,
                                   using.with_changes(leading_lines=())]
    why = "  # the texts a pattern is built from → the pattern, compiled the first time they come"
    starts = [cst.parse_statement(f"{cache} = {{}}{why if not index else ''}\n") for index, cache in enumerate(caches)]
    body = cst.ensure_type(function.body, cst.IndentedBlock)
    at = 1 if facts.docstring(function) is not None else 0
    function = function.with_changes(body=body.with_changes(body=[*body.body[:at], *starts, *body.body[at:]]))
    return facts.replace_statements(function, new)

