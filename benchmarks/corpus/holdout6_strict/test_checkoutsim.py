"""Strict equivalence tests for simulate (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from lanesim.simulation import simulate
from strict_support import assert_same

TARGET = "lanesim/simulation.py:simulate"

DEPARTURE = 0
ARRIVAL = 1


def reference(arrivals, lanes):
    if lanes < 1:
        raise ValueError("need at least one lane")
    events = []
    sequence = 0
    for customer_id, arrival, service in arrivals:
        if service < 0:
            raise ValueError(f"negative service time for {customer_id!r}")
        events.append((arrival, ARRIVAL, sequence, customer_id, service))
        sequence += 1
    queues = [[] for _ in range(lanes)]
    busy = [False] * lanes
    records = []
    while events:
        events.sort()
        now, kind, _, customer_id, payload = events.pop(0)
        if kind == ARRIVAL:
            lane = min(range(lanes), key=lambda i: len(queues[i]) + busy[i])
            queues[lane].append((customer_id, now, payload))
        else:
            lane = payload
            busy[lane] = False
        if not busy[lane] and queues[lane]:
            next_id, arrived, service = queues[lane].pop(0)
            busy[lane] = True
            records.append((next_id, lane, arrived, now, now + service))
            events.append((now + service, DEPARTURE, sequence, next_id, lane))
            sequence += 1
    return records


CASES = [
    ([], 1),
    ([], 3),
    ([("a", 0, 1)], 1),
    ([("a", 0, 1)], 4),
    ([("a", 0, 5), ("b", 0, 5), ("c", 0, 5), ("d", 0, 5)], 2),
    ([("a", 0, 0), ("b", 0, 0), ("c", 0, 0)], 1),
    ([("a", 0, 3), ("b", 3, 1), ("c", 3, 0), ("d", 3, 2)], 1),
    ([("late", 10, 1), ("early", 0, 20), ("mid", 5, 1)], 2),
    ([("a", 0.5, 1.25), ("b", 0.5, 1), ("c", 1.75, 0.0)], 2),
    ([("same", 0, 2), ("same", 0, 2), ("same", 1, 1)], 1),
    ([(None, 0, 1), (3, 0, 1), (("x", 1), 0, 1), ("s", 0, 1)], 2),
    ([("a", 0, 1), ("b", 0, -1)], 1),
    ([("a", 0, -0.5)], 3),
    ([("a", 0, 1)], 0),
    ([], 0),
    ([("a", 0, 1)], -2),
    ([("a", 0, 1), ("b", 1, 1)], True),
    ([["a", 0, 4], ["b", 1, 1], ["c", 2, 1]], 3),
    ([("a", 1e9, 1e-9), ("b", 1e9, 0)], 1),
    ([("a", -5, 2), ("b", -10, 20)], 1),
]


@pytest.mark.parametrize("arrivals, lanes", CASES)
def test_same_as_reference(arrivals, lanes) -> None:
    assert_same(simulate, reference, arrivals, lanes)


def test_lane_count_must_be_an_integer() -> None:
    assert_same(simulate, reference, [("a", 0, 1)], 2.0)
    assert_same(simulate, reference, [("a", 0, 1)], "2")


@pytest.mark.parametrize("seed", range(15))
def test_random_days_with_ties(seed) -> None:
    rng = random.Random(seed)
    arrivals = [(f"c{n}", rng.randint(0, 30), rng.randint(0, 6)) for n in range(rng.randint(0, 60))]
    assert_same(simulate, reference, arrivals, rng.randint(1, 5))


def test_busy_day() -> None:
    rng = random.Random(1)
    arrivals = []
    clock = 0.0
    for number in range(1500):
        clock += rng.expovariate(1 / 10)
        arrivals.append((number, round(clock, 1), round(rng.uniform(5, 55), 1)))
    rng.shuffle(arrivals)
    assert_same(simulate, reference, arrivals, 4)


def test_arrivals_not_reordered() -> None:
    arrivals = [("b", 2, 1), ("a", 1, 1)]
    simulate(arrivals, 1)
    assert arrivals == [("b", 2, 1), ("a", 1, 1)]


def test_zero_service_customers_and_same_time_departures() -> None:
    arrivals = [("a", 0, 2), ("b", 2, 0), ("c", 2, 0), ("d", 2, 3), ("e", 1, 1)]
    assert_same(simulate, reference, arrivals, 2)
    assert simulate(arrivals, 1) == reference(arrivals, 1)


def test_negative_service_message() -> None:
    with pytest.raises(ValueError, match="negative service time for 'x'"):
        simulate([("ok", 0, 1), ("x", 5, -1)], 2)
