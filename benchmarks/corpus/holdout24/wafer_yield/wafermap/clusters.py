"""Clustered failures: failing dies surrounded by other failing dies.

Isolated failures are random defects; failing dies in clusters point at a process
problem (scratches, particles, edge effects) and are sent for failure analysis.
"""

from __future__ import annotations

from collections.abc import Iterable

from wafermap.binmap import Die

PASS_BINS = frozenset({1, 2})  # 1: good, 2: good at reduced speed grade
NEIGHBOUR_OFFSETS = ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1))


def clustered_failures(dies: Iterable[Die], min_failing_neighbours: int = 3) -> list[tuple[int, int]]:
    """Coordinates (x, y) of the failing dies with at least ``min_failing_neighbours`` failing neighbours.

    A die fails when its bin is not in PASS_BINS; its neighbours are the eight sites around
    it. The coordinates are listed in the order the failing dies are given, once for every
    time a die is listed.
    """
    failing = [(die.x, die.y) for die in dies if die.bin not in PASS_BINS]
    flagged: list[tuple[int, int]] = []
    for x, y in failing:
        neighbours = 0
        for dx, dy in NEIGHBOUR_OFFSETS:
            if (x + dx, y + dy) in failing:
                neighbours += 1
        if neighbours >= min_failing_neighbours:
            flagged.append((x, y))
    return flagged
