"""Monthly hours per aircraft and per flight number, from the flight times."""

from __future__ import annotations

from typing import Iterable

from oooi_times.times import FlightTimes


def airframe_hours(flights: Iterable[FlightTimes]) -> dict[str, tuple[int, int]]:
    """Airborne minutes and cycles (take-offs) per tail, from flights with airborne times."""
    totals: dict[str, tuple[int, int]] = {}
    for flight in flights:
        if flight.airborne_minutes is None:
            continue
        minutes, cycles = totals.get(flight.tail, (0, 0))
        totals[flight.tail] = (minutes + flight.airborne_minutes, cycles + 1)
    return dict(sorted(totals.items()))


def monthly_block_hours(flights: Iterable[FlightTimes]) -> dict[str, float]:
    """Block hours per "YYYY-MM" month (by scheduled date), rounded to 0.1 h, for pay reports."""
    minutes: dict[str, int] = {}
    for flight in flights:
        if flight.block_minutes is not None:
            month = flight.date[:7]
            minutes[month] = minutes.get(month, 0) + flight.block_minutes
    return {month: round(total / 60, 1) for month, total in sorted(minutes.items())}
