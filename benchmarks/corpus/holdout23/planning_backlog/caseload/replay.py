"""Replay of the application queue through the case officers."""

from __future__ import annotations

from caseload.applications import TARGET_DAYS, Application


def replay(applications: list[Application], officers: int) -> dict[str, object]:
    """Allocate applications to case officers one at a time and report the decision days.

    Applications join the backlog on their ``received`` day. The officer who is free
    first (the lowest-numbered one on ties; everybody is free on day 0) takes, from the
    applications received by then, the one with the best priority, then the earliest
    received, then the lowest reference; applications equal on all three are taken in
    input order. When the backlog is empty the officer waits for the next application.
    A decision is issued ``effort`` days after the officer starts.

    Returns ``{"decisions": [(reference, officer, start, decision day), ...]}`` in
    allocation order, plus per application type (sorted by type) the count, the mean days
    from receipt to decision and the number decided later than the statutory target.
    Raises ValueError when there are no officers.
    """
    if officers < 1:
        raise ValueError("at least one case officer is needed")
    arrivals = sorted(applications, key=lambda application: application.received)
    free_on = [0] * officers
    backlog: list[Application] = []
    decisions: list[tuple[str, int, int, int]] = []
    totals: dict[str, list[int]] = {}
    position = 0
    while position < len(arrivals) or backlog:
        officer = min(range(officers), key=lambda number: (free_on[number], number))
        today = free_on[officer]
        if not backlog and arrivals[position].received > today:
            today = arrivals[position].received
        while position < len(arrivals) and arrivals[position].received <= today:
            backlog.append(arrivals[position])
            position += 1
        backlog.sort(key=lambda application: (application.priority, application.received, application.reference))
        application = backlog.pop(0)
        decided = today + application.effort
        free_on[officer] = decided
        decisions.append((application.reference, officer, today, decided))
        days = decided - application.received
        stats = totals.setdefault(application.kind, [0, 0, 0])
        stats[0] += 1
        stats[1] += days
        stats[2] += days > TARGET_DAYS[application.kind]
    per_type = {kind: {"count": count, "mean_days": total / count, "late": late}
                for kind, (count, total, late) in sorted(totals.items())}
    return {"decisions": decisions, "per_type": per_type}
