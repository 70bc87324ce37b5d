"""Strict equivalence tests for recalculate (never shown to wattlens)."""

from __future__ import annotations

import math
import random
import re
from typing import Callable, Mapping

import pytest
from strict_support import assert_same
from sheetcalc.workbook import recalculate

TARGET = "sheetcalc/workbook.py:recalculate"


# --- verbatim copy of the original implementation ---------------------------------------------

_REF = re.compile(r"^([A-Z]{1,3})([1-9][0-9]*)$")


def column_number(letters: str) -> int:
    """1 for "A", 27 for "AA"."""
    number = 0
    for letter in letters:
        number = number * 26 + (ord(letter) - ord("A") + 1)
    return number


def column_letters(number: int) -> str:
    """"A" for 1, "AA" for 27."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def split_ref(ref: str) -> tuple[int, int]:
    """(column, row) of an upper-case reference; ``ValueError`` for anything else."""
    match = _REF.match(ref)
    if match is None:
        raise ValueError(f"not a cell reference: {ref!r}")
    return column_number(match[1]), int(match[2])


def expand_range(first: str, last: str) -> list[str]:
    """The references of a rectangular range, row by row, whichever corners are given."""
    (col1, row1), (col2, row2) = split_ref(first), split_ref(last)
    rows = range(min(row1, row2), max(row1, row2) + 1)
    cols = range(min(col1, col2), max(col1, col2) + 1)
    return [f"{column_letters(col)}{row}" for row in rows for col in cols]


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


def reference(cells: Mapping[str, str]) -> dict[str, float | str]:
    """Values of all listed cells, in listing order (references upper-cased).

    Numbers are floats, text cells keep their text, empty cells referenced by formulas count
    as 0. A cell whose formula fails shows the error code instead ("#DIV/0!", "#VALUE!",
    "#NAME?", "#ERROR!" for a formula that does not parse, "#CIRC!" for a circular reference),
    and so does every cell that depends on it.
    """
    parsed = {}
    for ref, content in cells.items():
        parsed[ref.strip().upper()] = parse_cell(content)

    def value_of(ref: str, visiting: set[str]) -> float | str:
        node = parsed.get(ref)
        if node is None:
            return 0.0
        if ref in visiting:
            raise FormulaError("#CIRC!")
        visiting.add(ref)
        try:
            return evaluate(node, lambda other: value_of(other, visiting))
        finally:
            visiting.discard(ref)

    values: dict[str, float | str] = {}
    for ref in parsed:
        try:
            values[ref] = value_of(ref, set())
        except FormulaError as error:
            values[ref] = error.code
    return values


# --- cases -------------------------------------------------------------------------------

CASES = [
    {},
    {"A1": "5"},
    {"A1": ""},
    {"A1": "="},
    {"A1": "=   "},
    {"A1": " 5 "},
    {"A1": "1,250.5", "A2": "=A1*2"},
    {"A1": "1e3", "A2": "=A1/8"},
    {"A1": "inf", "A2": "=A1*2"},
    {"A1": "-0", "A2": "=A1", "A3": "=-A1"},
    {"A1": "0x10"},
    {"A1": "Income", "A2": "=A1", "A3": "=A1+1", "A4": "=SUM(A1:A3)"},
    {"A1": "=A1"},
    {"A1": "=B1", "B1": "=C1", "C1": "=A1", "D1": "=C1+1", "E1": "=SUM(A1:A1)"},
    {"A1": "=SUM(A1:B2)", "B2": "4"},
    {"A1": "=1/0", "A2": "=A1+1", "A3": "=SUM(A1:A2)", "A4": "=MAX(A1:A1)"},
    {"A1": "=1/(2-2)", "A2": "=0/5", "A3": "=A9/A8"},
    {"A1": "=FOO(1)", "A2": "=A1", "A3": "=SUMX(1)"},
    {"A1": "=1+", "A2": "=(1", "A3": "=1)", "A4": "=1 2", "A5": "=A1:A2", "A6": "=1 & 2", "A7": "=SUM(1,)"},
    {"A1": "=ROUND(2.5, 0)", "A2": "=ROUND(-2.5, 0)", "A3": "=ROUND(1234.5678, -2)", "A4": "=ROUND(1, 2, 3)",
     "A5": "=ROUND(1)", "A6": "=ROUND(A9, 1.9)", "A7": "=ROUND(0.125, 2)"},
    {"A1": "=AVERAGE()", "A2": "=SUM()", "A3": "=MIN()", "A4": "=MAX()", "A5": "=AVERAGE(B1:B3)"},
    {"A1": "3", "A2": "x", "A3": "=MIN(A1:A2)", "A4": "=MAX(A2:A2)", "A5": "=AVERAGE(A1:A3, 7)"},
    {"a1": "2", "A2": "=a1*3", " b1 ": "=A2+1", "B2": "=b1"},
    {"A1": "1", "a1": "2", "B1": "=A1"},
    {"A1": "=--2", "A2": "=+-+3", "A3": "=-(-A1)", "A4": "=2*-3", "A5": "=1-2-3", "A6": "=8/4/2"},
    {"A1": "=2+3*4", "A2": "=(2+3)*4", "A3": "=.5+1.", "A4": "=007"},
    {"A1": "=sum(b1:b3) * max(B1:B3)", "B1": "1", "B2": "2", "B3": "3"},
    {"A1": "=SUM(B3:B1)", "B1": "1", "B2": "2", "B3": "3", "A2": "=SUM(C1:B2)"},
    {"A1": "=SUM(A0:A2)", "A2": "=ZZZZ1", "A3": "=SUM(AAAA1:AAAA2)"},
    {"A1": "=AAA1+1", "AAA1": "41"},
    {"ZZZ999": "1", "A1": "=ZZZ999*2"},
    {"A1": "=SUM(B1:C2, 10, B1)", "B1": "1", "C2": "=B1*5", "C1": "text"},
    {"A1": "=C1", "C1": "=1/0", "B1": "=A1+C1"},
    {"A1": "=B1+B1+B1+B1", "B1": "=C1+C1+C1", "C1": "=D1*2", "D1": "1.5"},
    {"A1": "5", "B1": "=A1\n+1"},
    {"A1": 5},
    {"A1": None},
    {5: "1"},
    {None: "1"},
    {"A1": "1", "A2": ["=A1"]},
    [("A1", "1")],
    None,
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(recalculate, reference, case)


def test_keyword_argument() -> None:
    assert_same(recalculate, reference, cells={"A1": "2", "A2": "=A1*A1"})


def _formula(rng, refs, depth=0):
    roll = rng.random()
    if depth > 2 or roll < 0.3:
        return rng.choice(refs + [str(rng.randint(0, 9)), f"{rng.randint(0, 99) / 4}"])
    if roll < 0.6:
        return f"{_formula(rng, refs, depth + 1)}{rng.choice('+-*/')}{_formula(rng, refs, depth + 1)}"
    if roll < 0.7:
        return f"-({_formula(rng, refs, depth + 1)})"
    if roll < 0.85:
        first, last = rng.choice(refs), rng.choice(refs)
        return f"{rng.choice(['SUM', 'MIN', 'MAX', 'AVERAGE', 'sum'])}({first}:{last})"
    if roll < 0.95:
        return f"ROUND({_formula(rng, refs, depth + 1)}, {rng.randint(-1, 3)})"
    return rng.choice(["NOPE(1)", "(1", "1 +", ""])


def _random_cases():
    rng = random.Random(33041)
    refs = [f"{col}{row}" for col in "ABC" for row in range(1, 5)]
    for _ in range(260):
        cells = {}
        for ref in rng.sample(refs, rng.randint(0, len(refs))):
            roll = rng.random()
            if roll < 0.35:
                cells[ref] = str(rng.choice([0, 1, 2, 3, 7, 10, 0.5, -4, 1250]))
            elif roll < 0.42:
                cells[ref] = rng.choice(["Rent", "", "n/a", "#DIV/0!", " "])
            else:
                cells[ref] = "=" + _formula(rng, refs)
        yield cells


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(recalculate, reference, case)
