"""Strict equivalence tests for decluster (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from seismo.catalog import Quake, decluster
from strict_support import assert_same

TARGET = "seismo/catalog.py:decluster"


def _distance(a, b):
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def reference(events, window_s, radius_km):
    order = sorted(range(len(events)), key=lambda k: events[k].time)
    parents = [None] * len(events)
    for position, index in enumerate(order):
        quake = events[index]
        chosen = None
        for other_index in order[:position]:
            other = events[other_index]
            if quake.time - other.time > window_s or other.magnitude <= quake.magnitude:
                continue
            if _distance(other, quake) > radius_km:
                continue
            if chosen is None or other.magnitude > events[chosen].magnitude:
                chosen = other_index
        parents[index] = chosen
    return parents


Q = Quake
CASES = [
    ([], 10.0, 10.0),
    ([], -1.0, -1.0),
    ([Q(0.0, 0.0, 0.0, 1.0)], 10.0, 10.0),
    ([Q(100.0, 35.0, -118.0, 2.1), Q(0.0, 35.0, -118.0, 5.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 5.0), Q(7200.0, 35.0, -118.0, 2.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 5.0), Q(3600.0, 35.0, -118.0, 2.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 5.0), Q(3600.5, 35.0, -118.0, 2.0)], 3600, 10),
    ([Q(0.1, 0.0, 0.0, 5.0), Q(0.4, 0.0, 0.0, 2.0)], 0.3, 10),
    ([Q(0.0, 0.0, 0.0, 5.0), Q(0.30000000000000004, 0.0, 0.0, 2.0)], 0.3, 10),
    ([Q(0.0, 35.0, -118.0, 5.0), Q(10.0, 36.0, -118.0, 2.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 5.0), Q(10.0, 36.0, -118.0, 2.0)], 3600, 111.2),
    ([Q(0.0, 35.0, -118.0, 3.0), Q(10.0, 35.0, -118.0, 6.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 4.0), Q(5.0, 35.0, -118.0, 6.0), Q(9.0, 35.0, -118.0, 2.0)], 3600, 10),
    ([Q(0.0, 35.0, -118.0, 4.0), Q(5.0, 35.0, -118.0, 4.0)], 3600, 10),
    ([Q(5.0, 1.0, 1.0, 6.0), Q(5.0, 1.0, 1.0, 2.0)], 10, 10),
    ([Q(5.0, 1.0, 1.0, 2.0), Q(5.0, 1.0, 1.0, 6.0)], 10, 10),
    ([Q(5.0, 1.0, 1.0, 6.0), Q(5.0, 1.0, 1.0, 6.0), Q(6.0, 1.0, 1.0, 2.0)], 10, 10),
    ([Q(7.0, 1.0, 1.0, 6.0), Q(5.0, 1.0, 1.0, 6.0), Q(8.0, 1.0, 1.0, 2.0)], 10, 10),
    ([Q(0.0, 1.0, 1.0, 6.0), Q(1.0, 1.0, 1.0, 5.0), Q(2.0, 1.0, 1.0, 4.0), Q(3.0, 1.0, 1.0, 3.0)], 10, 10),
    ([Q(0.0, 1.0, 1.0, 6.0), Q(1.0, 1.0, 1.0, 5.0), Q(2.0, 1.0, 1.0, 4.0), Q(3.0, 1.0, 1.0, 3.0)], 1.5, 10),
    ([Q(0.0, 0.0, 179.99, 6.0), Q(1.0, 0.0, -179.99, 2.0)], 10, 5),
    ([Q(0.0, 90.0, 0.0, 6.0), Q(1.0, 90.0, 120.0, 2.0)], 10, 0),
    ([Q(0, 0, 0, 6), Q(1, 0, 0, 2)], 0, 0),
    ([Q(0, 0, 0, 6), Q(0, 0, 0, 2)], 0, 0),
    ([Q(0, 0, 0, 6), Q(0, 0, 0, 2)], -1, 0),
    ([Q(0, 0, 0, 6), Q(1, 0, 0, 2)], 5, -1),
    ([Q(0, 0, 0, 6), Q(1, 0, 0, 2)], math.inf, math.inf),
    ([Q(-50.0, 0, 0, 6), Q(-45.0, 0, 0, 2)], 10, 1),
    ([Q(0, 0, 0, 6.0), Q(1, 0, 0, 6)], 5, 1),
    ([Q(0, 0, 0, 6.5), Q(1, 0, 0, 6), Q(2, 0, 0, 6.5), Q(3, 0, 0, 1)], 5, 1),
    ([Q(0, 0, 0, 6), Q("1", 0, 0, 2)], 5, 1),
    ([Q(0, 0, 0, 6), Q(1, None, 0, 2)], 5, 1),
    ([Q(0, 0, 0, 6), Q(1, 0, 0, None)], 5, 1),
    ((Q(0, 0, 0, 6), Q(1, 0, 0, 2)), 5, 1),
]


def _random():
    rng = random.Random(1755)
    for n in range(150):
        events = []
        for _ in range(rng.randint(0, 40)):
            t = float(rng.randint(0, 200)) if n % 2 else rng.uniform(0, 200)
            events.append(Q(t, round(rng.uniform(10, 10.5), 2), round(rng.uniform(20, 20.5), 2),
                            round(rng.uniform(1, 7), rng.choice([0, 1]))))
        yield events, rng.choice([0, 5, 20, 60.5, 1000]), rng.choice([0.0, 5, 15.5, 40, 1000])


@pytest.mark.parametrize("events, window_s, radius_km", CASES + list(_random()))
def test_same_as_reference(events, window_s, radius_km) -> None:
    assert_same(decluster, reference, events, window_s, radius_km)


@pytest.mark.parametrize("seed", range(3))
def test_large_catalogue(seed) -> None:
    rng = random.Random(seed)
    events = [Q(rng.uniform(0, 10**6), rng.uniform(30, 33), rng.uniform(-120, -117), round(rng.uniform(1, 7), 1))
              for _ in range(900)]
    assert_same(decluster, reference, events, 20000.0, 30.0)
