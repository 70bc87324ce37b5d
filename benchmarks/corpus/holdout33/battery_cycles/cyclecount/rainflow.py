"""Rainflow counting."""

from __future__ import annotations

from typing import Sequence


def count_cycles(reversals: Sequence[float]) -> list[tuple[float, float, float]]:
    """Rainflow counting of a sequence of reversals (ASTM E1049-85, section 5.4.4).

    Returns (range, mean, count) for each counted range in the order the ranges are
    extracted: 1.0 for a full cycle, 0.5 for a half cycle that includes the starting point,
    then the residue, whose ranges all count as half cycles.
    """
    points = list(reversals)
    cycles = []
    while len(points) >= 3:
        ranges = [abs(points[i + 1] - points[i]) for i in range(len(points) - 1)]
        for i in range(1, len(ranges)):
            if ranges[i] >= ranges[i - 1]:
                start = i - 1
                mean = (points[start] + points[start + 1]) / 2
                if start == 0:
                    cycles.append((ranges[start], mean, 0.5))
                    del points[0]
                else:
                    cycles.append((ranges[start], mean, 1.0))
                    del points[start:start + 2]
                break
        else:
            break
    for first, second in zip(points, points[1:]):
        cycles.append((abs(second - first), (first + second) / 2, 0.5))
    return cycles
