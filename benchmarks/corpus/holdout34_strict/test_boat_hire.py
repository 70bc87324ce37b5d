"""Strict equivalence tests for utilisation_by_hour (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from boat_hire.utilisation import utilisation_by_hour

TARGET = "boat_hire/utilisation.py:utilisation_by_hour"

SLIP_TIME_FORMAT = "%Y-%m-%d %H:%M"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(slips, opening_hour=9, closing_hour=18):
    boats = sorted({slip["boat"] for slip in slips})
    days = len({slip["out"][:10] for slip in slips})
    table = {}
    for boat in boats:
        row = {}
        for hour in range(opening_hour, closing_hour):
            minutes = 0.0
            for slip in slips:
                if slip["boat"] != boat:
                    continue
                out = datetime.strptime(slip["out"], SLIP_TIME_FORMAT)
                back = datetime.strptime(slip["back"], SLIP_TIME_FORMAT)
                start = out.replace(hour=hour, minute=0)
                end = start + timedelta(hours=1)
                overlap = (min(back, end) - max(out, start)).total_seconds() / 60
                if overlap > 0:
                    minutes += overlap
            row[hour] = round(100 * minutes / (60 * days), 1)
        table[boat] = row
    return table


# --- cases -------------------------------------------------------------------------------

def s(boat, out, back, slip="1", booked=60, paid=1800, **extra):
    return {"slip": slip, "boat": boat, "out": out, "back": back, "booked_minutes": booked, "paid_pence": paid,
            **extra}


BASIC = [
    s("Kingfisher", "2024-07-13 10:00", "2024-07-13 11:00", "1"),
    s("Kingfisher", "2024-07-13 11:30", "2024-07-13 12:45", "2"),
    s("Heron", "2024-07-14 09:15", "2024-07-14 09:45", "3"),
]

CASES = [
    ([],),
    ([], 0, 24),
    ((),),
    (BASIC,),
    (tuple(BASIC),),
    (list(reversed(BASIC)),),
    (BASIC, 10, 12),
    (BASIC, 12, 10),
    (BASIC, 9, 9),
    (BASIC, 0, 24),
    (BASIC, 0, 25),
    (BASIC, -1, 3),
    (BASIC, 23, 24),
    (BASIC, 9.0, 18),
    (BASIC, None),
    (BASIC, 9, None),
    (BASIC + BASIC,),
    (BASIC + [BASIC[0]],),
    ([s("Swan", "2024-07-13 16:30", "2024-07-13 18:30")],),
    ([s("Swan", "2024-07-13 16:30", "2024-07-13 18:30")], 9, 20),
    ([s("Swan", "2024-07-13 23:30", "2024-07-14 00:30")], 0, 24),
    ([s("Swan", "2024-07-13 17:00", "2024-07-14 10:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 11:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 12:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 12:01")],),
    ([s("Swan", "2024-07-13 12:59", "2024-07-13 13:01")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-12 13:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Swan", "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Swan", "2024-08-13 12:20", "2024-08-13 12:40"),
      s("Teal", "2024-09-01 12:00", "2024-09-01 14:00")],),
    ([s("Swan", "2024-7-3 9:05", "2024-7-3 10:05"), s("Swan", "2024-07-03 09:05", "2024-07-03 10:05")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00:00")],),
    ([s("Swan", "2024-07-13 12:00", "")],),
    ([s("Swan", "2024-07-13 12:00", None)],),
    ([s("Swan", "2024-07-13", "2024-07-13 13:00")],),
    ([s("Swan", "13/07/2024 12:00", "13/07/2024 13:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Teal", "garbage", "2024-07-13 13:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Teal", "garbage", "2024-07-13 13:00")], 12, 12),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Teal", "garbage", "2024-07-13 13:00")], 12, 10),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Teal", "2024-07-13 12:00", None)], 5, 5),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("Teal", "2024-02-30 12:00", "2024-02-30 13:00")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00"), s("swan", "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s("", "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(None, "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(None, "2024-07-13 12:00", "2024-07-13 13:00"), s("Swan", "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(1, "2024-07-13 12:00", "2024-07-13 13:00"), s(2, "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(1, "2024-07-13 12:00", "2024-07-13 13:00"), s(1.0, "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(True, "2024-07-13 12:00", "2024-07-13 13:00"), s(1, "2024-07-14 12:00", "2024-07-14 13:00")],),
    ([s(("Swan", 1), "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s(["Swan"], "2024-07-13 12:00", "2024-07-13 13:00")],),
    ([s("Swan", 20240713, "2024-07-13 13:00")],),
    ([s("Swan", "2024-07-13 12:00", 1300)],),
    ([{"boat": "Swan", "out": "2024-07-13 12:00"}],),
    ([{"boat": "Swan", "out": "2024-07-13 12:00"}], 12, 12),
    ([{"boat": "Swan", "back": "2024-07-13 12:00"}],),
    ([{"out": "2024-07-13 12:00", "back": "2024-07-13 13:00"}],),
    ([s("Swan", " 2024-07-13 12:00", "2024-07-13 13:00 ")],),
    ([s("Swan", "2024-07-13 12:00", "2024-07-13 13:00", note="lost oar")],),
    (None,),
    ([None],),
]

# A busy day on a small fleet, at several opening windows.
_rng = random.Random(3460)
DAY = []
for _boat in ("A", "B", "C"):
    _clock = datetime(2024, 8, 3, 9, _rng.randrange(0, 30))
    while _clock.hour < 17:
        _back = _clock + timedelta(minutes=_rng.choice([30, 45, 60, 90]))
        DAY.append(s(_boat, _clock.strftime("%Y-%m-%d %H:%M"), _back.strftime("%Y-%m-%d %H:%M"), str(len(DAY))))
        _clock = _back + timedelta(minutes=_rng.randrange(0, 40))
CASES += [(DAY, opening, closing) for opening in (0, 8, 9, 12) for closing in (9, 13, 18, 20, 24)]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(utilisation_by_hour, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(utilisation_by_hour, reference, slips=BASIC)
    assert_same(utilisation_by_hour, reference, BASIC, closing_hour=13)
    assert_same(utilisation_by_hour, reference, BASIC, opening_hour=11, closing_hour=14)


def test_shared_slip_objects() -> None:
    shared = s("Swan", "2024-07-13 12:10", "2024-07-13 13:20")
    assert_same(utilisation_by_hour, reference, [shared, shared, BASIC[0]])


def _random_cases():
    rng = random.Random(34617)
    for _ in range(200):
        slips = []
        for number in range(rng.choice([0, 1, 3, 10, 30])):
            day = datetime(2024, rng.choice([6, 7]), rng.randint(1, 4), rng.randint(0, 23), rng.randrange(60))
            minutes = rng.choice([0, 15, 30, 60, 90, 200, -20])
            back = day + timedelta(minutes=minutes)
            slips.append(s(rng.choice(["Swan", "Teal", "Coot", "Heron"]), day.strftime(SLIP_TIME_FORMAT),
                           back.strftime(SLIP_TIME_FORMAT), str(number)))
        args = [slips]
        if rng.random() < 0.5:
            args += [rng.choice([0, 7, 9, 12]), rng.choice([12, 18, 20, 24])]
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(utilisation_by_hour, reference, *case)
