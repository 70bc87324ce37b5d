"""Daily driving time and continuous-driving checks (EU Regulation 561/2006, simplified)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from tacho.activities import KINDS, Activity

STAMP = "%Y-%m-%d %H:%M:%S"
DAILY_LIMIT = 9 * 3600  # seconds of driving in a day before it counts as an extended day
CONTINUOUS_LIMIT = 4 * 3600 + 30 * 60  # driving allowed before a break is due
BREAK = 45 * 60  # a rest at least this long resets the continuous driving


def driving_summary(activities: list[Activity]) -> dict[str, object]:
    """Driving seconds per driver and calendar day, extended days and continuous-driving breaches.

    Activities are taken in the order given, per driver. Driving that runs past midnight
    is split between the days. Work and availability neither add to continuous driving nor
    reset it; a rest of at least 45 minutes resets it. A breach is recorded (driver, start
    of the activity) for the drive during which continuous driving first exceeds 4.5 hours.

    Returns ``{"driving": {driver: {"YYYY-MM-DD": seconds}}, "long_days": [(driver, day,
    seconds), ...] (days over 9 hours, sorted), "breaches": [...]}``. Raises ValueError for an
    unknown kind, an unreadable time or an activity that ends before it starts.
    """
    daily: dict[str, dict[str, int]] = {}
    continuous: dict[str, int] = {}
    breaches: list[tuple[str, str]] = []
    for activity in activities:
        if activity.kind not in KINDS:
            raise ValueError(f"unknown activity kind {activity.kind!r}")
        start = datetime.strptime(activity.start, STAMP)
        end = datetime.strptime(activity.end, STAMP)
        if end < start:
            raise ValueError(f"activity of {activity.driver} ends before it starts")
        seconds = int((end - start).total_seconds())
        if activity.kind == "rest":
            if seconds >= BREAK:
                continuous[activity.driver] = 0
            continue
        if activity.kind != "drive":
            continue
        days = daily.setdefault(activity.driver, {})
        cursor = start
        while cursor < end:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), time())
            piece_end = min(end, midnight)
            day = cursor.date().isoformat()
            days[day] = days.get(day, 0) + int((piece_end - cursor).total_seconds())
            cursor = piece_end
        before = continuous.get(activity.driver, 0)
        continuous[activity.driver] = before + seconds
        if before <= CONTINUOUS_LIMIT < before + seconds:
            breaches.append((activity.driver, activity.start))
    long_days = sorted((driver, day, seconds) for driver, days in daily.items()
                       for day, seconds in days.items() if seconds > DAILY_LIMIT)
    return {"driving": daily, "long_days": long_days, "breaches": breaches}
