"""Designs as the digitising software exports them: absolute needle positions in 0.1 mm."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

COMMANDS = ("stitch", "jump", "color")


class Stitch(NamedTuple):
    """A needle position (x to the right, y up, in 0.1 mm from the design origin).

    ``command`` is ``stitch`` (sew to here), ``jump`` (move here without sewing) or
    ``color`` (move here and stop for the next thread colour).
    """

    x: int
    y: int
    command: str = "stitch"


@dataclass
class Design:
    """A named design: its stitches in sewing order."""

    name: str
    stitches: list[Stitch] = field(default_factory=list)


def parse_design(name: str, text: str) -> Design:
    """A design from the digitiser's ``x,y[,command]`` export, one needle position a line.

    Blank lines are skipped. Raises ValueError for a line that is not two whole numbers and
    an optional known command.
    """
    stitches: list[Stitch] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(",")]
        command = parts[2] if len(parts) == 3 else "stitch"
        if len(parts) not in (2, 3) or command not in COMMANDS:
            raise ValueError(f"line {number}: cannot read {line!r}")
        try:
            stitches.append(Stitch(int(parts[0]), int(parts[1]), command))
        except ValueError:
            raise ValueError(f"line {number}: coordinates must be whole numbers") from None
    return Design(name, stitches)


def extents(stitches: Iterable[Stitch]) -> tuple[int, int, int, int]:
    """(+x, -x, +y, -y): how far the design reaches right, left, up and down of the origin (never negative)."""
    max_x = min_x = max_y = min_y = 0
    for stitch in stitches:
        max_x, min_x = max(max_x, stitch.x), min(min_x, stitch.x)
        max_y, min_y = max(max_y, stitch.y), min(min_y, stitch.y)
    return max_x, -min_x, max_y, -min_y
