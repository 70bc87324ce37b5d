"""Replay of the blood bank's stock movements."""

from __future__ import annotations

from dataclasses import dataclass

from transfusion.groups import donor_groups, normalise_group


@dataclass
class Unit:
    unit_id: str
    group: str  # ABO/RhD as labelled, e.g. "A+"
    expires: str  # "YYYY-MM-DD", usable through that day


@dataclass
class Receipt:
    day: str
    unit: Unit


@dataclass
class Request:
    day: str
    request_id: str
    group: str  # the patient's group
    units: int


def replay(events: list[Receipt | Request]) -> dict[str, object]:
    """Replay receipts and crossmatch requests in the order given.

    Stock is kept first-to-expire (then by unit id, then arrival). When a request comes
    in, units that expired before its day are discarded as wasted; then it is given
    compatible units, trying the recipient's donor groups in preference order and the
    first-to-expire units within each group. Requests that cannot be met in full are
    recorded as short by the missing number of units.

    Returns the issued unit ids and shortfalls per request id, the wasted unit ids in
    discard order, the remaining unit ids in stock order and the stock count per group.
    """
    stock: list[Unit] = []
    issued: dict[str, list[str]] = {}
    short: dict[str, int] = {}
    wasted: list[str] = []
    for event in events:
        if isinstance(event, Receipt):
            event.unit.group = normalise_group(event.unit.group)
            stock.append(event.unit)
            stock.sort(key=lambda unit: (unit.expires, unit.unit_id))
            continue
        for unit in list(stock):
            if unit.expires < event.day:
                stock.remove(unit)
                wasted.append(unit.unit_id)
        chosen: list[Unit] = []
        for group in donor_groups(event.group):
            for unit in list(stock):
                if len(chosen) >= event.units:
                    break
                if unit.group == group:
                    chosen.append(unit)
                    stock.remove(unit)
        issued[event.request_id] = [unit.unit_id for unit in chosen]
        if len(chosen) < event.units:
            short[event.request_id] = event.units - len(chosen)
    counts: dict[str, int] = {}
    for unit in stock:
        counts[unit.group] = counts.get(unit.group, 0) + 1
    return {"issued": issued, "short": short, "wasted": wasted,
            "remaining": [unit.unit_id for unit in stock], "stock": dict(sorted(counts.items()))}
