"""Operational volumes requested by drone operators: a cylinder of airspace for a time slot."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Reservation:
    """A requested flight: a cylinder centred at (x, y) metres on the city grid, between two altitudes, for a time slot.

    Times are minutes after midnight (``start`` inclusive, ``end`` exclusive); altitudes are
    metres above ground.
    """

    flight_id: str
    operator: str
    x: float
    y: float
    radius: float
    floor: float
    ceiling: float
    start: int
    end: int


def load_requests(text: str) -> list[Reservation]:
    """Reservations from the booking API's JSON export (a list of objects with the field names above)."""
    return [Reservation(**{name: item[name] for name in Reservation.__dataclass_fields__}) for item in json.loads(text)]
