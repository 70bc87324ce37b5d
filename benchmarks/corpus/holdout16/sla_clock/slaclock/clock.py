"""Elapsed business time between two moments."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from slaclock.calendar import parse_calendar

ONE_MINUTE = timedelta(minutes=1)


def business_minutes(start: datetime, end: datetime, calendar_text: str) -> int:
    """Whole business minutes from ``start`` to ``end``, counted day by day."""
    calendar = parse_calendar(calendar_text)
    if end < start:
        raise ValueError("end is before start")
    total = 0
    day = start.date()
    while day <= end.date():
        weekday = day.weekday()
        if weekday in calendar.hours and day not in calendar.holidays:
            open_minute, close_minute = calendar.hours[weekday]
            midnight = datetime.combine(day, time())
            low = max(start, midnight + timedelta(minutes=open_minute))
            high = min(end, midnight + timedelta(minutes=close_minute))
            if high > low:
                total += (high - low) // ONE_MINUTE
        day += timedelta(days=1)
    return total
