"""Per-parcel tracking timelines built from the merged scan feeds."""

from __future__ import annotations

from datetime import datetime
from functools import cmp_to_key
from typing import Any, Mapping, Sequence

from parceltrack.timestamps import parse_timestamp

# When two scans carry the same time, the one earlier in the parcel's journey comes first.
EVENT_ORDER = {"collected": 0, "arrived_depot": 1, "sorted": 2, "departed_depot": 3,
               "out_for_delivery": 4, "delivery_failed": 5, "delivered": 6}


def compare_scans(first: Mapping[str, Any], second: Mapping[str, Any]) -> int:
    """Chronological order, then journey order for scans with the same time."""
    first_time, second_time = parse_timestamp(first["time"]), parse_timestamp(second["time"])
    if first_time != second_time:
        return -1 if first_time < second_time else 1
    first_rank = EVENT_ORDER.get(first["event"], len(EVENT_ORDER))
    second_rank = EVENT_ORDER.get(second["event"], len(EVENT_ORDER))
    return (first_rank > second_rank) - (first_rank < second_rank)


def build_timelines(scans: Sequence[Mapping[str, Any]], since: datetime | None = None) -> dict[str, Any]:
    """Timelines per parcel from the scans of all depot feeds.

    Scans with an unreadable time are counted as rejected; scans before ``since`` (an
    aware datetime) are dropped. Each parcel's timeline lists ``(time, event, depot)`` in
    chronological order and ``latest`` gives each parcel's most recent event.
    """
    accepted = []
    rejected = 0
    for scan in scans:
        try:
            when = parse_timestamp(scan["time"])
        except ValueError:
            rejected += 1
            continue
        if since is not None and when < since:
            continue
        accepted.append(scan)
    accepted.sort(key=cmp_to_key(compare_scans))
    timelines: dict[str, list[tuple[str, str, str]]] = {}
    for scan in accepted:
        timelines.setdefault(scan["parcel"], []).append((scan["time"], scan["event"], scan["depot"]))
    latest = {parcel: events[-1][1] for parcel, events in timelines.items()}
    return {"timelines": timelines, "latest": latest, "rejected": rejected}
