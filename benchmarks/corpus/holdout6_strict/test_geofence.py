"""Strict equivalence tests for assign_zones (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from strict_support import assert_same
from zoning.zones import assign_zones

TARGET = "zoning/zones.py:assign_zones"


def bounding_box(polygon):
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def contains(polygon, x, y):
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


def reference(points, zones):
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


SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]
RIGHT = [(5, 0), (20, 0), (20, 10), (5, 10)]
TRIANGLE = ((0.0, 0.0), (10.0, 0.0), (0.0, 10.0))

CASES = [
    ([], []),
    ([], [("a", SQUARE)]),
    ([(1, 1)], []),
    ([(1, 1), (11, 1), (7, 7)], [("a", SQUARE), ("b", RIGHT)]),
    ([(1, 1), (11, 1), (7, 7)], [("b", RIGHT), ("a", SQUARE)]),
    ([(7, 7), (7, 7), (7, 7)], [("same", SQUARE), ("same", RIGHT)]),
    ([(0, 0), (10, 10), (0, 10), (10, 0), (5, 0), (5, 10), (0, 5), (10, 5)], [("a", SQUARE), ("b", RIGHT)]),
    ([(5, 5), (4.999, 5.001), (5, 5.0000001)], [("t", TRIANGLE)]),
    ([(1, 1)], [("empty", [])]),
    ([], [("empty", [])]),
    ([(1, 1)], [("a", SQUARE), ("empty", [])]),
    ([(1, 1), (50, 50)], [("a", SQUARE), ("empty", [])]),
    ([(1, 1)], [("empty", []), ("a", SQUARE)]),
    ([(1, 1)], [("dot", [(1, 1)]), ("line", [(0, 0), (2, 2)]), ("a", SQUARE)]),
    ([(1, 1)], [("a", [(0, 0, 0), (1, 1, 1)])]),
    ([(1, 1), (30, 30)], [("a", SQUARE), ("bad", [(0, 0, 0)])]),
    ([(30, 30)], [("a", SQUARE), ("bad", [(0, 0, 0)])]),
    ([(2.5, 2.5)], [("c", [(0, 0), (5, 0), (5, 5), (0, 5), (0, 0)])]),
    ([(1, 1), (3, 3), (2, 8)], [("u", [(0, 0), (4, 0), (4, 10), (3, 10), (3, 2), (1, 2), (1, 10), (0, 10)])]),
    ([(-1, -1), (1e9, 1e9), (-0.0, 0.0)], [("a", SQUARE)]),
    ([[1, 1], [8, 8]], [["a", [[0, 0], [9, 0], [9, 9]]]]),
    ([(1, 1)], [(None, SQUARE)]),
    ([(1, 1)], [(0, SQUARE)]),
    ([(5, 5)], [("ring", [(0, 0), (10, 0), (10, 10), (0, 10)] + [(2, 2), (2, 8), (8, 8), (8, 2)])]),
]


@pytest.mark.parametrize("points, zones", CASES)
def test_same_as_reference(points, zones) -> None:
    assert_same(assign_zones, reference, points, zones)


def _blob(rng, cx, cy, radius, vertices):
    angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(vertices))
    return [(cx + radius * rng.uniform(0.5, 1.0) * math.cos(a), cy + radius * rng.uniform(0.5, 1.0) * math.sin(a)) for a in angles]


@pytest.mark.parametrize("seed", range(10))
def test_random_overlapping_zones(seed) -> None:
    rng = random.Random(seed)
    zones = [(f"z{n % 7}", _blob(rng, rng.uniform(0, 30), rng.uniform(0, 30), rng.uniform(2, 12), rng.randint(3, 12))) for n in range(rng.randint(0, 15))]
    points = [(rng.uniform(-5, 40), rng.uniform(-5, 40)) for _ in range(rng.randint(0, 80))]
    points += [zones[0][1][0]] if zones else []
    assert_same(assign_zones, reference, points, zones)


def test_grid_points_on_vertices() -> None:
    zones = [(f"{x},{y}", [(x, y), (x + 2, y), (x + 2, y + 2), (x, y + 2)]) for x in range(0, 10, 2) for y in range(0, 10, 2)]
    points = [(x, y) for x in range(-1, 12) for y in range(-1, 12)] + [(x + 0.5, y + 0.5) for x in range(10) for y in range(10)]
    assert_same(assign_zones, reference, points, zones)


def test_big_city() -> None:
    rng = random.Random(5)
    zones = [(f"Z{n}", _blob(rng, (n % 12) * 10, (n // 12) * 10, 7, rng.randint(8, 20))) for n in range(144)]
    points = [(rng.uniform(-5, 125), rng.uniform(-5, 125)) for _ in range(600)]
    assert_same(assign_zones, reference, points, zones)


def test_inputs_untouched() -> None:
    points = [(1, 1), (12, 2)]
    zones = [("a", [(0, 0), (10, 0), (10, 10)]), ("b", RIGHT)]
    snapshot = (list(points), [(name, list(poly)) for name, poly in zones])
    assign_zones(points, zones)
    assert (points, zones) == snapshot


def test_empty_zone_only_matters_when_reached() -> None:
    zones = [("a", SQUARE), ("broken", []), ("b", RIGHT)]
    assert assign_zones([(1, 1), (2, 2)], zones) == ["a", "a"]
    with pytest.raises(ValueError):
        assign_zones([(1, 1), (15, 5)], zones)
    assert assign_zones([], [("broken", [])]) == []


def test_tuples_in_tuples_out() -> None:
    points = ((1, 1), (15, 5), (99, 99))
    zones = (("a", tuple(SQUARE)), ("b", tuple(RIGHT)))
    assert_same(assign_zones, reference, points, zones)
