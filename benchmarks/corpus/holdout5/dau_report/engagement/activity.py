"""Active-user metrics computed from raw analytics events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Collection, Iterable, Optional


@dataclass(frozen=True)
class ActivityEvent:
    """One tracked action by a user on a calendar day."""

    user_id: str
    day: date
    action: str


def parse_events(lines: Iterable[str]) -> list[ActivityEvent]:
    """Parse `YYYY-MM-DD,user,action` lines; blank lines and `#` comments are skipped."""
    events = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            day, user, action = (part.strip() for part in line.split(","))
            events.append(ActivityEvent(user, date.fromisoformat(day), action))
        except ValueError as error:
            raise ValueError(f"line {number}: {error}") from None
    return events


def rolling_active_users(
    events: Iterable[ActivityEvent],
    window: int = 7,
    *,
    actions: Optional[Collection[str]] = None,
) -> list[tuple[date, int]]:
    """Distinct active users in the trailing `window` days, for every day.

    Returns one (day, count) pair for each calendar day from the first to the
    last qualifying event, inclusive and in order, including days without
    events. `count` is the number of distinct users with a qualifying event in
    the `window` days ending on that day. When `actions` is given only events
    whose action is in it qualify. No qualifying events gives an empty list.
    Raises ValueError if `window` is less than 1.
    """
    if window < 1:
        raise ValueError("window must be at least one day")
    qualifying = [event for event in events if actions is None or event.action in actions]
    if not qualifying:
        return []
    first = min(event.day for event in qualifying)
    last = max(event.day for event in qualifying)
    series = []
    day = first
    while day <= last:
        window_start = day - timedelta(days=window - 1)
        users = set()
        for event in qualifying:
            if window_start <= event.day <= day:
                users.add(event.user_id)
        series.append((day, len(users)))
        day += timedelta(days=1)
    return series


def stickiness(daily: list[tuple[date, int]], monthly: list[tuple[date, int]]) -> list[tuple[date, float]]:
    """DAU/MAU ratio per day for two series over the same days (0.0 where MAU is 0)."""
    return [(day, (d / m) if m else 0.0) for (day, d), (_, m) in zip(daily, monthly)]
