"""Assign positions to named service zones."""

from __future__ import annotations

from typing import Sequence

from zoning.geometry import Point, bounding_box, contains


def assign_zones(points: Sequence[Point], zones: Sequence[tuple[str, Sequence[Point]]]) -> list[str | None]:
    """The name of the zone each point falls in, or None outside every zone.

    Zones are tried in the order given and the first one containing the point wins, so
    an overlap goes to the zone listed first. A quick bounding-box test skips zones that
    are clearly too far away before the exact polygon test.
    """
    assigned = []
    for x, y in points:
        found = None
        for name, polygon in zones:
            min_x, min_y, max_x, max_y = bounding_box(polygon)
            if x < min_x or x > max_x or y < min_y or y > max_y:
                continue
            if contains(polygon, x, y):
                found = name
                break
        assigned.append(found)
    return assigned


def zone_counts(points: Sequence[Point], zones: Sequence[tuple[str, Sequence[Point]]]) -> dict[str | None, int]:
    """How many points fall in each zone (None counts the points outside all zones)."""
    counts: dict[str | None, int] = {}
    for name in assign_zones(points, zones):
        counts[name] = counts.get(name, 0) + 1
    return counts
