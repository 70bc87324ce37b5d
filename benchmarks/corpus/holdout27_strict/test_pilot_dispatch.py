"""Strict equivalence tests for dispatch (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from pilotage.dispatch import dispatch
from pilotage.roster import Boarding, Pilot, PilotRequest

TARGET = "pilotage/dispatch.py:dispatch"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def reference(requests, pilots):
    if not pilots:
        raise ValueError("no pilots on the roster")
    names = [pilot.name for pilot in pilots]
    if len(set(names)) != len(names):
        raise ValueError("pilot names must be unique")
    largest = max(pilot.max_class for pilot in pilots)
    for request in requests:
        if request.size_class > largest:
            raise ValueError(f"no pilot is licensed for {request.ship} (class {request.size_class})")
        if request.duration <= 0:
            raise ValueError(f"{request.ship}: pilotage must take some time")

    arrivals = sorted(requests, key=lambda request: (request.ready_at, request.ship))
    free_at = {pilot.name: float("-inf") for pilot in pilots}
    waiting = []
    boardings = []
    position = 0
    clock = arrivals[0].ready_at if arrivals else 0
    while position < len(arrivals) or waiting:
        while position < len(arrivals) and arrivals[position].ready_at <= clock:
            waiting.append(arrivals[position])
            position += 1
        waiting.sort(key=lambda request: (request.deadline, request.ready_at, request.ship))
        free = sorted((pilot for pilot in pilots if free_at[pilot.name] <= clock),
                      key=lambda pilot: (pilot.max_class, pilot.name))
        for request in list(waiting):
            pilot = next((pilot for pilot in free if pilot.max_class >= request.size_class), None)
            if pilot is None:
                continue
            free.remove(pilot)
            waiting.remove(request)
            free_at[pilot.name] = clock + request.duration
            boardings.append(Boarding(request.ship, pilot.name, clock, clock - request.ready_at, clock > request.deadline))
        upcoming = [time for time in free_at.values() if time > clock]
        if position < len(arrivals):
            upcoming.append(arrivals[position].ready_at)
        if not upcoming:
            break
        clock = min(upcoming)
    return boardings


# --- cases -------------------------------------------------------------------------------

R = PilotRequest
PILOTS = [Pilot("Hansen", 4), Pilot("Berg", 2), Pilot("Dahl", 2), Pilot("Aas", 1)]
SOLO = [Pilot("Solo", 3)]
BASIC = [R("Nordic Star", 0, 120, 1, 90), R("Atlantic Giant", 0, 60, 4, 150), R("Baltic", 10, 70, 2, 30),
         R("Coral", 15, 200, 1, 45), R("Arctic", 15, 30, 3, 60)]

RequestRow = namedtuple("RequestRow", "ship ready_at deadline size_class duration")
PilotRow = namedtuple("PilotRow", "name max_class")

CASES = [
    ([], PILOTS),
    ((), tuple(PILOTS)),
    ([], []),
    ([], [Pilot("X", 1), Pilot("X", 2)]),
    (BASIC, []),
    (BASIC, None),
    (BASIC, PILOTS),
    (tuple(BASIC), tuple(PILOTS)),
    (BASIC[::-1], PILOTS[::-1]),
    (BASIC, SOLO + [Pilot("Big", 4)]),
    (BASIC, [Pilot("Big", 4)]),
    (BASIC, SOLO),
    (BASIC, [Pilot("X", 1), Pilot("X", 4)]),
    (BASIC, [Pilot(1, 4), Pilot(1.0, 4)]),
    (BASIC, [Pilot(True, 4), Pilot(1, 4)]),
    (BASIC, [Pilot("a", 4), Pilot("A", 4)]),
    (BASIC, [Pilot("b", 4), Pilot("a", 4), Pilot("c", 4)]),
    (BASIC, [Pilot("b", 4.0), Pilot("a", 4), Pilot("c", 3.5)]),
    ([R("A", 0, 30, 1, 60), R("B", 10, 40, 1, 60)], SOLO),
    ([R("Early", 0, 500, 1, 30), R("Urgent", 5, 40, 1, 30), R("Blocker", 0, 10, 1, 20)], [Pilot("Solo", 1)]),
    ([R("A", 0, 10, 5, 10)], PILOTS),
    ([R("A", 0, 10, 1, 10), R("B", 0, 10, 9, 10)], PILOTS),
    ([R("A", 0, 10, 1, 0)], PILOTS),
    ([R("A", 0, 10, 1, -5)], PILOTS),
    ([R("A", 0, 10, 9, -5)], PILOTS),
    ([R("A", 0, 10, 1, 0.5), R("B", 0, 10, 1, 0.25), R("C", 0.1, 10, 1, 1e-9)], [Pilot("Solo", 1)]),
    ([R("A", 0, 10, 1, 10)] * 4, [Pilot("P", 1), Pilot("Q", 1)]),
    ([R("A", 0, 10, 1, 10), R("A", 0, 10, 1, 20), R("A", 0, 5, 1, 30)], [Pilot("P", 1)]),
    ([R("B", 0, 10, 1, 10), R("A", 0, 10, 1, 10), R("C", 0, 10, 1, 10)], [Pilot("P", 1)]),
    ([R("B", 5, 10, 1, 10), R("A", 0, 10, 1, 10), R("C", 0, 10, 1, 10)], [Pilot("P", 1)]),
    ([R("Z", 0, 50, 1, 10), R("Y", 1, 40, 1, 10), R("X", 2, 30, 1, 10), R("W", 3, 20, 1, 10)], [Pilot("P", 1)]),
    ([R("Big", 0, 100, 3, 60), R("Small", 0, 10, 1, 10)], [Pilot("Only3", 3)]),
    ([R("Big", 0, 5, 3, 60), R("Small", 0, 10, 1, 10)], [Pilot("P1", 1), Pilot("P3", 3)]),
    ([R("Small", 0, 5, 1, 60), R("Big", 0, 10, 3, 10)], [Pilot("P1", 3), Pilot("P3", 3)]),
    ([R("Small", 0, 5, 1, 60), R("Big", 0, 10, 3, 10)], [Pilot("P3", 3), Pilot("P1", 1)]),
    ([R("S1", 0, 5, 1, 60), R("S2", 0, 6, 1, 60), R("Big", 0, 10, 3, 10)], [Pilot("P1", 1), Pilot("P3", 3)]),
    ([R("A", -100, -50, 1, 30), R("B", -100, 0, 1, 30)], [Pilot("P", 1)]),
    ([R("A", 0, -5, 1, 30)], [Pilot("P", 1)]),
    ([R("A", 10 ** 18, 10 ** 18 + 5, 1, 10 ** 12), R("B", 10 ** 18, 10 ** 18, 1, 7)], [Pilot("P", 1)]),
    ([R("A", 0.5, 1.5, 1, 2.25), R("B", 0.5, 1.0, 1, 1)], [Pilot("P", 1)]),
    ([R("A", True, 1, True, True), R("B", False, 0, 1, 1)], [Pilot("P", True)]),
    ([R("A", 0, 10, 0, 5)], [Pilot("Z", 0)]),
    ([R("A", 0, 10, -2, 5)], [Pilot("Z", -1)]),
    ([R("A", 0, 10, 1, float("inf")), R("B", 5, 10, 1, 5)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, float("inf")), R("B", 5, 10, 1, 5)], [Pilot("P", 1), Pilot("Q", 1)]),
    ([R("A", 0, 10, 1, float("nan")), R("B", 5, 10, 1, 5)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, float("nan")), R("B", 5, 10, 1, 5)], [Pilot("P", 1), Pilot("Q", 1)]),
    ([R("A", 0, None, 1, 5)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, 5), R("B", 1, None, 1, 5)], [Pilot("P", 1)]),
    ([R(None, 0, 10, 1, 5), R("B", 1, 10, 1, 5)], [Pilot("P", 1)]),
    ([R(None, 0, 10, 1, 5), R("B", 0, 10, 1, 5)], [Pilot("P", 1)]),
    ([R("A", None, 10, 1, 5)], [Pilot("P", 1)]),
    ([R("A", 0, 10, None, 5)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, None)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, 5)], [Pilot("P", None)]),
    ([R("A", 0, 10, 1, 5)], [Pilot("P", 1), None]),
    ([None], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, 5)], [Pilot([1], 1)]),
    ([R("Å", 0, 10, 1, 5), R("A", 0, 10, 1, 5), R("Ä", 0, 10, 1, 5), R("a", 0, 10, 1, 5)], [Pilot("Ølund", 1)]),
    ([R("A", "0", "10", 1, 5), R("B", "1", "9", 1, 5)], [Pilot("P", 1)]),
    ([RequestRow("A", 0, 30, 1, 60), RequestRow("B", 10, 40, 1, 60), RequestRow("B", 10, 40, 1, 60)], [PilotRow("Solo", 3)]),
    ([SimpleNamespace(ship="A", ready_at=0, deadline=30, size_class=1, duration=60)],
     [SimpleNamespace(name="Solo", max_class=3)]),
    ([SimpleNamespace(ship="A", ready_at=0, deadline=30, size_class=1)], [Pilot("P", 1)]),
    ([R("A", 0, 10, 1, 5)], {"P": 1}),
    ([R("A", 0, 10, 1, 5)], "P"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(dispatch, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(dispatch, reference, pilots=PILOTS, requests=BASIC)
    assert_same(dispatch, reference, BASIC, pilots=PILOTS)


def _random_cases():
    rng = random.Random(2390)
    for _ in range(200):
        pilots = [Pilot(f"P{n}", rng.randint(1, 3)) for n in range(rng.randint(1, 5))]
        if rng.random() < 0.3:
            pilots.append(Pilot("Senior", 3))
        rng.shuffle(pilots)
        requests = []
        for n in range(rng.randint(0, 25)):
            ready = rng.randint(0, 60)
            requests.append(R(rng.choice(["A", "B", "C", f"S{n}"]), ready, ready + rng.choice([0, 5, 10, 30, 90]),
                              rng.randint(1, 3), rng.choice([1, 5, 10, 15, 30, 45])))
        yield requests, pilots


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(dispatch, reference, *case)


def test_busy_month() -> None:
    """A realistic month: 2500 requests clustered around high water, 14 pilots."""
    rng = random.Random(5)
    pilots = [Pilot(f"Pilot {n:02d}", rng.choice([1, 2, 2, 3, 4])) for n in range(13)] + [Pilot("Senior", 4)]
    requests = []
    for tide in range(58):
        high_water = tide * 745
        for _ in range(rng.randint(30, 55)):
            ready = max(0, high_water + int(rng.gauss(-120, 90)))
            requests.append(R(f"Ship {rng.randint(1, 400)}", ready, max(ready, high_water + rng.choice([60, 90, 120])),
                              rng.choice([1, 1, 2, 2, 3, 4]), rng.randint(60, 150)))
    assert_same(dispatch, reference, requests, pilots)
