"""Monthly SLA report: response and resolution times against the priority targets."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping, Sequence

from slaclock.clock import business_minutes


def breach_report(tickets: Sequence[Mapping[str, Any]], calendar_text: str,
                  targets: Mapping[str, tuple[int, int]], as_of: str) -> dict[str, Any]:
    """Business minutes to first response and to resolution for every ticket, and the breaches.

    Tickets carry ``id``, ``priority`` and ISO ``created``/``first_response``/``resolved``
    times; a missing (None or empty) time means the clock is still running at ``as_of``.
    ``targets`` maps a priority to ``(response minutes, resolution minutes)``.
    ``compliance`` is the percentage of tickets per priority without any breach, to 0.1.
    """
    now = datetime.fromisoformat(as_of)
    per_ticket: dict[Any, dict[str, Any]] = {}
    totals: dict[str, list[int]] = {}
    for ticket in tickets:
        created = datetime.fromisoformat(ticket["created"])
        responded = datetime.fromisoformat(ticket["first_response"]) if ticket["first_response"] else now
        resolved = datetime.fromisoformat(ticket["resolved"]) if ticket["resolved"] else now
        response_target, resolution_target = targets[ticket["priority"]]
        response = business_minutes(created, responded, calendar_text)
        resolution = business_minutes(created, resolved, calendar_text)
        breaches = []
        if response > response_target:
            breaches.append("response")
        if resolution > resolution_target:
            breaches.append("resolution")
        per_ticket[ticket["id"]] = {"response": response, "resolution": resolution, "breaches": breaches}
        counts = totals.setdefault(ticket["priority"], [0, 0])
        counts[0] += 1
        counts[1] += not breaches
    compliance = {priority: round(100 * met / count, 1) for priority, (count, met) in totals.items()}
    return {"tickets": per_ticket, "compliance": compliance}
