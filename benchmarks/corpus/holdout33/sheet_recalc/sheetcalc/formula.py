"""Parsing and evaluating cell contents.

Formulas support numbers, cell references, + - * / with the usual precedence, unary minus,
parentheses and the functions SUM, MIN, MAX, AVERAGE (which also take ranges such as B2:B9)
and ROUND(value, digits). Errors are spreadsheet error codes carried by ``FormulaError``.
"""

from __future__ import annotations

import math
import re
from typing import Callable

from .cells import expand_range

FUNCTIONS = ("SUM", "MIN", "MAX", "AVERAGE", "ROUND")
_TOKEN = re.compile(r"\s*(?:(\d+\.?\d*|\.\d+)|([A-Za-z]{1,3}[0-9]+)(?::([A-Za-z]{1,3}[0-9]+))?|([A-Za-z]+)\s*\(|(.))")


class FormulaError(Exception):
    """A cell error; ``code`` is what the cell shows ("#DIV/0!", "#VALUE!", ...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def tokenize(source: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: num, ref, range ("B2:B9"), func (name), op."""
    tokens = []
    position = 0
    source = source.rstrip()
    while position < len(source):
        match = _TOKEN.match(source, position)
        number, ref, ref_end, func, op = match.groups()
        if number is not None:
            tokens.append(("num", number))
        elif ref is not None:
            tokens.append(("range", f"{ref.upper()}:{ref_end.upper()}") if ref_end else ("ref", ref.upper()))
        elif func is not None:
            tokens.append(("func", func.upper()))
        elif op is not None:
            if op not in "+-*/(),":
                raise FormulaError("#ERROR!")
            tokens.append(("op", op))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise FormulaError("#ERROR!")
        self.position += 1
        return token

    def expect(self, op: str) -> None:
        if self.take() != ("op", op):
            raise FormulaError("#ERROR!")

    def expression(self) -> tuple:
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = ("bin", self.take()[1], node, self.term())
        return node

    def term(self) -> tuple:
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = ("bin", self.take()[1], node, self.factor())
        return node

    def factor(self) -> tuple:
        kind, text = self.take()
        if (kind, text) == ("op", "-"):
            return ("neg", self.factor())
        if (kind, text) == ("op", "+"):
            return self.factor()
        if kind == "num":
            return ("num", float(text))
        if kind == "ref":
            return ("ref", text)
        if kind == "func":
            if text not in FUNCTIONS:
                raise FormulaError("#NAME?")
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.argument())
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.argument())
            self.expect(")")
            if text == "ROUND" and len(args) != 2:
                raise FormulaError("#ERROR!")
            return ("call", text, tuple(args))
        if (kind, text) == ("op", "("):
            node = self.expression()
            self.expect(")")
            return node
        raise FormulaError("#ERROR!")

    def argument(self) -> tuple:
        token = self.peek()
        if token is not None and token[0] == "range":
            self.take()
            first, last = token[1].split(":")
            return ("range", first, last)
        return self.expression()


def parse_cell(content: str) -> tuple:
    """The node for a cell's content: a formula ("=..."), a number or text.

    A formula that does not parse becomes an ("error", code) node.
    """
    if content.startswith("="):
        try:
            parser = _Parser(tokenize(content[1:]))
            node = parser.expression()
            if parser.peek() is not None:
                raise FormulaError("#ERROR!")
            return node
        except FormulaError as error:
            return ("error", error.code)
    try:
        return ("num", float(content.replace(",", "")))
    except ValueError:
        return ("text", content)


def _number(value: float | str) -> float:
    if isinstance(value, str):
        raise FormulaError("#VALUE!")
    return value


def evaluate(node: tuple, lookup: Callable[[str], float | str]) -> float | str:
    """Value of a parsed node; ``lookup`` gives the value of a referenced cell."""
    kind = node[0]
    if kind == "num" or kind == "text":
        return node[1]
    if kind == "error":
        raise FormulaError(node[1])
    if kind == "ref":
        return lookup(node[1])
    if kind == "neg":
        return -_number(evaluate(node[1], lookup))
    if kind == "bin":
        left = _number(evaluate(node[2], lookup))
        right = _number(evaluate(node[3], lookup))
        if node[1] == "+":
            return left + right
        if node[1] == "-":
            return left - right
        if node[1] == "*":
            return left * right
        if right == 0:
            raise FormulaError("#DIV/0!")
        return left / right
    name, args = node[1], node[2]
    numbers = []
    for arg in args:
        if arg[0] == "range":
            for ref in expand_range(arg[1], arg[2]):
                value = lookup(ref)
                if not isinstance(value, str):
                    numbers.append(value)
        else:
            numbers.append(_number(evaluate(arg, lookup)))
    if name == "SUM":
        return float(sum(numbers))
    if name == "MIN":
        return min(numbers) if numbers else 0.0
    if name == "MAX":
        return max(numbers) if numbers else 0.0
    if name == "AVERAGE":
        if not numbers:
            raise FormulaError("#DIV/0!")
        return sum(numbers) / len(numbers)
    value, digits = numbers[0], int(numbers[1])
    scale = 10.0 ** digits
    return math.copysign(math.floor(abs(value) * scale + 0.5) / scale, value)
