"""Strict equivalence tests for best_bookings (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal

import pytest
from rehearsal.requests import BookingRequest
from rehearsal.schedule import best_bookings
from strict_support import assert_same

TARGET = "rehearsal/schedule.py:best_bookings"


# --- verbatim copy of the original implementation ----------------------------------------

def reference(requests):
    for request in requests:
        if not request.start < request.end:
            raise ValueError(f"request {request.request_id} ends before it starts")
    ordered = sorted(requests, key=lambda request: (request.end, request.start, request.request_id))

    def best(count):
        if count == 0:
            return 0, []
        last = ordered[count - 1]
        compatible = count - 1
        while compatible > 0 and ordered[compatible - 1].end > last.start:
            compatible -= 1
        with_fee, with_ids = best(compatible)
        without_fee, without_ids = best(count - 1)
        if with_fee + last.fee > without_fee:
            return with_fee + last.fee, with_ids + [last.request_id]
        return without_fee, without_ids

    return best(len(ordered))


# --- cases -------------------------------------------------------------------------------


def R(request_id, start, end, fee, room="A"):
    return BookingRequest(request_id, room, "2024-06-01", start, end, fee)


@dataclass
class Hold:  # a look-alike record from the old phone-booking diary
    request_id: object
    start: object
    end: object
    fee: object
    band: str = "The Unknowns"


Row = namedtuple("Row", "request_id start end fee")

THREE = [R("a", 600, 720, 3000), R("b", 660, 780, 5000), R("c", 720, 840, 3000)]
CHAIN = [R(f"c{n}", 600 + 60 * n, 690 + 60 * n, 1000 + 100 * (n % 3)) for n in range(10)]
EVENING = [R("r1", 1080, 1200, 3600), R("r2", 1140, 1260, 3600), R("r3", 1200, 1320, 3600), R("r4", 1260, 1380, 3600),
           R("r5", 1320, 1440, 3600), R("r6", 1080, 1440, 10800), R("r7", 1110, 1170, 900), R("r8", 1380, 1440, 1800)]

CASES = [
    ([],),
    ((),),
    ([R("solo", 600, 660, 1500)],),
    ([R("solo", 600, 660, 0)],),
    ([R("solo", 600, 660, -100)],),
    (THREE,),
    (tuple(THREE),),
    (THREE[::-1],),
    (THREE[:2],),
    (CHAIN,),
    (CHAIN[::-1],),
    (EVENING,),
    (EVENING[::-1],),
    (EVENING + THREE,),
    ([R("x", 840, 900, 100), R("y", 900, 960, 100), R("z", 780, 840, 100)],),
    ([R("early", 600, 720, 1000), R("late", 660, 780, 1000)],),
    ([R("late", 660, 780, 1000), R("early", 600, 720, 1000)],),
    ([R("a", 600, 720, 1000), R("b", 600, 720, 1000)],),
    ([R("b", 600, 720, 1000), R("a", 600, 720, 1000)],),
    ([R("a", 600, 720, 1000), R("a", 600, 720, 1000)],),
    ([R("a", 600, 720, 1000), R("a", 720, 840, 1000)],),
    ([R("a", 600, 720, 1000), R("b", 600, 720, 1001)],),
    ([R("whole", 600, 840, 2000), R("h1", 600, 720, 1000), R("h2", 720, 840, 1000)],),
    ([R("whole", 600, 840, 2001), R("h1", 600, 720, 1000), R("h2", 720, 840, 1000)],),
    ([R("whole", 600, 840, 1999), R("h1", 600, 720, 1000), R("h2", 720, 840, 1000)],),
    ([R("a", 600, 660, 1000), R("b", 600, 780, 1000), R("c", 660, 780, 1000)],),
    ([R("z", 600, 660, 100), R("y", 630, 660, 100), R("x", 645, 660, 100)],),
    ([R("a", 600, 600, 100)],),
    ([R("a", 600, 540, 100)],),
    ([R("ok", 600, 660, 100), R("bad", 700, 690, 100)],),
    ([R("a", 600.0, 660.5, 100), R("b", 660.5, 700, 100), R("c", 660.25, 700, 150)],),
    ([R("a", -60, 0, 100), R("b", 0, 60, 100)],),
    ([R("a", False, True, 100), R("b", True, 2, 100)],),
    ([R("a", 0, 10 ** 30, 100), R("b", 10 ** 30, 10 ** 30 + 1, 100)],),
    ([R("a", -math.inf, 0, 100), R("b", 0, math.inf, 100)],),
    ([R("a", math.nan, 60, 100)],),
    ([R("a", 0, math.nan, 100)],),
    ([R("a", "10:00", "12:00", 3000), R("b", "11:00", "13:00", 5000), R("c", "12:00", "14:00", 3000)],),
    ([R("a", "9:00", "12:00", 3000), R("b", "10:00", "11:00", 5000)],),
    ([R("a", None, 60, 100)],),
    ([R("a", 0, "60", 100)],),
    ([R("a", 600, 660, 0.1), R("b", 660, 720, 0.2), R("c", 600, 720, 0.3)],),
    ([R("c", 600, 720, 0.3), R("a", 600, 660, 0.1), R("b", 660, 720, 0.2)],),
    ([R("a", 600, 660, 0.5), R("b", 660, 720, 0.25), R("c", 600, 720, 0.75)],),
    ([R("a", 600, 660, 1), R("b", 660, 720, 1.0), R("c", 600, 720, 2)],),
    ([R("a", 600, 660, True), R("b", 660, 720, True), R("c", 600, 720, 1)],),
    ([R("a", 600, 660, False), R("b", 660, 720, True)],),
    ([R("a", 600, 660, 10 ** 40), R("b", 630, 720, 10 ** 40 + 1)],),
    ([R("a", 600, 660, math.inf), R("b", 630, 720, 10)],),
    ([R("a", 600, 660, math.inf), R("b", 660, 720, math.inf)],),
    ([R("a", 600, 660, -math.inf), R("b", 660, 720, 5)],),
    ([R("a", 600, 660, math.nan), R("b", 660, 720, 5)],),
    ([R("a", 600, 660, 5), R("b", 660, 720, math.nan)],),
    ([R("a", 600, 660, Decimal("10.50")), R("b", 630, 720, Decimal("10.49"))],),
    ([R("a", 600, 660, Decimal("10.50")), R("b", 660, 720, 3)],),
    ([R("a", 600, 660, Decimal("10.50")), R("b", 660, 720, 0.5)],),
    ([R("a", 600, 660, "100")],),
    ([R("a", 600, 660, None)],),
    ([R(1, 600, 660, 100), R(2, 600, 660, 100)],),
    ([R(1, 600, 660, 100), R("1", 600, 660, 100)],),
    ([R(1, 600, 660, 100), R("1", 660, 720, 100)],),
    ([R(None, 600, 660, 100)],),
    ([R(None, 600, 660, 100), R(None, 600, 660, 100)],),
    ([R(("x", 1), 600, 660, 100), R(("x", 0), 600, 660, 200)],),
    ([R("Ölmaschine", 600, 660, 100), R("Øresund", 600, 660, 100), R("Zoo", 600, 660, 100), R("école", 600, 660, 100)],),
    ([R("a ", 600, 660, 100), R("a", 600, 660, 100)],),
    ([R("a", 600, 660, 100, room="A"), R("b", 600, 660, 200, room="B")],),
    ([Hold("a", 600, 720, 3000), Hold("b", 660, 780, 5000), Hold("c", 720, 840, 3000)],),
    ([Row("a", 600, 720, 3000), Row("b", 660, 780, 5000), Row("c", 720, 840, 3000)],),
    ([Row("a", 600, 720, 3000), R("b", 660, 780, 5000), Hold("c", 720, 840, 3000)],),
    ([R("a", 600, 660, 100), None],),
    ([None],),
    ([(600, 660)],),
    (None,),
    ("",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(best_bookings, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(best_bookings, reference, requests=EVENING)


def _random_cases():
    rng = random.Random(1977)
    for case in range(240):
        count = rng.choice([0, 1, 2, 3, 4, 6, 8, 10, 12, 14, 16])
        step = rng.choice([15, 30, 60])
        requests = []
        for n in range(count):
            start = rng.randrange(600, 1320, step)
            end = start + rng.choice([step, 2 * step, 60, 90, 120, 180])
            fee = rng.choice([500, 1000, 1000, 1500, 2000]) if rng.random() < 0.7 else rng.randint(1, 5000)
            requests.append(R(f"R{rng.randint(1, 40) if rng.random() < 0.2 else n}", start, end, fee))
        if case % 9 == 0:
            requests = [R(r.request_id, r.start, r.end, r.fee / 100) for r in requests]
        yield (requests,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(best_bookings, reference, *case)


def test_busy_room_day() -> None:
    rng = random.Random(6)
    requests = []
    for n in range(27):
        start = rng.randrange(600, 1320, 30)
        requests.append(R(f"R{n:04d}", start, min(start + rng.choice([60, 90, 120, 180]), 1440), rng.choice([1500, 2250, 3000, 4500])))
    assert_same(best_bookings, reference, requests)
