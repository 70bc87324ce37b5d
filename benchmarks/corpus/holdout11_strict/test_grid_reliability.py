"""Strict equivalence tests for reliability_indices (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from outagestats.indices import reliability_indices
from strict_support import assert_same

TARGET = "outagestats/indices.py:reliability_indices"


def reference(outages, customers, period_seconds):
    by_feeder = {feeder: [] for feeder in customers}
    for feeder, start, end in outages:
        if feeder not in customers:
            raise KeyError(f"unknown feeder {feeder!r}")
        by_feeder[feeder].append((start, end))
    feeders = {}
    total_cmi = 0
    total_ci = 0
    for feeder, intervals in by_feeder.items():
        down = set()
        for start, end in intervals:
            for second in range(max(start, 0), min(end, period_seconds)):
                down.add(second)
        events = sum(1 for second in sorted(down) if second - 1 not in down)
        served = customers[feeder]
        feeders[feeder] = {"events": events, "seconds": len(down), "customer_seconds": served * len(down)}
        total_cmi += served * len(down)
        total_ci += served * events
    served_total = sum(customers.values())
    return {
        "feeders": feeders,
        "saidi": round(total_cmi / 60 / served_total, 2),
        "saifi": round(total_ci / served_total, 3),
    }


C = {"F1": 100, "F2": 250, "Ærø": 7}
CASES = [
    ([], C, 3600),
    ([], {}, 3600),
    ([("F1", 0, 10)], {}, 3600),
    ([], {"F1": 0}, 3600),
    ([("F1", 0, 10)], {"F1": 0, "F2": 0}, 3600),
    ([("F1", 0, 600)], C, 3600),
    ([("F1", 0, 600)], C, 0),
    ([("F1", 0, 600)], C, -5),
    ([("F1", 10, 10)], C, 3600),
    ([("F1", 20, 10)], C, 3600),
    ([("F1", -50, -10)], C, 3600),
    ([("F1", 3600, 3700)], C, 3600),
    ([("F1", 3599, 3700)], C, 3600),
    ([("F1", -1, 1)], C, 3600),
    ([("F1", 0, 60), ("F1", 60, 120)], C, 3600),
    ([("F1", 0, 60), ("F1", 61, 120)], C, 3600),
    ([("F1", 0, 60), ("F1", 0, 60), ("F1", 0, 60)], C, 3600),
    ([("F1", 100, 200), ("F1", 0, 500), ("F1", 450, 460)], C, 3600),
    ([("F1", 100, 200), ("F1", 300, 400), ("F1", 150, 350)], C, 3600),
    ([("F1", 100, 200), ("F2", 150, 250), ("Ærø", 0, 3600)], C, 3600),
    ([("F3", 0, 10)], C, 3600),
    ([("F1", 0, 10), ("F3", 0, 10)], C, 3600),
    ([("f1", 0, 10)], C, 3600),
    ([("F1", 0.0, 10)], C, 3600),
    ([("F1", 0, 10.5)], C, 3600),
    ([("F1", -1.5, 10)], C, 3600),
    ([("F1", 5, 1.5)], C, 3600),
    ([("F1", 0, 10)], C, 3600.0),
    ([("F1", 0, 10)], C, 5.5),
    ([("F1", 0, 10), ("F2", None, 10)], C, 3600),
    ([("F1", 0, 10, "extra")], C, 3600),
    ([("F1", 0)], C, 3600),
    ([("F1", True, 10)], C, 3600),
    ([("F1", 0, 10)], {"F1": 1.5}, 3600),
    ([("F1", 0, 10)], {"F1": -3, "F2": 4}, 3600),
    ((("F1", 0, 10), ("F1", 5, 30)), C, 3600),
    ([["F1", 0, 10], ["F1", 5, 30]], C, 3600),
    ([(1, 0, 10), ((2, "x"), 5, 30)], {1: 10, (2, "x"): 20}, 3600),
    ([("F1", 0, 86400 * 3)], C, 86400 * 3),
]


def _random():
    rng = random.Random(99)
    for n in range(130):
        names = [f"F{i}" for i in range(rng.randint(1, 6))]
        customers = {name: rng.randint(0, 500) for name in names}
        period = rng.choice([600, 3600, 7200, 100, 1])
        outages = []
        for _ in range(rng.randint(0, 20)):
            start = rng.randint(-200, period + 100)
            end = start + rng.choice([0, 1, 2, rng.randint(1, 300), rng.randint(-50, 50)])
            outages.append((rng.choice(names), start, end))
        if n % 16 == 9:
            outages.append(("ghost", 0, 5))
        yield outages, customers, period


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(reliability_indices, reference, *case)


def test_a_month_of_records() -> None:
    rng = random.Random(4)
    customers = {f"F{n}": rng.randint(100, 3000) for n in range(20)}
    month = 30 * 86400
    outages = []
    for _ in range(80):
        feeder = rng.choice(list(customers))
        start = rng.randint(-3600, month)
        duration = rng.randint(1, 20000)
        outages.append((feeder, start, start + duration))
        outages.append((feeder, start + rng.randint(-600, duration), start + duration + rng.randint(-60, 600)))
    assert_same(reliability_indices, reference, outages, customers, month)


def test_generator_input() -> None:
    outages = [("F1", 0, 10), ("F1", 10, 20), ("F2", 5, 6)]
    assert reliability_indices(iter(outages), C, 3600) == reference(iter(outages), C, 3600)
