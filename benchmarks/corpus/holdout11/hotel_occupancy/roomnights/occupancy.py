"""Nightly occupancy statistics built from the property-management system's reservations."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence


@dataclass(frozen=True)
class Reservation:
    """A confirmed booking of `rooms` rooms from `arrival` until the morning of `departure`."""

    code: str
    arrival: date
    departure: date
    rooms: int
    nightly_rate: float

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


def parse_reservations(text: str) -> list[Reservation]:
    """Read the PMS export: code,arrival,departure,rooms,rate with a header line."""
    reservations = []
    for row in csv.DictReader(io.StringIO(text)):
        reservations.append(
            Reservation(
                code=row["code"].strip(),
                arrival=date.fromisoformat(row["arrival"].strip()),
                departure=date.fromisoformat(row["departure"].strip()),
                rooms=int(row["rooms"]),
                nightly_rate=float(row["rate"]),
            )
        )
    return reservations


def nightly_occupancy(
    reservations: Sequence[Reservation], first_night: date, last_night: date, capacity: int
) -> list[dict]:
    """One row per night from `first_night` to `last_night` inclusive.

    Each row holds the night (ISO date), rooms sold, occupancy in percent of `capacity`
    (one decimal), room revenue and the average daily rate (both rounded to cents; ADR
    is 0.0 on nights with nothing sold). Raises ValueError for a non-positive capacity.
    """
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
