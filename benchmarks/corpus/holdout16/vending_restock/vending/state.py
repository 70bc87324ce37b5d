"""Fleet stock as a mapping (machine, slot) -> slot record, updated by telemetry events.

Events follow the reducer style used by the telemetry service: applying an event never
changes the stock it was given, it returns the new stock.
"""

from __future__ import annotations

from typing import Any, Mapping

Stock = dict[tuple[str, str], dict[str, Any]]


def new_slot(product: str, capacity: int, price: int, qty: int = 0) -> dict[str, Any]:
    """A slot record; prices and revenue are in cents."""
    return {"product": product, "capacity": capacity, "price": price, "qty": qty, "sold": 0, "revenue": 0, "failed": 0}


def apply_event(stock: Mapping[tuple[str, str], Mapping[str, Any]], event: Mapping[str, Any]) -> Stock:
    """The stock after one telemetry event.

    ``sale`` vends one item (a vend attempt on an empty slot counts as failed),
    ``restock`` adds up to ``qty`` items without exceeding capacity, ``price`` sets a new
    price and ``audit`` replaces the quantity with the counted one.
    """
    updated = {key: dict(slot) for key, slot in stock.items()}
    key = (event["machine"], event["slot"])
    if key not in updated:
        raise KeyError(f"unknown slot {key}")
    slot = updated[key]
    kind = event["type"]
    if kind == "sale":
        if slot["qty"] > 0:
            slot["qty"] -= 1
            slot["sold"] += 1
            slot["revenue"] += slot["price"]
        else:
            slot["failed"] += 1
    elif kind == "restock":
        if event["qty"] < 0:
            raise ValueError("cannot restock a negative quantity")
        slot["qty"] += min(event["qty"], slot["capacity"] - slot["qty"])
    elif kind == "price":
        slot["price"] = event["price"]
    elif kind == "audit":
        slot["qty"] = event["qty"]
    else:
        raise ValueError(f"unknown event type {kind!r}")
    return updated
