"""Late returns and takings for the season review."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from .slips import SLIP_TIME_FORMAT

GRACE_MINUTES = 10


def late_returns(slips: Sequence[dict], grace_minutes: int = GRACE_MINUTES) -> list[tuple[str, str, int]]:
    """(slip, boat, minutes over) for hires returned later than booked plus the grace period."""
    late = []
    for slip in slips:
        out = datetime.strptime(slip["out"], SLIP_TIME_FORMAT)
        back = datetime.strptime(slip["back"], SLIP_TIME_FORMAT)
        over = int((back - out).total_seconds() // 60) - slip["booked_minutes"]
        if over > grace_minutes:
            late.append((slip["slip"], slip["boat"], over))
    return late


def takings_by_boat(slips: Sequence[dict]) -> dict[str, int]:
    """Pence taken per boat, largest first."""
    totals: dict[str, int] = {}
    for slip in slips:
        totals[slip["boat"]] = totals.get(slip["boat"], 0) + slip["paid_pence"]
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def busiest_hours(table: dict[str, dict[int, float]], count: int = 3) -> list[int]:
    """The opening hours with the highest mean utilisation across the fleet."""
    if not table:
        return []
    hours = next(iter(table.values())).keys()
    means = {hour: sum(row[hour] for row in table.values()) / len(table) for hour in hours}
    return sorted(means, key=lambda hour: (-means[hour], hour))[:count]
