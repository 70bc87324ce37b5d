"""Strict equivalence tests for normalise (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from outline.normalise import normalise
from strict_support import assert_same

TARGET = "outline/normalise.py:normalise"


def _centroid(points):
    n = len(points)
    return (sum(x for x, _ in points) / n, sum(y for _, y in points) / n)


def _radius(points, centre):
    cx, cy = centre
    return max(math.hypot(x - cx, y - cy) for x, y in points)


def reference(points, *, scale=1.0):
    result = []
    for x, y in points:
        cx, cy = _centroid(points)
        r = _radius(points, (cx, cy))
        result.append(((x - cx) / r * scale, (y - cy) / r * scale))
    return result


CASES = [
    [],
    (),
    [(1, 1)],
    [(1.5, -2.0)],
    [(3, 3), (3, 3)],
    [(0, 0), (6, 0)],
    [(0, 0), (2, 0), (2, 2), (0, 2)],
    [(10, 10), (14, 10), (14, 14), (10, 14)],
    [[0, 0], [1, 0], [0, 1]],
    ((0, 0), (1, 0), (0, 1)),
    [(0, 0), (1.0, 0), (0, 1)],
    [(0.1, 0.2), (0.3, 0.7), (0.9, 0.4), (0.1, 0.2)],
    [(-5, -5), (-1, -9), (-3, 4)],
    [(1e308, 1e308), (-1e308, -1e308)],
    [(5e5 + 0.1, 5.8e6 + 0.2), (5e5 + 0.3, 5.8e6 + 0.1), (5e5 + 0.2, 5.8e6 + 0.4)],
    [(True, False), (0, 1)],
    [(0, 0), (7, 0), (0, 24), (-7, 0)],
    [(0, 0), (1, 2, 3)],
    [(0, 0, 0), (1, 2)],
    [(0, 0), None],
    [(0, 0), ("1", 2)],
    [(0, 0), (1, 1), 7],
    ["xy", "zw"],
]


@pytest.mark.parametrize("points", CASES)
def test_same_as_reference(points) -> None:
    assert_same(normalise, reference, points)


@pytest.mark.parametrize("scale", [1.0, 1, 0, -2.5, 1000.0, 1e-300, None, "2"])
@pytest.mark.parametrize("points", [CASES[0], CASES[2], CASES[5], CASES[7], CASES[11], CASES[14]])
def test_scale(points, scale) -> None:
    assert_same(normalise, reference, points, scale=scale)


def test_not_a_sequence() -> None:
    assert_same(normalise, reference, None)
    assert_same(normalise, reference, {(0, 0): 1, (2, 0): 2})


def test_generator_of_points() -> None:
    with pytest.raises(TypeError):
        normalise(p for p in [(0, 0), (1, 1)])
    assert normalise(p for p in []) == []


@pytest.mark.parametrize("seed", range(30))
def test_random_outlines(seed) -> None:
    rng = random.Random(seed)
    n = rng.randrange(2, 60)
    ox, oy = rng.uniform(-1e6, 1e6), rng.uniform(-1e6, 1e6)
    points = [(ox + rng.uniform(-50, 50), oy + rng.uniform(-50, 50)) for _ in range(n)]
    if seed % 4 == 0:
        points = [(round(x), round(y)) for x, y in points]
    assert_same(normalise, reference, points, scale=rng.choice([1.0, 100.0, 3]))


def test_large_outline() -> None:
    rng = random.Random(2024)
    points = [(math.cos(k / 50) * 30 + rng.random(), math.sin(k / 50) * 20 + rng.random()) for k in range(300)]
    assert_same(normalise, reference, points)
