"""Cellular automata on an unbounded grid, for a puzzle game's level generator."""

from __future__ import annotations

from collections.abc import Iterable

NEIGHBOURS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def evolve(
    live: Iterable[tuple[int, int]],
    generations: int,
    *,
    birth: Iterable[int] = (3,),
    survive: Iterable[int] = (2, 3),
) -> list[tuple[int, int]]:
    """The live cells after `generations` steps of a Life-like automaton.

    `live` holds (x, y) cells (any pair-like value; each is turned into a tuple and
    duplicates count once). At each step a dead cell with a number of live neighbours in
    `birth` comes alive and a live cell with a number in `survive` stays alive; the grid
    is unbounded. The default rules are Conway's (B3/S23). Returns the live cells as a
    list of tuples sorted by (x, y); with 0 generations, the deduplicated input sorted.
    Raises ValueError if `generations` is negative.
    """
    if generations < 0:
        raise ValueError("generations must not be negative")
    birth, survive = list(birth), list(survive)
    cells: list[tuple[int, int]] = []
    for cell in live:
        cell = tuple(cell)
        if cell not in cells:
            cells.append(cell)
    for _ in range(generations):
        candidates = []
        for x, y in cells:
            for dx, dy in [(0, 0), *NEIGHBOURS]:
                if (x + dx, y + dy) not in candidates:
                    candidates.append((x + dx, y + dy))
        born = []
        for x, y in candidates:
            count = sum(1 for dx, dy in NEIGHBOURS if (x + dx, y + dy) in cells)
            if count in (survive if (x, y) in cells else birth):
                born.append((x, y))
        cells = born
    return sorted(cells)
