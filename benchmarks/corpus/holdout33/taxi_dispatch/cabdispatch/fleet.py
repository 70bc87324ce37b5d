"""Drivers, bookings and dispatch outcomes."""

from __future__ import annotations

from dataclasses import dataclass

# Vehicle types that may take a booking asking for the given type.
SUITABLE = {
    "any": ("saloon", "estate", "mpv", "wav"),
    "estate": ("estate", "mpv"),
    "mpv": ("mpv",),
    "wav": ("wav",),
}


@dataclass(frozen=True)
class Driver:
    """A driver signed on for the shift: where and from when (minutes after midnight) they are
    free, their vehicle type and when their shift ends."""

    driver_id: str
    zone: str
    free_at: int
    vehicle: str
    shift_end: int


@dataclass(frozen=True)
class Booking:
    booking_id: str
    time: int
    pickup: str
    dropoff: str
    vehicle: str = "any"


@dataclass(frozen=True)
class Assignment:
    """Who took a booking and how long the customer waited (None for both when it was lost)."""

    booking_id: str
    driver_id: str | None
    wait: int | None
