"""Passenger-carrying currency checks over the members' logbooks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from logbook.entries import Flight
from logbook.rules import CURRENCY_DAYS, RECENCY_DAYS, REQUIRED_HOURS, REQUIRED_LANDINGS


@dataclass(frozen=True)
class PassengerCheck:
    """The outcome for one passenger flight: the pilot's recent experience before it and whether
    they were current, with the reasons when they were not."""

    pilot: str
    day: date
    aircraft_class: str
    passengers: int
    landings_90d: int
    night_landings_90d: int
    hours_12m: float
    current: bool
    reasons: tuple[str, ...]


def check_passenger_flights(flights: Sequence[Flight]) -> list[PassengerCheck]:
    """Check every flight that carried passengers against the club's recency rules.

    Each pilot's flights are taken in date order (flights on the same day in the order given),
    and only flights earlier in that order count. The pilot needs, from flights at most 90 days
    before the flight's date, at least 3 landings in the same aircraft class, and at least 3
    night landings in that class when the flight itself includes a night landing; and at least
    12 hours in any class from flights less than 365 days before. Checks are returned pilot by
    pilot, in order of each pilot's first flight in the input, then in date order; hours are
    rounded to 1 decimal.

    Raises ``ValueError`` for a flight with negative landings, hours or passengers.
    """
    by_pilot: dict[str, list[Flight]] = {}
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
                if age <= CURRENCY_DAYS and earlier.aircraft_class == flight.aircraft_class:
                    landings += earlier.day_landings + earlier.night_landings
                    night_landings += earlier.night_landings
                if age < RECENCY_DAYS:
                    hours += earlier.hours
            reasons = []
            if landings < REQUIRED_LANDINGS:
                reasons.append(f"{landings} landings in {flight.aircraft_class} in the last {CURRENCY_DAYS} days")
            if flight.night_landings and night_landings < REQUIRED_LANDINGS:
                reasons.append(f"{night_landings} night landings in {flight.aircraft_class} in the last {CURRENCY_DAYS} days")
            if hours < REQUIRED_HOURS:
                reasons.append(f"{hours:.1f} hours in the last 12 months")
            checks.append(PassengerCheck(flight.pilot, flight.day, flight.aircraft_class, flight.passengers, landings,
                                         night_landings, round(hours, 1), not reasons, tuple(reasons)))
    return checks
