"""Strict equivalence tests for build_connections (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from hub_connections.connections import Connection, build_connections
from hub_connections.schedule import Flight

TARGET = "hub_connections/connections.py:build_connections"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(flights, hub, mct, default_mct=60, max_connect=300):
    connections = []
    for inbound in flights:
        if inbound.destination != hub:
            continue
        for outbound in flights:
            if outbound.origin != hub or outbound.destination == inbound.origin:
                continue
            gap = outbound.departs - inbound.arrives
            minimum = mct.get((inbound.terminal, outbound.terminal), default_mct)
            if minimum <= gap <= max_connect:
                connections.append(Connection(inbound.number, outbound.number, inbound.origin,
                                              outbound.destination, gap))
    return connections


# --- cases -------------------------------------------------------------------------------

INBOUND = Flight("XY100", "LHR", "HUB", 480, 600, "T1")
INBOUND_2 = Flight("XY110", "CDG", "HUB", 500, 590, "T2")
OUT_NEAR = Flight("XY200", "HUB", "JFK", 640, 1100, "T1")
OUT_MCT = Flight("XY204", "HUB", "JFK", 660, 1120, "T1")
OUT_FAR = Flight("XY202", "HUB", "JFK", 1000, 1500, "T1")
OUT_LIMIT = Flight("XY206", "HUB", "ORD", 900, 1400, "T1")
OUT_T2 = Flight("XY300", "HUB", "NRT", 660, 1400, "T2")
OUT_BACK = Flight("XY101", "HUB", "LHR", 700, 820, "T1")
OUT_EARLY = Flight("XY208", "HUB", "BOS", 500, 900, "T1")
ROUND = Flight("XY999", "HUB", "HUB", 700, 760, "T1")
ELSEWHERE = Flight("ZZ1", "LHR", "CDG", 600, 700, "T1")
DAY = [INBOUND, INBOUND_2, OUT_NEAR, OUT_MCT, OUT_FAR, OUT_LIMIT, OUT_T2, OUT_BACK, OUT_EARLY, ELSEWHERE]
MCT = {("T1", "T1"): 45, ("T1", "T2"): 75, ("T2", "T1"): 75, ("T2", "T2"): 50}

CASES = [
    ([], "HUB", {}),
    ([], "HUB", None),
    ([INBOUND], "HUB", None),
    ([OUT_NEAR], "HUB", None),
    ([ELSEWHERE], "HUB", None),
    ([INBOUND, OUT_NEAR], "HUB", None),
    ([INBOUND, OUT_MCT], "HUB", {}),
    ([INBOUND, OUT_MCT], "HUB", {}, 61),
    ([INBOUND, OUT_NEAR], "HUB", {}, 40),
    ([INBOUND, OUT_NEAR], "HUB", {}, 41),
    ([INBOUND, OUT_LIMIT], "HUB", {}),
    ([INBOUND, OUT_LIMIT], "HUB", {}, 60, 299),
    ([INBOUND, OUT_FAR], "HUB", {}, 60, 400),
    ([INBOUND, OUT_T2], "HUB", {("T1", "T2"): 90}),
    ([INBOUND, OUT_T2], "HUB", {("T1", "T2"): 60}),
    ([INBOUND, OUT_T2], "HUB", {("T2", "T1"): 90}),
    ([INBOUND, OUT_BACK], "HUB", {}),
    ([INBOUND, OUT_EARLY], "HUB", {}),
    ([INBOUND, OUT_EARLY], "HUB", {}, -100),
    ([INBOUND, OUT_EARLY], "HUB", {("T1", "T1"): -100}),
    ([INBOUND, OUT_NEAR], "HUB", {}, 0, 0),
    ([INBOUND, OUT_NEAR], "HUB", {}, 50, 40),
    ([INBOUND, ROUND, OUT_NEAR], "HUB", {}, 0),
    ([ROUND], "HUB", {}, -1000, 1000),
    (DAY, "HUB", MCT),
    (DAY, "HUB", MCT, 30, 600),
    (tuple(DAY), "HUB", MCT),
    (list(reversed(DAY)), "HUB", MCT, 30, 600),
    (DAY + DAY[:4], "HUB", MCT, 30, 600),
    (DAY, "LHR", MCT, 0, 10 ** 6),
    (DAY, "JFK", MCT),
    (DAY, "hub", MCT),
    (DAY, None, MCT),
    ([Flight("A1", "LHR", "HUB", 0.0, 100.5, "T1"), Flight("A2", "HUB", "JFK", 160.5, 500, "T1")], "HUB", {}),
    ([Flight("A1", "LHR", "HUB", 0, 100, None), Flight("A2", "HUB", "JFK", 200, 500, None)], "HUB", {(None, None): 150}),
    ([Flight("A1", "LHR", "HUB", 0, 100, "T1"), Flight("A2", "HUB", "JFK", 200, 500, "T1")], "HUB", {("T1", "T1"): 100.0}, 60, 100.0),
    ([Flight("A1", "LHR", "HUB", 0, 100, "T1"), Flight("A2", "HUB", "JFK", 200, 500, "T1")], "HUB", {}, float("nan")),
    ([Flight("A1", "LHR", "HUB", 0, 100, "T1"), Flight("A2", "HUB", "JFK", 200, 500, "T1")], "HUB", {}, 60, float("inf")),
    ([INBOUND, OUT_NEAR], "HUB", {}, None),
    ([INBOUND, OUT_NEAR], "HUB", {}, 10, None),
    ([INBOUND, Flight("B", "HUB", "JFK", None, 5, "T1")], "HUB", {}),
    ([INBOUND, OUT_NEAR], "HUB", [("T1", "T1")]),
    (None, "HUB", {}),
    ([INBOUND, None], "HUB", {}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_connections, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(build_connections, reference, flights=DAY, hub="HUB", mct=MCT, default_mct=45, max_connect=240)
    assert_same(build_connections, reference, DAY, "HUB", MCT, max_connect=500)
    assert_same(build_connections, reference, DAY, "HUB", mct={}, default_mct=0)


def _random_cases():
    rng = random.Random(30100)
    airports = ["LHR", "CDG", "JFK", "NRT", "AMS"]
    terminals = ["T1", "T2", "T3"]
    for case in range(240):
        flights = []
        for number in range(rng.randint(0, 40)):
            inbound = rng.random() < 0.5
            other = rng.choice(airports)
            roll = rng.random()
            origin, destination = ("HUB", other) if not inbound else (other, "HUB")
            if roll < 0.05:
                origin, destination = rng.choice(airports), rng.choice(airports)
            elif roll < 0.07:
                origin = destination = "HUB"
            departs = rng.randrange(0, 2000, 5)
            flights.append(Flight(f"XY{number}", origin, destination, departs, departs + rng.randrange(40, 600, 5),
                                  rng.choice(terminals)))
        if flights and rng.random() < 0.1:
            flights += rng.sample(flights, min(3, len(flights)))
        mct = {(rng.choice(terminals), rng.choice(terminals)): rng.choice([0, 30, 45, 60, 90, 120]) for _ in range(rng.randint(0, 6))}
        yield (flights, "HUB", mct, rng.choice([0, 30, 60, 90]), rng.choice([120, 300, 600, 3000]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_connections, reference, *case)
