"""Strict equivalence tests for nightly_occupancy (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from roomnights.occupancy import Reservation, nightly_occupancy
from strict_support import assert_same

TARGET = "roomnights/occupancy.py:nightly_occupancy"


def reference(reservations, first_night, last_night, capacity):
    if capacity <= 0:
        raise ValueError(f"capacity must be positive, got {capacity}")
    rows = []
    night = first_night
    while night <= last_night:
        sold = 0
        revenue = 0.0
        for reservation in reservations:
            if reservation.arrival <= night < reservation.departure:
                sold += reservation.rooms
                revenue += reservation.rooms * reservation.nightly_rate
        rows.append(
            {
                "night": night.isoformat(),
                "sold": sold,
                "occupancy": round(100 * sold / capacity, 1),
                "revenue": round(revenue, 2),
                "adr": round(revenue / sold, 2) if sold else 0.0,
            }
        )
        night += timedelta(days=1)
    return rows


D = date.fromisoformat


def R(code, a, d, rooms=1, rate=100.0):
    return Reservation(code, D(a), D(d), rooms, rate)


BASE = [R("A", "2024-05-01", "2024-05-03", 1, 120.0), R("B", "2024-05-02", "2024-05-05", 2, 99.99)]

CASES = [
    ([], D("2024-01-01"), D("2024-01-01"), 10),
    ([], D("2024-01-02"), D("2024-01-01"), 10),
    ([], D("2024-01-01"), D("2024-01-10"), 1),
    (BASE, D("2024-04-28"), D("2024-05-07"), 10),
    (BASE, D("2024-05-02"), D("2024-05-02"), 3),
    (BASE, D("2024-05-03"), D("2024-05-01"), 3),
    (BASE, D("2024-05-01"), D("2024-05-05"), 0),
    (BASE, D("2024-05-01"), D("2024-05-05"), -4),
    ([], D("2024-05-01"), D("2024-04-05"), 0),
    (BASE, D("2024-05-01"), D("2024-05-05"), 7),
    (BASE + BASE, D("2024-05-01"), D("2024-05-05"), 7),
    ([R("Z", "2024-05-01", "2024-05-01")], D("2024-04-30"), D("2024-05-02"), 5),
    ([R("Z", "2024-05-04", "2024-05-01")], D("2024-04-30"), D("2024-05-06"), 5),
    ([R("Z", "2024-05-01", "2024-05-04", 0, 80.0)], D("2024-04-30"), D("2024-05-06"), 5),
    ([R("Z", "2024-05-01", "2024-05-04", -1, 80.0), R("Y", "2024-05-01", "2024-05-02", 1, 80.0)], D("2024-04-30"), D("2024-05-06"), 5),
    ([R("Z", "2024-05-01", "2024-05-04", 2, 0.0)], D("2024-05-01"), D("2024-05-06"), 4),
    ([R("Z", "2024-05-01", "2024-05-04", 3, 0.1), R("Y", "2024-05-02", "2024-05-04", 3, 0.2)], D("2024-05-01"), D("2024-05-06"), 9),
    ([R("Z", "2024-05-01", "2024-05-04", 1, 1e16), R("Y", "2024-05-01", "2024-05-04", 1, 1.0), R("X", "2024-05-01", "2024-05-04", 1, -1e16)], D("2024-05-01"), D("2024-05-06"), 9),
    ([R("ü", "2023-12-30", "2024-01-03", 1, 149.5)], D("2023-12-29"), D("2024-01-04"), 1),
    ([R("leap", "2024-02-27", "2024-03-02", 4, 210.0)], D("2024-02-26"), D("2024-03-03"), 3),
    ([R("long", "2020-01-01", "2030-01-01", 1, 55.0)], D("2024-01-01"), D("2024-01-31"), 2),
    ([R("A", "2024-05-01", "2024-05-03", 1, 120)], D("2024-05-01"), D("2024-05-03"), 10),
    ([R("A", "2024-05-01", "2024-05-03", 3, 100.0)], D("2024-05-01"), D("2024-05-03"), 3.0),
    ([R("A", "2024-05-01", "2024-05-03", 1, 100.0)], D("2024-05-01"), D("2024-05-03"), 7),
    (tuple(BASE), D("2024-05-01"), D("2024-05-05"), 7),
    ([R("A", "0001-01-01", "0001-01-03")], D("0001-01-01"), D("0001-01-04"), 2),
]


def _random():
    rng = random.Random(515)
    for n in range(140):
        start = D("2024-01-01") + timedelta(days=rng.randint(-30, 30))
        reservations = []
        for k in range(rng.randint(0, 40)):
            arrival = start + timedelta(days=rng.randint(-10, 40))
            stay = rng.choice([0, 1, 1, 2, 3, 5, 9, -1]) if n % 9 == 0 else rng.choice([1, 1, 2, 3, 5, 9])
            rooms = rng.choice([1, 1, 1, 2, 5])
            rate = rng.choice([round(rng.uniform(50, 400), 2), 99.99, 100, 0.1])
            reservations.append(R(f"R{k}", arrival.isoformat(), (arrival + timedelta(days=stay)).isoformat(), rooms, rate))
        first = start + timedelta(days=rng.randint(-5, 10))
        last = first + timedelta(days=rng.randint(-2, 45))
        capacity = rng.choice([1, 7, 10, 40, 3, 0]) if n % 13 else -1
        yield reservations, first, last, capacity


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(nightly_occupancy, reference, *case)


def test_big_hotel() -> None:
    rng = random.Random(77)
    start = D("2024-01-01")
    reservations = []
    for k in range(3000):
        arrival = start + timedelta(days=rng.randint(-20, 380))
        reservations.append(R(f"B{k}", arrival.isoformat(), (arrival + timedelta(days=rng.randint(1, 14))).isoformat(), rng.randint(1, 3), round(rng.uniform(60, 500), 2)))
    assert_same(nightly_occupancy, reference, reservations, start, D("2024-12-31"), 200)


def test_capacity_error_message() -> None:
    with pytest.raises(ValueError, match="capacity must be positive, got 0"):
        nightly_occupancy([], D("2024-01-01"), D("2024-01-02"), 0)
