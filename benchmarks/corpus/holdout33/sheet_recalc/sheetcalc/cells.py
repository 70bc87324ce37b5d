"""Cell references: "B12", ranges "B2:D9"."""

from __future__ import annotations

import re

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
