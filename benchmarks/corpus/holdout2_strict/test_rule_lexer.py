"""Strict equivalence tests for tokenize (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from exprlang.lexer import tokenize
from strict_support import assert_same

TARGET = "exprlang/lexer.py:tokenize"

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("NAME", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("STRING", r'"(?:[^"\\\n]|\\.)*"'),
    ("OP", r"==|!=|<=|>=|&&|\|\||[-+*/%<>=!(),.:]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t\r]+"),
    ("COMMENT", r"#[^\n]*"),
]


def reference(source):
    tokens = []
    line, column = 1, 1
    rest = source
    while rest:
        for kind, pattern in TOKEN_SPEC:
            match = re.match(pattern, rest)
            if match:
                break
        else:
            raise SyntaxError(f"unexpected {rest[0]!r} at line {line}, column {column}")
        text = match.group()
        if kind not in ("SKIP", "COMMENT"):
            tokens.append((kind, text, line, column))
        if kind == "NEWLINE":
            line, column = line + 1, 1
        else:
            column += len(text)
        rest = rest[len(text):]
    return tokens


CASES = [
    "",
    " ",
    "\n",
    "\n\n\n",
    "\r\n",
    "a\r\nb\r\n",
    "\t\tx",
    "# only a comment",
    "# comment\n",
    "a # c1\n# c2\nb # c3",
    "#",
    "##\n#",
    "x",
    "_",
    "__init__",
    "a1b2",
    "1a",
    "12abc",
    "1.5",
    "1.",
    ".5",
    "1.5.2",
    "1..2",
    "007",
    "3.14159 2.0 10",
    "٣.٥ + ١",
    "x==y",
    "x===y",
    "x!==y",
    "x=!y",
    "a&&b||c",
    "a&b",
    "a|b",
    "a<=b>=c<d>e",
    "a<==b",
    "->",
    "a.b.c(d, e):f",
    "-1 + +2 * 3 / 4 % 5",
    '"gold"',
    '""',
    '"a\\"b"',
    '"a\\\\"',
    '"a\\\\" "b"',
    '"tab\\tnewline\\n"',
    '"a" "b"c"d"',
    '"unterminated',
    '"line\nbreak"',
    '"\\',
    '"ends with backslash\\"',
    '"ünïcødé ✓ 🎉"',
    '"🎉" == x',
    "tier == \"gold\" && price >= 10.5 # promo\nset_price(price * 0.9)\n",
    "é",
    "naïve",
    "x $ y",
    "a\nb\nc $",
    "a\n\n   @",
    "'single'",
    "x;",
    "[1]",
    "{}",
    "x\x00",
    "\u00a0",
    "a\u2028b",
    "\f",
    "\v",
]


@pytest.mark.parametrize("source", CASES)
def test_same_as_reference(source) -> None:
    assert_same(tokenize, reference, source)


@pytest.mark.parametrize("source", ["x $ y", "a\nb\nc $", '"oops', "é", "ok\n\n  @", "a\r\n\t 'q'"])
def test_error_messages(source) -> None:
    with pytest.raises(SyntaxError) as got:
        tokenize(source)
    with pytest.raises(SyntaxError) as want:
        reference(source)
    assert str(got.value) == str(want.value)


def test_random_sources() -> None:
    rng = random.Random(8)
    pieces = ["a", "b1", "_x", "1", "2.5", "3.", " ", "\t", "\n", "\r", "#c", "==", "=", "!", "!=", "<", "<=",
              "&&", "&", "||", "(", ")", ",", ".", ":", '"s"', '"e\\"q"', '"', "-", "+", "*", "/", "%", "é", "$"]
    for _ in range(300):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert_same(tokenize, reference, source)


def test_a_big_rules_file() -> None:
    rng = random.Random(3)
    lines = []
    for number in range(400):
        value = rng.randint(0, 999) / 10
        lines.append(f'rule_{number}: price >= {value} && tier != "t{number}" -> set(price * 0.9)  # r{number}')
    source = "\n".join(lines) + "\n"
    assert_same(tokenize, reference, source)
    assert_same(tokenize, reference, source + "  @")


def test_returns_fresh_list_of_tuples() -> None:
    first = tokenize("a b")
    assert type(first) is list and all(type(token) is tuple for token in first)
    first.append(("X", "x", 0, 0))
    assert tokenize("a b") == [("NAME", "a", 1, 1), ("NAME", "b", 1, 3)]
