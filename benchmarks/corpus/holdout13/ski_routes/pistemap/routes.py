"""Descents down the piste network, from any point on the mountain to a base station."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

GRADES = ("green", "blue", "red", "black")


@dataclass(frozen=True)
class Piste:
    """A marked run from one point on the mountain (a lift top or junction) to a lower one."""

    name: str
    start: str
    end: str
    length_m: int
    grade: str


def route_summary(pistes: Iterable[Piste], base: str, max_grade: str = "black") -> dict[str, dict[str, Any]]:
    """For every point with a piste leaving it, the descents to `base` on pistes up to `max_grade`.

    Returns, per point in sorted order (the base itself excluded): ``routes``, the number
    of distinct piste sequences that end at the base; ``shortest_m`` and ``longest_m``,
    the lengths of the shortest and longest of them (None when there is no route). Raises
    ValueError for an unknown grade, or if pistes lead back to a point already on the way
    down (a loop in the piste data).
    """
    limit = GRADES.index(max_grade)
    downhill: dict[str, list[Piste]] = {}
    for piste in pistes:
        if GRADES.index(piste.grade) <= limit:
            downhill.setdefault(piste.start, []).append(piste)

    def descents(point: str, above: frozenset[str]) -> tuple[int, Any, Any]:
        if point == base:
            return 1, 0, 0
        if point in above:
            raise ValueError(f"pistes loop back to {point}")
        routes = 0
        shortest = longest = None
        for piste in downhill.get(point, []):
            count, low, high = descents(piste.end, above | {point})
            if not count:
                continue
            routes += count
            low += piste.length_m
            high += piste.length_m
            if shortest is None or low < shortest:
                shortest = low
            if longest is None or high > longest:
                longest = high
        return routes, shortest, longest

    summary = {}
    for point in sorted(downhill):
        if point == base:
            continue
        routes, shortest, longest = descents(point, frozenset())
        summary[point] = {"routes": routes, "shortest_m": shortest, "longest_m": longest}
    return summary
