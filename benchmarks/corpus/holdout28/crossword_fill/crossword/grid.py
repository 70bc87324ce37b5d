"""Crossword grids as the setters' software exports them: one text row per grid row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BLOCK = "#"
EMPTY = "."


@dataclass(frozen=True)
class Slot:
    """A light (an entry's run of squares): its clue number, "across" or "down", first square and length."""

    number: int
    direction: str
    row: int
    col: int
    length: int


def parse_grid(text: str) -> list[str]:
    """Grid rows from the export: blank lines dropped, surrounding spaces removed, letters upper-cased."""
    return [line.strip().upper() for line in text.splitlines() if line.strip()]


def number_grid(rows: Sequence[str]) -> list[Slot]:
    """Number the grid the usual way and list its lights.

    A square starts an across (down) light when it is open, the square before it in the row
    (column) is a block or the edge, and the square after it is open. Starting squares are
    numbered 1, 2, ... in reading order; lights are listed by number, across before down.

    Raises ``ValueError`` when the rows differ in length or contain anything but "#", "." and A-Z.
    """
    if not rows:
        return []
    width = len(rows[0])
    for row in rows:
        if len(row) != width:
            raise ValueError("grid rows differ in length")
        for square in row:
            if square not in (BLOCK, EMPTY) and not "A" <= square <= "Z":
                raise ValueError(f"unexpected square {square!r} in the grid")

    def is_open(r: int, c: int) -> bool:
        return 0 <= r < len(rows) and 0 <= c < width and rows[r][c] != BLOCK

    slots = []
    number = 0
    for r in range(len(rows)):
        for c in range(width):
            if not is_open(r, c):
                continue
            across = not is_open(r, c - 1) and is_open(r, c + 1)
            down = not is_open(r - 1, c) and is_open(r + 1, c)
            if not (across or down):
                continue
            number += 1
            if across:
                length = 1
                while is_open(r, c + length):
                    length += 1
                slots.append(Slot(number, "across", r, c, length))
            if down:
                length = 1
                while is_open(r + length, c):
                    length += 1
                slots.append(Slot(number, "down", r, c, length))
    return slots


def entry(rows: Sequence[str], slot: Slot) -> str:
    """The letters (and "." for empty squares) currently in a light."""
    if slot.direction == "across":
        return rows[slot.row][slot.col: slot.col + slot.length]
    return "".join(rows[slot.row + i][slot.col] for i in range(slot.length))
