"""Strict equivalence tests for parse_sexpr (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from kicadnet.sexpr import parse_sexpr
from strict_support import assert_same

TARGET = "kicadnet/sexpr.py:parse_sexpr"


# --- verbatim copy of the original implementation, its helpers and constants ---------------

TOKEN = re.compile(r'\s+|\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+', re.DOTALL)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def tokenize(text):
    tokens = []
    position = 0
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"unterminated string at offset {position}")
        token = match.group()
        if not token[0].isspace():
            tokens.append(token)
        position = match.end()
    return tokens


def _unquote(token):
    body = token[1:-1]
    if "\\" not in body:
        return body
    return ESCAPE.sub(lambda match: ESCAPES.get(match.group(1), match.group(1)), body)


def _read(tokens):
    token = tokens.pop(0)
    if token == "(":
        items = []
        while tokens and tokens[0] != ")":
            items.append(_read(tokens))
        if not tokens:
            raise ValueError("missing ')' at end of input")
        tokens.pop(0)
        return items
    if token == ")":
        raise ValueError("unexpected ')'")
    if token.startswith('"'):
        return _unquote(token)
    return token


def reference(text):
    tokens = tokenize(text)
    expressions = []
    while tokens:
        expressions.append(_read(tokens))
    return expressions


# --- cases -------------------------------------------------------------------------------

COMP = '''(comp (ref "R12")
      (value "10k")
      (footprint "Resistor_SMD:R_0603_1608Metric")
      (libsource (lib "Device") (part "R") (description "Resistor \\"1%\\""))
      (sheetpath (names "/Power/") (tstamps "/5e1c3a2f/"))
      (tstamps "1a2b3c4d-0000-4000-8000-123456789abc"))'''

CASES = [
    "",
    " ",
    "\n\n\t  \r\n",
    "()",
    "(())",
    "(()())",
    "((()))",
    "a",
    "a b c",
    "(a)",
    "(a b (c d) e)",
    "(a)(b)",
    "(a) (b) c",
    "( a  b\n\tc )",
    "(a\r\nb)\r\n",
    '"a"',
    '""',
    '("")',
    '("" "")',
    '("a b" c)',
    '("(" ")")',
    '("(a" b)',
    '("line one\nline two")',
    '("tab\\there")',
    '("new\\nline" "cr\\r" "\\\\" "\\"")',
    '("\\x41" "\\q" "\\u00e9" "\\(")',
    '("ends with backslash\\\\")',
    '"\\""',
    '"a\\\\"b',
    '"a\\"',
    '"unterminated',
    '(a "unterminated)',
    '"',
    '("a""b")',
    'a"b"c',
    '"a"b',
    'a"b',
    "a\\b",
    "(a\\ b)",
    "42",
    '"42"',
    "(at 12.7 -3.81 90)",
    "(pin 1)(pin \"1\")",
    "(",
    ")",
    "(a",
    "a)",
    "(a))",
    "((a)",
    "(a (b (c)",
    ")(",
    "() )",
    "(a) )",
    "(# ## #x)",
    "(' ` , ;comment)",
    "(name \"Ünïcødé 日本語 ✓\")",
    "(ünïcødé 日本語)",
    "(a\u00a0b)",
    "(a\u2028b\u3000c)",
    "(a\u200bb)",
    "(a\x00b)",
    "(a\x0bb\x0cc\x1cd)",
    "(" * 150 + "x" + ")" * 150,
    "(" * 150 + "x" + ")" * 149,
    "(" * 3 + ")" * 4,
    " ".join(f"a{i}" for i in range(3000)),
    "(" + " ".join(f'"v{i}"' for i in range(3000)) + ")",
    "(x)" * 500,
    COMP,
    "(export (version \"E\")\n  (components\n    " + COMP + "\n  )\n)\n",
    "(export (version \"E\")\n  (components\n    " + COMP + "\n  )\n",
    COMP.replace("(value", "value"),
    None,
    b"(a b)",
    42,
    ["(", "a", ")"],
]


@pytest.mark.parametrize("text", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_cases(text) -> None:
    assert_same(parse_sexpr, reference, text)


def test_keyword_argument() -> None:
    assert_same(parse_sexpr, reference, text="(a (b c))")


ATOMS = ["a", "R1", "10k", "+3V3", "/SDA", "GND", "Device:R", "0.5", "-1", "#PWR01", "~", "ü", "日本"]
QUOTED = ['"R1"', '""', '"a b"', '"(x)"', '"say \\"hi\\""', '"back\\\\slash"', '"new\\nline"', '"\\t"']


def _tree(rng, depth):
    if depth == 0 or rng.random() < 0.35:
        return rng.choice(ATOMS + QUOTED)
    return [_tree(rng, depth - 1) for _ in range(rng.randint(0, 5))]


def _render(rng, tree):
    if isinstance(tree, str):
        return tree
    space = rng.choice([" ", "  ", "\n  ", "\t", " \r\n"])
    inner = space.join(_render(rng, child) for child in tree)
    return "(" + rng.choice(["", " "]) + inner + rng.choice(["", " ", "\n"]) + ")"


def _random_cases():
    rng = random.Random(200)
    for _ in range(260):
        text = rng.choice(["", " ", "\n"]).join(_render(rng, _tree(rng, rng.randint(0, 5))) for _ in range(rng.randint(0, 3)))
        damage = rng.random()
        if damage < 0.08 and "(" in text:
            position = text.index("(")
            text = text[:position] + text[position + 1:]
        elif damage < 0.16 and ")" in text:
            position = text.rindex(")")
            text = text[:position] + text[position + 1:]
        elif damage < 0.2 and '"' in text:
            position = text.index('"')
            text = text[:position] + text[position + 1:]
        yield text


@pytest.mark.parametrize("text", list(_random_cases()), ids=lambda text: f"len{len(text)}")
def test_random(text) -> None:
    assert_same(parse_sexpr, reference, text)


def test_board_netlist() -> None:
    rng = random.Random(5)
    parts = ['(export (version "E")', "  (components"]
    for n in range(250):
        parts.append(COMP.replace('"R12"', f'"R{n}"').replace('"10k"', f'"{rng.choice(["10k", "4k7", "100R"])}"'))
    parts.append("  )\n  (nets")
    for code in range(1, 300):
        nodes = " ".join(f'(node (ref "R{rng.randrange(250)}") (pin "{rng.randint(1, 2)}") (pintype "passive"))'
                         for _ in range(rng.randint(1, 4)))
        parts.append(f'    (net (code "{code}") (name "/N{code}") {nodes})')
    parts.append("  )\n)\n")
    assert_same(parse_sexpr, reference, "\n".join(parts))
