"""Distance and split times along recorded GPS tracks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

EARTH_RADIUS_M = 6_371_000.0


@dataclass(frozen=True)
class TrackPoint:
    """One GPS fix: WGS84 degrees and seconds since the activity started."""

    lat: float
    lon: float
    t: float


def haversine_m(a: TrackPoint, b: TrackPoint) -> float:
    """Great-circle distance between two fixes in metres."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


def distance_along(points: Sequence[TrackPoint], index: int) -> float:
    """Distance in metres from the first fix to `points[index]`, following the track."""
    total = 0.0
    for i in range(1, index + 1):
        total += haversine_m(points[i - 1], points[i])
    return total


def split_times(points: Sequence[TrackPoint], split_m: float = 1000.0) -> list[tuple[int, float]]:
    """(split number, seconds taken) for every completed split of `split_m` metres.

    The moment a split boundary is crossed is interpolated linearly between the two fixes
    around it. Times are rounded to a tenth of a second; an unfinished last split is left out.
    """
    if split_m <= 0:
        raise ValueError(f"split length must be positive, got {split_m}")
    splits: list[tuple[int, float]] = []
    if not points:
        return splits
    next_mark = split_m
    last_crossing = points[0].t
    for i in range(1, len(points)):
        before = distance_along(points, i - 1)
        after = distance_along(points, i)
        while after >= next_mark:
            fraction = (next_mark - before) / (after - before)
            crossing = points[i - 1].t + fraction * (points[i].t - points[i - 1].t)
            splits.append((len(splits) + 1, round(crossing - last_crossing, 1)))
            last_crossing = crossing
            next_mark += split_m
    return splits
