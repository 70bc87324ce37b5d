"""Venues, screenings and ticket sales."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Venue:
    code: str
    name: str
    seats: int


@dataclass(frozen=True)
class Screening:
    screening_id: str
    film: str
    venue_code: str
    starts: str  # ISO local time, e.g. "2024-10-12T18:30"


@dataclass(frozen=True)
class Sale:
    order_id: int
    screening_id: str
    tickets: int
    price_cents: int  # per ticket
    refunded: bool = False
