"""Strict equivalence tests for apply_fare_caps (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

import pytest
from farecap.capping import apply_fare_caps
from strict_support import assert_same

TARGET = "farecap/capping.py:apply_fare_caps"


def reference(taps, daily_cap, weekly_cap):
    def service_day(moment):
        if moment.time() < time(4, 30):
            return moment.date() - timedelta(days=1)
        return moment.date()

    charges = []
    history = []
    for tap in sorted(taps, key=lambda tap: tap["time"]):
        moment = datetime.strptime(tap["time"], "%Y-%m-%d %H:%M:%S")
        day = service_day(moment)
        week_start = day - timedelta(days=day.weekday())
        card = tap["card"]
        spent_today = sum(charged for other, when, charged in history if other == card and when == day)
        spent_week = sum(charged for other, when, charged in history if other == card and week_start <= when <= day)
        charged = max(0, min(tap["fare"], daily_cap - spent_today, weekly_cap - spent_week))
        history.append((card, day, charged))
        charges.append({"card": card, "time": tap["time"], "fare": tap["fare"], "charged": charged})
    return charges


def T(card, when, fare, **extra):
    return {"card": card, "time": when, "fare": fare, **extra}


WEEK = [T("A", f"2024-04-{day:02d} 08:00:00", 810) for day in range(8, 16)]

CASES = [
    [],
    [T("A", "2024-04-08 08:00:00", 280)],
    [T("A", "2024-04-08 08:00:00", 280), T("A", "2024-04-08 18:00:00", 280)],
    [T("A", f"2024-04-08 {hour:02d}:00:00", 280) for hour in (8, 10, 12, 14, 16)],
    [T("A", "2024-04-08 20:00:00", 500), T("A", "2024-04-09 01:00:00", 500), T("A", "2024-04-09 07:00:00", 500)],
    [T("A", "2024-04-09 04:29:59", 500), T("A", "2024-04-09 04:30:00", 500), T("A", "2024-04-08 23:59:59", 500)],
    WEEK,
    list(reversed(WEEK)),
    [T("A", "2024-04-14 23:00:00", 810), T("A", "2024-04-15 03:00:00", 810), T("A", "2024-04-15 05:00:00", 810)],
    [T("A", "2024-04-08 08:00:00", 810), T("B", "2024-04-08 08:05:00", 810), T("A", "2024-04-08 09:00:00", 280)],
    [T("A", "2024-04-08 08:00:00", 300), T("B", "2024-04-08 08:00:00", 300), T("A", "2024-04-08 08:00:00", 300),
     T("A", "2024-04-08 08:00:00", 300)],
    [T("A", "2023-12-31 22:00:00", 600), T("A", "2024-01-01 02:00:00", 600), T("A", "2024-01-01 09:00:00", 600)],
    [T("A", "2024-02-28 09:00:00", 900), T("A", "2024-02-29 09:00:00", 900), T("A", "2024-03-01 09:00:00", 900)],
    [T("A", "2024-4-8 8:00:00", 500), T("A", "2024-04-08 09:00:00", 500), T("A", "2024-04-10 09:00:00", 500)],
    [T("A", "2024-4-9 8:00:00", 700), T("A", "2024-04-10 09:00:00", 700), T("A", "2024-04-08 09:00:00", 700),
     T("A", "2024-4-8 10:00:00", 700), T("A", "2024-04-09 19:00:00", 700)],
    [T("A", "2024-04-12 09:00:00", 1000), T("A", "2024-4-10 9:0:0", 1000), T("A", "2024-04-11 09:00:00", 1000),
     T("A", "2024-4-14 9:00:00", 1000), T("A", "2024-04-13 9:00:00", 1000)],
    [T("A", "2024-04-08 08:00:00", 280.5), T("A", "2024-04-08 09:00:00", 280.25), T("A", "2024-04-08 10:00:00", 280.1)],
    [T("A", "2024-04-08 08:00:00", 0.1), T("A", "2024-04-08 09:00:00", 0.2), T("A", "2024-04-08 10:00:00", 0.3)],
    [T("A", "2024-04-08 08:00:00", -50), T("A", "2024-04-08 09:00:00", 900)],
    [T("A", "2024-04-08 08:00:00", 0), T("A", "2024-04-08 09:00:00", 0)],
    [T(1, "2024-04-08 08:00:00", 500), T(1.0, "2024-04-08 09:00:00", 500), T(True, "2024-04-08 10:00:00", 500),
     T("1", "2024-04-08 11:00:00", 500)],
    [T(("VISA", 1), "2024-04-08 08:00:00", 500), T(("VISA", 1), "2024-04-08 09:00:00", 500)],
    [T("Ä", "2024-04-08 08:00:00", 500, station="Bahnhof Zoo"), T("ä", "2024-04-08 09:00:00", 500, zone=2)],
    (T("A", "2024-04-08 08:00:00", 500), T("A", "2024-04-08 09:00:00", 500)),
    [T("A", "2024-04-08T08:00:00", 500)],
    [T("A", "2024-04-08 08:00:00", 500), T("A", "2024-04-08 08:00", 500)],
    [T("A", "2024-04-08 08:00:00 ", 500)],
    [T("A", "2024-02-30 08:00:00", 500)],
    [T("A", None, 500)],
    [T("A", "2024-04-08 08:00:00", 500), T("A", None, 500)],
    [T("A", 20240408, 500)],
    [T("A", "2024-04-08 08:00:00", 500), {"card": "A", "fare": 100}],
    [T("A", "2024-04-08 08:00:00", 500), {"time": "2024-04-08 09:00:00", "fare": 100}],
    [T("A", "2024-04-08 08:00:00", 500), {"card": "A", "time": "2024-04-08 09:00:00"}],
    [{"time": "bad", "fare": 100}],
    [T("A", "2024-04-08 08:00:00", "500")],
    [T("A", "2024-04-08 08:00:00", None)],
    [T("A", "0001-01-01 03:00:00", 100)],
    [T("A", "0001-01-01 05:00:00", 100), T("A", "9999-12-31 23:59:59", 100)],
]

CAPS = [(810, 4050), (0, 0), (810, 810), (5000, 1000), (-10, 4050), (810.0, 4050.5), (10**9, 10**9)]


@pytest.mark.parametrize("caps", CAPS)
@pytest.mark.parametrize("taps", CASES)
def test_cases(taps, caps) -> None:
    assert_same(apply_fare_caps, reference, taps, *caps)


@pytest.mark.parametrize("caps", [(None, 4050), (810, None), ("810", 4050)])
@pytest.mark.parametrize("taps", [[], CASES[1], CASES[3]])
def test_bad_caps(taps, caps) -> None:
    assert_same(apply_fare_caps, reference, taps, *caps)


def _random_cases():
    rng = random.Random(55)
    start = datetime(2024, 4, 6)
    for _ in range(60):
        taps = []
        for _ in range(rng.randint(0, 60)):
            moment = start + timedelta(minutes=rng.randint(0, 14 * 24 * 60))
            text = moment.strftime("%Y-%m-%d %H:%M:%S")
            if rng.random() < 0.1:
                text = f"{moment.year}-{moment.month}-{moment.day} {moment.hour}:{moment.minute:02d}:00"
            taps.append(T(rng.choice(["A", "B", "C"]), text, rng.choice([175, 190, 280, 350, 420, 0])))
        yield taps, rng.choice([(810, 4050), (600, 2000), (1500, 3000)])


@pytest.mark.parametrize("taps,caps", list(_random_cases()))
def test_random(taps, caps) -> None:
    assert_same(apply_fare_caps, reference, taps, *caps)


def test_busy_fortnight() -> None:
    rng = random.Random(8)
    start = datetime(2024, 4, 8, 4, 0)
    taps = [T(f"CARD-{rng.randint(1, 120):03d}", (start + timedelta(minutes=rng.randint(0, 20160))).strftime("%Y-%m-%d %H:%M:%S"),
              rng.choice([175, 190, 280, 350, 420])) for _ in range(2500)]
    assert_same(apply_fare_caps, reference, taps, 810, 4050)
