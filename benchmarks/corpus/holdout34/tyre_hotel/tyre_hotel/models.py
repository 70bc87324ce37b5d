"""Records of the tyre hotel: rack slots, fitting bookings and pick-list lines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RackSlot:
    """One storage location in the tyre racks.

    ``location`` is "<aisle>-<bay>-<level>", e.g. "B-07-3". An empty slot has ``occupied``
    False; its other fields are left over from the last set stored there.
    """

    location: str
    registration: str
    season: str  # "summer", "winter" or "all-season"
    tread_mm: tuple[float, ...]  # one reading per tyre, measured when the set was stored
    occupied: bool = True


@dataclass
class Booking:
    """A customer's fitting appointment: which car, and which season's set to fit."""

    ref: str
    registration: str
    season: str
    bay: int = 1


@dataclass
class Pick:
    """One line of the stores team's pick list."""

    booking_ref: str
    registration: str
    location: str | None
    action: str  # "fit", "replace" (worn below the limit) or "not stored"
