"""Normalise digitised outlines (parcels, building footprints) so that shapes can be
compared whatever their position and size: centred on their centroid, scaled so that
the farthest vertex lies at distance `scale`."""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]


def centroid(points: Sequence[Point]) -> Point:
    """Mean of the vertices."""
    n = len(points)
    return (sum(x for x, _ in points) / n, sum(y for _, y in points) / n)


def radius(points: Sequence[Point], centre: Point) -> float:
    """Distance from `centre` to the farthest vertex."""
    cx, cy = centre
    return max(math.hypot(x - cx, y - cy) for x, y in points)


def normalise(points: Sequence[Point], *, scale: float = 1.0) -> list[Point]:
    """The outline moved to its centroid and scaled so its farthest vertex is at `scale`."""
    result = []
    for x, y in points:
        cx, cy = centroid(points)
        r = radius(points, (cx, cy))
        result.append(((x - cx) / r * scale, (y - cy) / r * scale))
    return result
