"""Summaries of a merged trail for the compliance pack."""

from __future__ import annotations

from audittrail.events import AuditEvent


def actions_per_actor(trail: list[AuditEvent]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for event in trail:
        counts[event.actor] = counts.get(event.actor, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def out_of_order(trail: list[AuditEvent]) -> int:
    """How many events have an earlier timestamp than the event before them (clock skew)."""
    return sum(1 for before, after in zip(trail, trail[1:]) if after.timestamp_us < before.timestamp_us)
