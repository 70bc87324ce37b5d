"""Tokenizer for the pricing-rules language of a billing engine."""

from __future__ import annotations

import re

# Tried in this order at each position; the first pattern that matches wins.
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("NAME", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("STRING", r'"(?:[^"\\\n]|\\.)*"'),
    ("OP", r"==|!=|<=|>=|&&|\|\||[-+*/%<>=!(),.:]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t\r]+"),
    ("COMMENT", r"#[^\n]*"),
]


def tokenize(source: str) -> list[tuple[str, str, int, int]]:
    """Split rules source text into (kind, text, line, column) tokens.

    Lines and columns count from 1 (columns in characters). Spaces, tabs, carriage
    returns and "#" comments are dropped; each "\\n" gives a NEWLINE token. At each
    position the kinds of TOKEN_SPEC are tried in order and the first that matches is
    taken (so "1.5" is one NUMBER but "1." is a NUMBER then an OP). A character that
    starts no token, an unterminated string included, raises SyntaxError whose message
    gives its line and column.
    """
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
