"""Strict equivalence tests for split_times (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from strict_support import assert_same
from trackstats.splits import TrackPoint, split_times

TARGET = "trackstats/splits.py:split_times"


def _ref_haversine(a, b):
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6_371_000.0 * math.asin(math.sqrt(h))


def _ref_along(points, index):
    total = 0.0
    for i in range(1, index + 1):
        total += _ref_haversine(points[i - 1], points[i])
    return total


def reference(points, split_m=1000.0):
    if split_m <= 0:
        raise ValueError(f"split length must be positive, got {split_m}")
    splits = []
    if not points:
        return splits
    next_mark = split_m
    last_crossing = points[0].t
    for i in range(1, len(points)):
        before = _ref_along(points, i - 1)
        after = _ref_along(points, i)
        while after >= next_mark:
            fraction = (next_mark - before) / (after - before)
            crossing = points[i - 1].t + fraction * (points[i].t - points[i - 1].t)
            splits.append((len(splits) + 1, round(crossing - last_crossing, 1)))
            last_crossing = crossing
            next_mark += split_m
    return splits


def north(n, step=0.0045, dt=150.0, start=0.0):
    return [TrackPoint(i * step, 0.0, start + i * dt) for i in range(n)]


P = TrackPoint
CASES = [
    ([],),
    ([], 0),
    ([], -5),
    ([P(0, 0, 0)],),
    ([P(0, 0, 0)], 1),
    ([P(0, 0, 0), P(0, 0, 10)],),
    ([P(0, 0, 0), P(0, 0, 10)], 0.001),
    ([P(0, 0, 0), P(0.01, 0, 10)],),
    ([P(0, 0, 0), P(0.01, 0, 10)], 1),
    ([P(0, 0, 0), P(0.01, 0, 10)], 1112),
    ([P(0, 0, 0), P(0.01, 0, 10)], 1111.9492664455872),
    ([P(0, 0, 0), P(0, 0, 5), P(0, 0, 9), P(0.02, 0, 100)],),
    ([P(0, 0, 0), P(0.02, 0, 100), P(0.02, 0, 130), P(0.02, 0, 160), P(0.03, 0, 200)],),
    ([P(0, 0, 100), P(0.01, 0, 50), P(0.02, 0, 0)],),
    ([P(0, 0, 0), P(0.01, 0, 10), P(0, 0, 20), P(0.01, 0, 30)], 500),
    ([P(0, 0, 0), P(0, 0.01, 1), P(0, 0.02, 2)],),
    ([P(89.99, 0, 0), P(89.99, 180, 60)],),
    ([P(0, 179.999, 0), P(0, -179.999, 60)], 100),
    ([P(-33.9, 151.2, 0), P(51.5, -0.1, 86400)], 1_000_000),
    ([P(0, 0, 0), P(1, 1, 3600)], 10_000),
    (north(9),),
    (north(9), 500),
    (north(9), 1000),
    (north(9), 2000),
    (north(9), 10_000),
    (north(9), 1),
    (north(9), 999.9),
    (north(9), True),
    (north(9), 1000.5),
    (north(30, dt=3),),
    (north(30, dt=0),),
    (north(30, step=0),),
    (north(30, step=-0.0045),),
    (north(12, start=1e9),),
    (tuple(north(12)),),
    (north(12), float("inf")),
    (north(12), float("nan")),
    (north(12), 0),
    (north(12), -1000),
    (north(12), -0.0),
    (north(3), "1000"),
    (north(3), None),
    ([P(0, 0, 0), None],),
    ([None],),
    ([None, P(0, 0, 0)],),
    ([P(0, 0, 0), P(0.01, 0, "x")],),
    ([P(0, 0, 0), P(0.01, 0, 7)], 300),
    ([P(0, 0, 1), P(0.01, 0, 7), P(0.01, 0, 7), P(0.01, 0, 7), P(0.03, 0, 12)], 333),
]


def _random_tracks():
    rng = random.Random(1234)
    for _ in range(140):
        n = rng.randint(0, 60)
        lat, lon, t = rng.uniform(-60, 60), rng.uniform(-170, 170), rng.choice([0, 0.0, 1000.0])
        points = []
        for _ in range(n):
            points.append(P(round(lat, 6), round(lon, 6), t))
            if rng.random() < 0.9:
                lat += rng.uniform(-0.003, 0.003)
                lon += rng.uniform(-0.003, 0.003)
            t += rng.choice([0, 1, 2.5, 5, 10])
        split = rng.choice([1000.0, 1000, 250, 400.0, 1609.344, 50, 5000])
        yield (points, split)


@pytest.mark.parametrize("args", CASES + list(_random_tracks()))
def test_same_as_reference(args) -> None:
    assert_same(split_times, reference, *args)


def test_default_split_length() -> None:
    assert_same(split_times, reference, north(20))


def test_keyword_split_length() -> None:
    points = north(20)
    assert split_times(points, split_m=250) == reference(points, split_m=250)


@pytest.mark.parametrize("seed", range(3))
def test_long_tracks(seed) -> None:
    rng = random.Random(seed)
    lat, lon, t, heading = 48.1, 11.5, 0.0, 0.0
    points = []
    for _ in range(400):
        points.append(P(lat, lon, t))
        heading += rng.gauss(0, 0.2)
        lat += 0.0002 * math.cos(heading)
        lon += 0.0003 * math.sin(heading)
        t += rng.choice([4.0, 5.0, 6.0])
    assert_same(split_times, reference, points)
    assert_same(split_times, reference, points, 400)


def test_error_message() -> None:
    with pytest.raises(ValueError, match="split length must be positive, got -3"):
        split_times(north(3), -3)
