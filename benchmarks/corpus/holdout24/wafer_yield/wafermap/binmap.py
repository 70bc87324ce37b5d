"""Wafer-sort bin maps as written by the probers' map export."""

from __future__ import annotations

from dataclasses import dataclass

NO_DIE = "."


@dataclass(frozen=True)
class Die:
    """One die site on the wafer: column ``x``, row ``y`` (both from the top left) and its sort bin."""

    x: int
    y: int
    bin: int


def parse_bin_map(text: str) -> list[Die]:
    """The dies of an ASCII bin map, row by row from the top.

    Each line is one row; each character one site: ``.`` (or a space) is no die, a digit
    ``0``-``9`` or a letter ``A``-``Z`` the die's bin (``A`` is bin 10). Blank lines are
    rows without dies; a trailing newline is ignored. Raises ValueError for any other
    character.
    """
    dies: list[Die] = []
    for y, row in enumerate(text.split("\n") if text else []):
        for x, char in enumerate(row):
            if char in (NO_DIE, " "):
                continue
            if "0" <= char <= "9":
                bin_number = ord(char) - ord("0")
            elif "A" <= char <= "Z":
                bin_number = ord(char) - ord("A") + 10
            else:
                raise ValueError(f"unexpected character {char!r} at row {y}, column {x}")
            dies.append(Die(x, y, bin_number))
    return dies


def render_bin_map(dies: list[Die]) -> str:
    """The ASCII bin map of ``dies`` (inverse of parse_bin_map for bins 0-35)."""
    if not dies:
        return ""
    width = max(die.x for die in dies) + 1
    height = max(die.y for die in dies) + 1
    rows = [[NO_DIE] * width for _ in range(height)]
    for die in dies:
        rows[die.y][die.x] = str(die.bin) if die.bin < 10 else chr(ord("A") + die.bin - 10)
    return "\n".join("".join(row) for row in rows)
