"""Strict equivalence tests for find_conflicts (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from uspace.conflicts import find_conflicts
from uspace.volumes import Reservation

TARGET = "uspace/conflicts.py:find_conflicts"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_validate(reservation):
    if reservation.end <= reservation.start:
        raise ValueError(f"{reservation.flight_id}: slot ends before it starts")
    if reservation.ceiling <= reservation.floor:
        raise ValueError(f"{reservation.flight_id}: ceiling is not above floor")
    if reservation.radius < 0:
        raise ValueError(f"{reservation.flight_id}: negative radius")


def reference(reservations, separation=50.0, vertical_separation=15.0):
    for reservation in reservations:
        _ref_validate(reservation)
    conflicts = []
    for i, first in enumerate(reservations):
        for second in reservations[i + 1:]:
            if first.operator == second.operator:
                continue
            if first.start >= second.end or second.start >= first.end:
                continue
            if first.floor - second.ceiling >= vertical_separation or second.floor - first.ceiling >= vertical_separation:
                continue
            if math.hypot(first.x - second.x, first.y - second.y) < first.radius + second.radius + separation:
                conflicts.append((first.flight_id, second.flight_id))
    return conflicts


# --- cases -------------------------------------------------------------------------------

def v(flight_id, operator="A", x=0.0, y=0.0, radius=100.0, floor=0.0, ceiling=100.0, start=600, end=630):
    return Reservation(flight_id, operator, x, y, radius, floor, ceiling, start, end)


BASIC = [v("F1", "A"), v("F2", "B", x=240.0), v("F3", "C", x=260.0, start=630, end=640), v("F4", "A", x=10.0),
         v("F5", "D", y=100.0, floor=110.0, ceiling=200.0), v("F6", "E", x=-250.0)]
TOUCHING_TIME = [v("T1", "A", end=630), v("T2", "B", start=630, end=660), v("T3", "C", start=629, end=631), v("T4", "D", start=660, end=700)]
STACKED = [v("S1", "A", floor=0, ceiling=50), v("S2", "B", floor=65, ceiling=120), v("S3", "C", floor=64.999, ceiling=70),
           v("S4", "D", floor=135, ceiling=200), v("S5", "E", floor=134, ceiling=140)]
EXACT_DISTANCE = [v("D1", "A"), v("D2", "B", x=300.0, y=400.0, radius=350.0), v("D3", "C", x=3.0, y=4.0, radius=0.0),
                  v("D4", "D", x=-150.0, radius=0.0), v("D5", "E", x=-149.9999, y=0.0, radius=0.0)]
SAME_OPERATOR = [v(f"O{n}", "ONE") for n in range(6)]
SAME_ID = [v("X", "A"), v("X", "B"), v("X", "C", x=1000.0), v("X", "D", x=1001.0)]
UNICODE = [v("Ω-1", "Dronç"), v("航班", "DRONÇ"), v("", "dronç"), v("Ω-1", "Dronç", x=5.0)]
MIXED_OPERATORS = [v("M1", 1), v("M2", 1.0), v("M3", True), v("M4", "1"), v("M5", None), v("M6", None)]
INTS = [v("I1", "A", 0, 0, 100, 0, 100, 600, 630), v("I2", "B", 250, 0, 100, 0, 100, 610, 620), v("I3", "C", 249, 0, 100, 115, 200, 0, 1440)]
FLOATY = [v("Q1", "A", 0.1, 0.2, 99.9, 0.5, 60.25, 600.5, 600.75), v("Q2", "B", 250.05, 0.2, 100.05, 75.25, 80.0, 600.7, 601.0),
          v("Q3", "C", 1e-300, 0, 0.0, 0, 1e-9, 600.6, 600.61)]
HUGE = [v("H1", "A", 1e308, 0, 1e308), v("H2", "B", -1e308, 0, 1e308), v("H3", "C", x=0, radius=float("inf")),
        v("H4", "D", x=1e20, y=1e20, start=0, end=10 ** 12)]
NAN = [v("N1", "A", x=float("nan")), v("N2", "B"), v("N3", "C", start=float("nan")), v("N4", "D", floor=float("nan"), ceiling=5.0)]
BOOLS = [v("B1", "A", x=True, y=False, radius=True, floor=False, ceiling=True, start=False, end=True),
         v("B2", "B", x=0, y=0, radius=0, floor=0, ceiling=1, start=0, end=1)]
Volume = namedtuple("Volume", "flight_id operator x y radius floor ceiling start end")
LOOKALIKE = [Volume("L1", "A", 0.0, 0.0, 100.0, 0.0, 100.0, 600, 630),
             SimpleNamespace(flight_id="L2", operator="B", x=50.0, y=0.0, radius=10.0, floor=0.0, ceiling=10.0, start=610, end=611),
             Volume("L3", "A", 60.0, 0.0, 10.0, 0.0, 10.0, 600, 700)]
STRING_X = [v("S1", "A"), v("S2", "B", x="5")]
STRING_X_UNREACHED = [v("S1", "A"), v("S2", "A", x="5"), v("S3", "B", start=700, end=710, x="9")]

CASES = [
    ([],),
    ((),),
    ([v("solo")],),
    ([v("solo")], 0, 0),
    (BASIC,),
    (tuple(BASIC),),
    (list(reversed(BASIC)),),
    (BASIC, 51.0),
    (BASIC, 51),
    (BASIC, 0),
    (BASIC, 0.0, 0.0),
    (BASIC, -50.0),
    (BASIC, -1000.0),
    (BASIC, 1e9),
    (BASIC, float("inf")),
    (BASIC, float("nan")),
    (BASIC, 50.0, 5.0),
    (BASIC, 50.0, 10.0),
    (BASIC, 50.0, 10.000001),
    (BASIC, 50.0, -100.0),
    (BASIC, 50.0, float("inf")),
    (BASIC, True, False),
    (BASIC, None),
    (BASIC, 50.0, None),
    (BASIC, "50"),
    (TOUCHING_TIME,),
    (STACKED,),
    (STACKED, 50.0, 0.0),
    (STACKED, 50.0, 14.999),
    (STACKED, 50.0, 15.001),
    (EXACT_DISTANCE,),
    (EXACT_DISTANCE, 0.0),
    (EXACT_DISTANCE, 0.0001),
    (EXACT_DISTANCE, 1e-12),
    (SAME_OPERATOR,),
    (SAME_ID,),
    (SAME_ID, 2000.0),
    (UNICODE,),
    (MIXED_OPERATORS,),
    (INTS,),
    (INTS, 50, 15),
    (FLOATY,),
    (FLOATY, 50.0, 0.0),
    (HUGE,),
    (NAN,),
    (BOOLS,),
    (BOOLS, 0, 0),
    (LOOKALIKE,),
    (STRING_X,),
    (STRING_X_UNREACHED,),
    ([v("Z", start=630, end=630)],),
    ([v("Z", start=631, end=630)],),
    ([v("Z", floor=100, ceiling=100)],),
    ([v("Z", floor=100, ceiling=99)],),
    ([v("Z", radius=-0.001)],),
    ([v("Z", radius=-0.0)],),
    ([v("Z", radius=0)],),
    (BASIC + [v("Z", start=700, end=600)],),
    ([v("Z", start=700, end=600)] + BASIC,),
    (BASIC + [v("Z", radius=-1)] + [v("Y", floor=5, ceiling=1)],),
    ([v("Z", start=None)],),
    ([v("Z", radius=None)],),
    ([v("Z", radius="100")],),
    ([v("Z", floor="0", ceiling="100")],),
    ([None],),
    (BASIC + [None],),
    (None,),
    ([{"flight_id": "F"}],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(find_conflicts, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(find_conflicts, reference, reservations=BASIC, vertical_separation=5.0, separation=60.0)
    assert_same(find_conflicts, reference, STACKED, vertical_separation=0)


def _random_cases():
    rng = random.Random(6060)
    for _ in range(220):
        size = rng.choice([0, 1, 2, 3, 5, 10, 20, 40])
        reservations = []
        for number in range(size):
            start = rng.choice([600, 610, 620, 630, rng.randint(540, 720)])
            floor = rng.choice([0, 0, 30, 60, 115, rng.uniform(0, 150)])
            reservations.append(v(f"F{number:03d}", rng.choice(["A", "B", "C", "D"]),
                                  rng.choice([0.0, 250.0, 500.0, round(rng.uniform(-600, 600), 1)]),
                                  rng.choice([0.0, 0.0, round(rng.uniform(-600, 600), 1)]),
                                  rng.choice([0.0, 50.0, 100.0, 150.0]), floor, floor + rng.choice([10, 45, 60, 100]),
                                  start, start + rng.choice([1, 10, 15, 30, 60])))
        if reservations and rng.random() < 0.05:
            reservations.insert(rng.randrange(len(reservations)), v("BAD", start=700, end=rng.choice([600, 700])))
        if rng.random() < 0.5:
            yield (reservations,)
        else:
            yield (reservations, rng.choice([0.0, 25.0, 50, 100.0]), rng.choice([0.0, 5, 15.0, 30.0]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(find_conflicts, reference, *case)


def test_city_day() -> None:
    """A realistic slice of a day's plan: 1200 requests around delivery hubs and across the city."""
    rng = random.Random(99)
    hubs = [(4000, 7000), (16400, 2400), (10200, 12200)]
    reservations = []
    for number in range(1200):
        if rng.random() < 0.6:
            hub = rng.choice(hubs)
            x, y = hub[0] + rng.gauss(0, 1500), hub[1] + rng.gauss(0, 1500)
        else:
            x, y = rng.uniform(0, 20000), rng.uniform(0, 20000)
        start = rng.randint(360, 1260)
        floor = rng.choice([0, 0, 30, 60])
        reservations.append(Reservation(f"FR-{number:05d}", f"OP{rng.randrange(40):03d}", round(x, 1), round(y, 1),
                                        rng.choice([100, 150, 250, 400]), floor, floor + rng.choice([60, 90, 120]), start,
                                        start + rng.choice([15, 20, 30, 45, 90])))
    assert_same(find_conflicts, reference, reservations)
