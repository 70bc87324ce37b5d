"""Strict equivalence tests for parse_bibtex (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from bibtools.parser import BibSyntaxError, parse_bibtex
from strict_support import assert_same

TARGET = "bibtools/parser.py:parse_bibtex"

HEADER = re.compile(r"(\w+)\s*\{\s*([^,\s}]*)\s*,")
FIELD = re.compile(r"([\w-]+)\s*=\s*")
BARE = re.compile(r"[^,}\s]+")


def _read_value(rest):
    if rest.startswith("{"):
        depth = 0
        for index, char in enumerate(rest):
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return rest[1:index], rest[index + 1:]
        raise BibSyntaxError("unbalanced braces in value")
    if rest.startswith('"'):
        end = rest.find('"', 1)
        if end < 0:
            raise BibSyntaxError("unterminated quoted value")
        return rest[1:end], rest[end + 1:]
    match = BARE.match(rest)
    if not match:
        raise BibSyntaxError(f"missing value near {rest[:20]!r}")
    return match.group(0), rest[match.end():]


def reference(text):
    entries = []
    rest = text
    while True:
        at = rest.find("@")
        if at < 0:
            break
        rest = rest[at + 1:]
        header = HEADER.match(rest)
        if not header:
            raise BibSyntaxError(f"bad entry header near {rest[:20]!r}")
        rest = rest[header.end():]
        fields = {}
        while True:
            rest = rest.lstrip()
            if rest.startswith("}"):
                rest = rest[1:]
                break
            field = FIELD.match(rest)
            if not field:
                raise BibSyntaxError(f"bad field near {rest[:20]!r}")
            rest = rest[field.end():]
            value, rest = _read_value(rest)
            fields[field.group(1).lower()] = " ".join(value.split())
            rest = rest.lstrip()
            if rest.startswith(","):
                rest = rest[1:]
        entries.append({"type": header.group(1).lower(), "key": header.group(2), "fields": fields})
    return entries


CASES = [
    "",
    "   \n\n",
    "no entries, just prose",
    "@misc{a,}",
    "@misc{a,}@misc{b,}",
    "@MISC{Key-1:x,\n TITLE = {T}, Title = {again}}",
    "@book{k, title = {a {nested {deep}} value}, year = 1999}",
    '@book{k, title = "quoted {with} braces", note = "}"}',
    "@book{k, title = {}, note = \"\", year = 0}",
    "@book{k, title = {x},,}",
    "@book{k, title = {x} , }",
    "@book{k , title={x}}",
    "@book{ k,title={x}}",
    "@book{,title={x}}",
    "@book {k, title = {x}}",
    "@article{k, author = {A and B}, email = {a@b.example}}\n@misc{m, note = 42}",
    "contact me at someone@example.org\n@misc{m,}",
    "@misc{m, note = {open}",
    "@misc{m, note = {unbalanced}}}@misc{n,}",
    '@misc{m, note = "open}',
    "@misc{m, note = }",
    "@misc{m, note = ",
    "@misc{m, note}",
    "@misc{m, = {x}}",
    "@misc{m, note = {x}",
    "@misc{m",
    "@misc",
    "@",
    "@@misc{m,}",
    "@comment{just a comment}",
    "@misc{m, dash-name = {x}, under_score = {y}, n2 = {z}}",
    "@misc{m,\r\n  title = {Windows\r\n  line endings},\r\n}\r\n",
    "@misc{m,\u00a0title\u2003=\u00a0{non breaking\u00a0space}\u2003}",
    "@misc{m, title = {Ünïcödé — “quotes” 日本語}, author = {Łukasz and Zoë}}",
    "@misc{m, title = {  lots   of \t\n spaces  }}",
    "@misc{m, a = 1, a = 2, A = 3}",
    "@misc{k1, t = {x}}\n@misc{k1, t = {y}}",
    "@misc{m, pages = 10--20, url = http://x.org/a?b=c}",
    "@misc{m, url = {http://x.org/@home}} trailing @ text",
    "@misc{m, note = \"a\" # \"b\"}",
]


@pytest.mark.parametrize("text", CASES)
def test_same_as_reference(text) -> None:
    assert_same(parse_bibtex, reference, text)


@pytest.mark.parametrize("text", CASES)
def test_same_error_message(text) -> None:
    def message(function):
        try:
            return ("ok", function(text))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(parse_bibtex) == message(reference)


def test_syntax_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_bibtex("@misc{m, note = {x}")


def test_not_a_string() -> None:
    assert_same(parse_bibtex, reference, None)
    assert_same(parse_bibtex, reference, b"@misc{m,}")


@pytest.mark.parametrize("seed", range(30))
def test_random_fragments(seed) -> None:
    rng = random.Random(seed)
    pieces = ["@misc{", "@Book{", "k1", ",", " ", "\n", "title", " = ", "{", "}", '"', "x y", "2020", "@", "a-b", "=", "\t"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
    assert_same(parse_bibtex, reference, text)


def test_big_file() -> None:
    rng = random.Random(3)
    chunks = []
    for number in range(600):
        chunks.append(f"@article{{r{number}, author = {{A{rng.randrange(9)} and B}}, title = {{T {{x}} {number}}}, year = {rng.randint(1900, 2024)}, pages = \"1--{number}\"}}\n")
        if rng.random() < 0.1:
            chunks.append("% a comment line\n")
    assert_same(parse_bibtex, reference, "".join(chunks))
