"""Logbook entries as members record them in the club's online logbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Flight:
    """One flight: pilot in command, date, aircraft class ("SEP", "MEP", "TMG"), landings by day
    and by night, flight time in hours and the number of passengers carried."""

    pilot: str
    day: date
    aircraft_class: str
    day_landings: int
    night_landings: int
    hours: float
    passengers: int


def read_logbook(rows: list[dict[str, str]]) -> list[Flight]:
    """Flights from the logbook export rows (ISO dates; empty landing and passenger cells count as 0)."""
    return [
        Flight(row["pilot"].strip(), date.fromisoformat(row["date"]), row["class"].strip().upper(),
               int(row.get("day_landings") or 0), int(row.get("night_landings") or 0), float(row["hours"]),
               int(row.get("passengers") or 0))
        for row in rows
    ]
