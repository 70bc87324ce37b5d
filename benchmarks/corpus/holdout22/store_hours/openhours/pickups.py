"""Click-and-collect slot checks against the stores' opening hours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from openhours.spec import parse_opening_hours


@dataclass
class Store:
    code: str
    name: str
    hours: str  # opening-hours specification, see openhours.spec
    closures: list[str] = field(default_factory=list)  # closed dates, "YYYY-MM-DD"


@dataclass
class Pickup:
    order_id: str
    store_code: str
    slot: str  # slot start, "YYYY-MM-DD HH:MM"
    minutes: int = 30


def slot_fits(hours: dict[int, list[tuple[int, int]]], when: datetime, minutes: int) -> bool:
    """Whether the slot lies inside one open interval of its day (intervals are not joined)."""
    start = when.hour * 60 + when.minute
    end = start + minutes
    for open_at, close_at in hours[when.weekday()]:
        if open_at <= start and end <= close_at:
            return True
    return False


def check_pickups(pickups: list[Pickup], stores: list[Store]) -> dict[str, object]:
    """Sort the day's pickup bookings into ``ok``, ``closed`` and ``unknown_store`` order ids
    (input order) and count ok/closed bookings per store code (sorted by code).

    The first store with a matching code is used. A slot is closed on the store's closure
    dates and when it does not fit the opening hours.
    """
    result: dict[str, list[str]] = {"ok": [], "closed": [], "unknown_store": []}
    per_store: dict[str, dict[str, int]] = {}
    for pickup in pickups:
        store = next((candidate for candidate in stores if candidate.code == pickup.store_code), None)
        if store is None:
            result["unknown_store"].append(pickup.order_id)
            continue
        when = datetime.fromisoformat(pickup.slot)
        hours = parse_opening_hours(store.hours)
        if when.date().isoformat() in store.closures or not slot_fits(hours, when, pickup.minutes):
            status = "closed"
        else:
            status = "ok"
        result[status].append(pickup.order_id)
        counts = per_store.setdefault(store.code, {"ok": 0, "closed": 0})
        counts[status] += 1
    return {**result, "per_store": dict(sorted(per_store.items()))}
