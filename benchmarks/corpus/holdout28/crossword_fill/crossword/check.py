"""The crossword desk's check of a submitted grid against the house word list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crossword.grid import EMPTY, entry, number_grid


@dataclass(frozen=True)
class FillReport:
    """What the desk needs to know about a grid: how many lights are filled, which are not
    ("12-across"), which filled words are not in the word list ("12-across: ZYXT") and which
    words are used more than once (each time it is used again)."""

    complete: int
    incomplete: list[str]
    unknown: list[str]
    repeated: list[str]


def check_fill(rows: Sequence[str], wordlist: Sequence[str]) -> FillReport:
    """Check every light of a grid, in clue order (by number, across before down).

    A light with an empty square is incomplete and not checked further. A filled light is
    unknown when its word is not in ``wordlist`` and repeated when the same word already filled
    an earlier light.

    Raises ``ValueError`` for a malformed grid (see ``number_grid``).
    """
    complete = 0
    incomplete: list[str] = []
    unknown: list[str] = []
    repeated: list[str] = []
    used: set[str] = set()
    for slot in number_grid(rows):
        word = entry(rows, slot)
        label = f"{slot.number}-{slot.direction}"
        if EMPTY in word:
            incomplete.append(label)
            continue
        complete += 1
        if word not in wordlist:
            unknown.append(f"{label}: {word}")
        if word in used:
            repeated.append(word)
        used.add(word)
    return FillReport(complete, incomplete, unknown, repeated)
