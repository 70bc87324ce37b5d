"""Reading the rack inventory export and building the morning pick list."""

from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from .models import Booking, Pick, RackSlot

LEGAL_MIN_TREAD_MM = 1.6
ADVISORY_TREAD_MM = 3.0


def normalise_plate(registration: str) -> str:
    """Registration as the DVLA prints it without spaces: upper case, no spaces or dashes."""
    return "".join(ch for ch in registration.upper() if ch.isalnum())


def read_inventory(text: str) -> list[RackSlot]:
    """Parse the racking system's CSV export (location,registration,season,tread,occupied).

    ``tread`` holds the per-tyre readings separated by "/", e.g. "5.1/5.0/4.8/4.9".
    """
    slots = []
    for row in csv.DictReader(io.StringIO(text)):
        readings = tuple(float(value) for value in row["tread"].split("/") if value.strip())
        slots.append(RackSlot(
            location=row["location"].strip(),
            registration=row["registration"].strip(),
            season=row["season"].strip().lower(),
            tread_mm=readings,
            occupied=row.get("occupied", "yes").strip().lower() in ("yes", "y", "1", "true"),
        ))
    return slots


def pick_list(bookings: Sequence[Booking], slots: Sequence[RackSlot],
              min_tread_mm: float = ADVISORY_TREAD_MM) -> list[Pick]:
    """Pick-list lines for the day's bookings, in walking order through the racks.

    Each booking is matched to the first occupied slot (in inventory order) holding a set for
    the same car and season. A set whose most worn tyre is under ``min_tread_mm`` is marked
    "replace"; bookings with no stored set are "not stored" and listed last. Lines are
    ordered by location, then booking reference.
    """
    picks = []
    for booking in bookings:
        registration = normalise_plate(booking.registration)
        found = None
        for slot in slots:
            if slot.occupied and normalise_plate(slot.registration) == registration \
                    and slot.season == booking.season:
                found = slot
                break
        if found is None:
            picks.append(Pick(booking.ref, registration, None, "not stored"))
            continue
        worn = min(found.tread_mm) < min_tread_mm
        picks.append(Pick(booking.ref, registration, found.location, "replace" if worn else "fit"))
    picks.sort(key=lambda pick: (pick.location is None, pick.location or "", pick.booking_ref))
    return picks


def free_slots(slots: Iterable[RackSlot]) -> list[str]:
    """Locations of the empty slots, for the intake team."""
    return sorted(slot.location for slot in slots if not slot.occupied)
