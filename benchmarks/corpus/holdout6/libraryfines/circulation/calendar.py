"""Opening days of the library."""

from __future__ import annotations

import datetime as dt
from typing import Collection

SUNDAY = 6


def is_open(day: dt.date, holidays: Collection[dt.date]) -> bool:
    """Open every day except Sundays and the listed holidays."""
    return day.weekday() != SUNDAY and day not in holidays


def parse_holidays(text: str) -> list[dt.date]:
    """One ISO date per line; anything after the date is a comment."""
    days = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            days.append(dt.date.fromisoformat(line.split()[0]))
    return days
