"""Strict equivalence tests for check_passenger_flights (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from logbook.currency import PassengerCheck, check_passenger_flights
from logbook.entries import Flight

TARGET = "logbook/currency.py:check_passenger_flights"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_CURRENCY_DAYS = 90
_REF_REQUIRED_LANDINGS = 3
_REF_RECENCY_DAYS = 365
_REF_REQUIRED_HOURS = 12.0


def reference(flights):
    by_pilot = {}
    for flight in flights:
        if min(flight.day_landings, flight.night_landings, flight.hours, flight.passengers) < 0:
            raise ValueError(f"{flight.pilot} on {flight.day}: negative landings, hours or passengers")
        by_pilot.setdefault(flight.pilot, []).append(flight)
    checks = []
    for history in by_pilot.values():
        history = sorted(history, key=lambda flight: flight.day)
        for index, flight in enumerate(history):
            if not flight.passengers:
                continue
            landings = night_landings = 0
            hours = 0.0
            for position in range(index):
                earlier = history[position]
                age = (flight.day - earlier.day).days
                if age <= _REF_CURRENCY_DAYS and earlier.aircraft_class == flight.aircraft_class:
                    landings += earlier.day_landings + earlier.night_landings
                    night_landings += earlier.night_landings
                if age < _REF_RECENCY_DAYS:
                    hours += earlier.hours
            reasons = []
            if landings < _REF_REQUIRED_LANDINGS:
                reasons.append(f"{landings} landings in {flight.aircraft_class} in the last {_REF_CURRENCY_DAYS} days")
            if flight.night_landings and night_landings < _REF_REQUIRED_LANDINGS:
                reasons.append(f"{night_landings} night landings in {flight.aircraft_class} in the last {_REF_CURRENCY_DAYS} days")
            if hours < _REF_REQUIRED_HOURS:
                reasons.append(f"{hours:.1f} hours in the last 12 months")
            checks.append(PassengerCheck(flight.pilot, flight.day, flight.aircraft_class, flight.passengers, landings,
                                         night_landings, round(hours, 1), not reasons, tuple(reasons)))
    return checks


# --- cases -------------------------------------------------------------------------------

def F(day, cls="SEP", landings=1, night=0, hours=1.0, passengers=0, pilot="Ann"):
    if isinstance(day, str) and day[:1].isdigit():
        day = date.fromisoformat(day)
    return Flight(pilot, day, cls, landings, night, hours, passengers)


HISTORY = [F("2024-01-10", hours=6.0), F("2024-02-01", landings=2, hours=6.0), F("2024-03-01", hours=0.5)]
PAX = F("2024-03-10", passengers=2)

CASES = [
    [],
    (),
    [PAX],
    HISTORY,
    HISTORY + [PAX],
    tuple(HISTORY + [PAX]),
    [PAX] + HISTORY,
    (HISTORY + [PAX])[::-1],
    HISTORY + [F("2024-03-10", night=1, passengers=1)],
    HISTORY + [F("2024-03-10", "TMG", passengers=1)],
    HISTORY + [F("2024-03-10", "sep", passengers=1)],
    HISTORY + [F("2024-03-10", "SEP ", passengers=1)],
    [F("2024-01-01", landings=3, hours=12.0), F("2024-03-31", passengers=1)],
    [F("2024-01-01", landings=3, hours=12.0), F("2024-04-01", passengers=1)],
    [F("2024-01-01", landings=3, hours=12.0), F("2024-03-30", passengers=1)],
    [F("2023-03-01", landings=3, hours=12.0), F("2024-02-28", passengers=1)],
    [F("2023-03-01", landings=3, hours=12.0), F("2024-02-29", passengers=1)],
    [F("2023-03-01", landings=3, hours=12.0), F("2024-03-01", passengers=1)],
    [F("2024-01-01", landings=3, hours=11.95), F("2024-01-02", passengers=1)],
    [F("2024-01-01", landings=3, hours=11.94), F("2024-01-02", passengers=1)],
    [F("2024-01-01", landings=3, hours=12), F("2024-01-02", passengers=1)],
    [F("2024-01-01", landings=3, hours=0.1) for _ in range(120)] + [F("2024-01-02", passengers=1)],
    [F("2024-01-01", landings=1, hours=0.1) for _ in range(3)] + [F("2024-01-01", passengers=1)],
    [F("2024-01-01", passengers=1), F("2024-01-01", landings=5, hours=20.0), F("2024-01-01", passengers=2)],
    [F("2024-01-01", landings=5, hours=20.0, passengers=3), F("2024-01-01", landings=5, hours=20.0, passengers=3)],
    [F("2024-01-01", landings=0, night=3, hours=20.0), F("2024-01-02", night=1, passengers=1)],
    [F("2024-01-01", landings=0, night=2, hours=20.0), F("2024-01-02", landings=1, night=0, hours=1.0),
     F("2024-01-03", landings=0, night=1, passengers=1)],
    [F("2024-01-01", landings=3, night=3, hours=20.0, cls="TMG"), F("2024-01-02", night=1, passengers=1)],
    [F("2024-01-01", landings=0, night=0, hours=0.0), F("2024-01-02", landings=0, passengers=1)],
    [F("2024-01-01", landings=True, night=False, hours=True, passengers=True)],
    [F("2024-01-01", landings=3, hours=20.0), F("2024-01-02", passengers=True)],
    [F("2024-01-01", landings=2.5, night=0.5, hours=20), F("2024-01-02", passengers=1.0)],
    [F("2024-01-01", landings=3, hours=20.0), F("2024-01-02", passengers=0.0)],
    [F("2024-01-01", hours=-0.1)],
    [F("2024-01-01", landings=-1)],
    [F("2024-01-01", night=-1)],
    [F("2024-01-01", passengers=-2)],
    [PAX, F("2024-01-01", passengers=-2)],
    [F("2024-01-01", hours=-0.0, passengers=1)],
    [F("2024-01-01", passengers=None)],
    [F("2024-01-01", hours=None)],
    [F("2024-01-01", landings="3")],
    [F("2024-01-01", hours=float("inf")), F("2024-01-02", passengers=1)],
    [F("2024-01-01", hours=1e300), F("2024-01-01", hours=1e300), F("2024-01-02", passengers=1)],
    [F("2024-01-01", landings=10**30, hours=20.0), F("2024-01-02", passengers=1)],
    [F("2024-01-01", cls=None, landings=3, hours=20.0), F("2024-01-02", cls=None, passengers=1)],
    [F("2024-01-01", cls="\u00c9cole", landings=3, hours=20.0), F("2024-01-02", cls="\u00c9cole", passengers=1)],
    [F("2024-01-01", landings=3, hours=20.0, pilot="Zo\u00eb \u738b"), F("2024-01-02", passengers=1, pilot="Zo\u00eb \u738b")],
    [F("2024-01-01", landings=3, hours=20.0, pilot="Ann"), F("2024-01-02", passengers=1, pilot="ann")],
    [F("2024-01-01", landings=3, hours=20.0, pilot=1), F("2024-01-02", passengers=1, pilot=1.0), F("2024-01-03", passengers=1, pilot=True)],
    [F("2024-01-01", landings=3, hours=20.0, pilot=None), F("2024-01-02", passengers=1, pilot=None)],
    [F("2024-01-01", landings=3, hours=20.0, pilot=("A", 1)), F("2024-01-02", passengers=1, pilot=("A", 1))],
    [F("2024-01-01", pilot=["unhashable"])],
    [F("2024-03-01", passengers=1, pilot="B"), F("2024-01-01", landings=3, hours=20.0, pilot="A"),
     F("2024-03-02", passengers=1, pilot="A"), F("2024-02-01", landings=3, hours=20.0, pilot="B")],
    [F(datetime(2024, 1, 1, 8, 0), landings=3, hours=20.0), F(datetime(2024, 1, 1, 20, 0), passengers=1),
     F(datetime(2024, 3, 31, 7, 59), passengers=1), F(datetime(2024, 3, 31, 8, 1), passengers=1)],
    [F(datetime(2024, 1, 1, 8, 0), landings=3, hours=20.0), F(date(2024, 1, 2), passengers=1)],
    [F(date(2024, 1, 2), passengers=1)] + [F(datetime(2024, 1, 1), landings=3)],
    [F("not a date", passengers=1)],
    [F("not a date", passengers=1, pilot="A"), F("also not", passengers=1, pilot="B")],
    [F("2024-01-01", landings=3, hours=20.0), F("2024-01-05", passengers=1), F("2024-01-03", passengers=1)],
    [F(None, passengers=1)],
    [F(None, passengers=1), F(None, passengers=1)],
    [F(date.min, landings=3, hours=20.0), F(date.max, passengers=1)],
    [F(date.min, landings=3, hours=20.0, passengers=1), F(date.min + timedelta(days=90), passengers=1)],
    [SimpleNamespace(pilot="NS", day=date(2024, 1, 1), aircraft_class="SEP", day_landings=3, night_landings=0, hours=20.0, passengers=0),
     SimpleNamespace(pilot="NS", day=date(2024, 1, 2), aircraft_class="SEP", day_landings=1, night_landings=0, hours=1.0, passengers=1)],
    [SimpleNamespace(pilot="NS", day=date(2024, 1, 1), day_landings=3, night_landings=0, hours=20.0, passengers=0)],
    [SimpleNamespace(pilot="NS", day=date(2024, 1, 1), day_landings=3, night_landings=0, hours=20.0, passengers=1)],
    [SimpleNamespace(pilot="NS", day=date(2024, 1, 1), day_landings=3, night_landings=0, hours=20.0)],
    [None],
    [PAX, None],
    None,
    "flights",
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(check_passenger_flights, reference, case)


def test_keyword_argument() -> None:
    assert_same(check_passenger_flights, reference, flights=HISTORY + [PAX])


def test_flights_are_reusable() -> None:
    flights = HISTORY + [PAX, F("2024-03-11", passengers=1)]
    assert check_passenger_flights(flights) == check_passenger_flights(flights) == reference(flights)
    assert flights[3] is PAX


def _random_cases():
    rng = random.Random(28008)
    start = date(2023, 1, 1)
    for _ in range(240):
        flights = []
        for pilot in rng.sample(["Ann", "Bob", "Cem", "Dee"], rng.randint(1, 3)):
            for _ in range(rng.randint(0, 25)):
                flights.append(F(start + timedelta(days=rng.randint(0, 540)), rng.choice(["SEP", "SEP", "TMG", "MEP"]),
                                 rng.choice([0, 1, 1, 2, 3]), rng.choice([0, 0, 0, 1, 2]),
                                 rng.choice([round(rng.uniform(0.1, 3.5), 1), 0.1, 0.2, 0.3, 1.5, 2]),
                                 rng.choice([0, 0, 1, 2]), pilot))
        rng.shuffle(flights)
        yield flights


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(check_passenger_flights, reference, case)


def test_club_logbooks() -> None:
    """Three members' logbooks over six years, about 450 flights each."""
    rng = random.Random(1903)
    flights = []
    for pilot in ("G-ABCD owner", "Instructor Lee", "Student Sam"):
        day = date(2019, 1, 1)
        while day < date(2024, 12, 31):
            flights.append(F(day, rng.choice(["SEP", "SEP", "TMG"]), rng.choice([1, 2, 3]), rng.choice([0] * 9 + [2]),
                             round(rng.uniform(0.5, 3.0), 1), rng.choice([0, 0, 1, 2, 3]), pilot))
            day += timedelta(days=rng.randint(1, 9))
    rng.shuffle(flights)
    assert_same(check_passenger_flights, reference, flights)
