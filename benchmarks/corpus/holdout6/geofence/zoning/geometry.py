"""Plane geometry helpers for small polygons given as lists of (x, y) vertices."""

from __future__ import annotations

from typing import Sequence

Point = tuple[float, float]


def bounding_box(polygon: Sequence[Point]) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) of the vertices; ValueError for an empty polygon."""
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def contains(polygon: Sequence[Point], x: float, y: float) -> bool:
    """Even-odd rule ray casting; points exactly on an edge may land on either side."""
    inside = False
    count = len(polygon)
    j = count - 1
    for i in range(count):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y):
            crossing = (xj - xi) * (y - yi) / (yj - yi) + xi
            if x < crossing:
                inside = not inside
        j = i
    return inside


def area(polygon: Sequence[Point]) -> float:
    """Unsigned area by the shoelace formula."""
    total = 0.0
    for i in range(len(polygon)):
        x1, y1 = polygon[i - 1]
        x2, y2 = polygon[i]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2
