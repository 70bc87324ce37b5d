"""End-of-day replay of the fleet's telemetry."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from vending.state import apply_event


def replay_day(stock: Mapping[tuple[str, str], Mapping[str, Any]], events: Sequence[Mapping[str, Any]],
               low_water: int = 2) -> dict[str, Any]:
    """Apply the day's events in order to the morning ``stock``.

    Returns the evening stock, the stock-outs ``(time, machine, slot, product)`` in the
    order they happened, the day's revenue per machine (cents) and the pick list
    ``(machine, slot, product, items to load)`` of slots at or below ``low_water`` items,
    sorted by machine and slot.
    """
    current = stock
    stockouts: list[tuple[Any, str, str, str]] = []
    for event in events:
        key = (event["machine"], event["slot"])
        before = current[key]["qty"] if key in current else None
        current = apply_event(current, event)
        after = current[key]
        if event["type"] == "sale" and before and after["qty"] == 0:
            stockouts.append((event["time"], event["machine"], event["slot"], after["product"]))
    revenue: dict[str, int] = {}
    for (machine, _), slot in current.items():
        revenue[machine] = revenue.get(machine, 0) + slot["revenue"]
    picks = [(machine, slot_id, slot["product"], slot["capacity"] - slot["qty"])
             for (machine, slot_id), slot in sorted(current.items()) if slot["qty"] <= low_water]
    return {"stock": current, "stockouts": stockouts, "revenue": revenue, "pick_list": picks}
