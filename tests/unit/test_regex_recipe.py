"""The compile-regex-once recipe: each `re.<function>(literal, …)` in a loop uses a pattern
compiled once before it, with the same answers (flags, counts, keywords, errors) as the
module function, and patterns that could fail or mean something else are left alone."""

from __future__ import annotations

import re
import textwrap

import pytest

from wattlens.optimize.recipes import rewrite_with_recipes


def rewrite(source: str) -> str | None:
    found = {recipe.name: text for recipe, text in rewrite_with_recipes(textwrap.dedent(source))}
    return found.get("compile-regex-once")


def outcome(source: str, *args: object) -> object:
    scope: dict[str, object] = {"re": re}
    exec(textwrap.dedent(source), scope)
    function = scope["scan"]
    assert callable(function)
    try:
        return function(*args)
    except Exception as error:  # the exception's type and message are the outcome
        return type(error), str(error)


LINES: list[object] = [
    ["2024 ERROR disk full", "2024 INFO ok", "error lower", "", "ERROR   spaced out", "a\nERROR next"]]


def same_behaviour(original: str, rewritten: str, cases: list[list[object]]) -> None:  # one list per call
    for case in cases:
        assert outcome(rewritten, *case) == outcome(original, *case), case


@pytest.mark.parametrize(("source", "expected"), [
    ("""
    def scan(lines):
        out = []
        for line in lines:
            found = re.search(r"ERROR (\\w+)", line)
            if found:
                out.append(found.group(1))
        return out
    """, 'pattern.search(line)'),
    ("""
    def scan(lines):
        return [re.findall(r"\\w+", line, re.I | re.M) for line in lines]
    """, 'pattern.findall(line)'),
    ("""
    def scan(lines):
        return [re.sub("r+", "R", line, 1, re.IGNORECASE) for line in lines]
    """, 'pattern.sub("R", line, 1)'),
    ("""
    def scan(lines):
        return [re.sub("o", repl="0", string=line, count=2, flags=re.I) for line in lines]
    """, 'pattern.sub(repl="0", string=line, count=2)'),
    ("""
    def scan(lines):
        return [re.split(r"\\s+", line, 1) for line in lines]
    """, 'pattern.split(line, 1)'),
    ("""
    def scan(lines):
        return [bool(re.fullmatch("ERROR.*", line, flags=re.S)) for line in lines]
    """, 'pattern.fullmatch(line)'),
    ("""
    def scan(lines):
        n = 0
        for line in lines:
            n += len(list(re.finditer("E" "R", line))) + (re.match("^2", line) is not None)
        return n
    """, 'pattern2.match(line)'),
    ("""
    def scan(lines):
        return [re.subn(b"x", b"y", line) for line in lines]
    """, 'pattern.subn(b"y", line)'),
])
def test_patterns_compile_once_and_answer_alike(source: str, expected: str) -> None:
    new = rewrite(source)
    assert new is not None and expected in new and "= re.compile(" in new
    assert new.index("re.compile(") < new.index(expected)
    same_behaviour(source, new, [LINES, [[]], [[b"bytes are refused by a str pattern"]], [["b"]]])


def test_one_compiled_pattern_per_pattern_and_flags() -> None:
    source = """
    def scan(lines):
        a = [re.search("x", line) is None for line in lines]
        b = [re.search("x", line) is None for line in lines]
        c = [re.search("x", line, re.I) is None for line in lines]
        return a, b, c
    """
    new = rewrite(source)
    assert new is not None
    assert new.count('re.compile("x")') == 1 and new.count('re.compile("x", re.I)') == 1
    same_behaviour(source, new, [LINES, [["X", "x"]]])


def test_a_guarded_loop_still_answers_alike_because_the_literal_compiles() -> None:
    source = """
    def scan(lines):
        if lines is None:
            return None
        return [m.group(0) for line in lines if (m := re.search("[0-9]+", line))]
    """
    new = rewrite(source)
    assert new is not None
    same_behaviour(source, new, [[None], LINES])


@pytest.mark.parametrize("source", [
    pytest.param("""
    def scan(lines):
        return re.findall("x", lines[0])
    """, id="not in a loop"),
    pytest.param("""
    def scan(lines, word):
        return [re.search(word, line) for line in lines]
    """, id="pattern not a literal"),
    pytest.param("""
    def scan(lines, word):
        return [re.search(f"{word}+", line) for line in lines]
    """, id="f-string"),
    pytest.param("""
    def scan(lines):
        return [re.search("(unclosed", line) for line in lines]
    """, id="a pattern that does not compile"),
    pytest.param("""
    def scan(lines, flags):
        return [re.search("x", line, flags) for line in lines]
    """, id="computed flags"),
    pytest.param("""
    def scan(lines):
        return [re.search("x", line, re.I, 3) for line in lines]
    """, id="too many arguments"),
    pytest.param("""
    def scan(lines, re):
        return [re.search("x", line) for line in lines]
    """, id="re is not the module"),
    pytest.param("""
    def scan(lines):
        return [re.escape("x") for line in lines]
    """, id="not a matching function"),
    pytest.param("""
    def scan(lines, args):
        return [re.search("x", *args) for line in lines]
    """, id="star arguments"),
])
def test_left_alone(source: str) -> None:
    assert rewrite(source) is None
