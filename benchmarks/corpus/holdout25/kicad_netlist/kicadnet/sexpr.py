"""A reader for the S-expressions KiCad writes its netlists in."""

from __future__ import annotations

import re
from typing import Any

TOKEN = re.compile(r'\s+|\(|\)|"(?:[^"\\]|\\.)*"|[^\s()"]+', re.DOTALL)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``: ``(``, ``)``, quoted strings (with their quotes) and bare atoms.

    Raises ValueError at an unterminated quoted string.
    """
    tokens: list[str] = []
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


def _unquote(token: str) -> str:
    """The text of a quoted token: quotes removed, ``\\n``, ``\\t``, ``\\r`` and other backslash escapes resolved."""
    body = token[1:-1]
    if "\\" not in body:
        return body
    return ESCAPE.sub(lambda match: ESCAPES.get(match.group(1), match.group(1)), body)


def _read(tokens: list[str]) -> Any:
    """Take one expression off the front of ``tokens``."""
    token = tokens.pop(0)
    if token == "(":
        items: list[Any] = []
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


def parse_sexpr(text: str) -> list[Any]:
    """Every top-level expression of ``text``, in order.

    A parenthesised expression becomes a list of its items; an atom becomes a string
    (a quoted atom without its quotes and with its escapes resolved, so ``"42"`` and
    ``42`` read alike). Raises ValueError for unbalanced parentheses or an unterminated
    string.
    """
    tokens = tokenize(text)
    expressions: list[Any] = []
    while tokens:
        expressions.append(_read(tokens))
    return expressions
