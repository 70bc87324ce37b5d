"""Merging per-server trails into a single chronological trail."""

from __future__ import annotations

from audittrail.events import AuditEvent


def merge_trails(trails: list[list[AuditEvent]]) -> list[AuditEvent]:
    """One trail in timestamp order.

    Each input trail is in the order its server wrote it. The trails are merged by always
    taking the earliest head; on equal timestamps the trail listed first wins. The log
    forwarder ships some files twice, so an event whose (server, sequence) was already
    taken is dropped.
    """
    positions = [0] * len(trails)
    merged: list[AuditEvent] = []
    seen: set[tuple[str, int]] = set()
    while True:
        best = None
        for index, trail in enumerate(trails):
            if positions[index] < len(trail):
                event = trail[positions[index]]
                if best is None or event.timestamp_us < trails[best][positions[best]].timestamp_us:
                    best = index
        if best is None:
            break
        event = trails[best][positions[best]]
        positions[best] += 1
        key = (event.server, event.sequence)
        if key not in seen:
            seen.add(key)
            merged.append(event)
    return merged
