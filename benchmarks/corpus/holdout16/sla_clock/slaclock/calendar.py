"""The support desk's business calendar, kept as a small text file by the service owner.

    # opening hours (weekday ranges are inclusive)
    hours mon-fri 08:00-18:00
    hours sat 09:00-13:00
    holiday 2024-12-25
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclass
class BusinessCalendar:
    hours: dict[int, tuple[int, int]] = field(default_factory=dict)  # weekday -> (open, close) in minutes
    holidays: list[date] = field(default_factory=list)


def parse_clock(text: str) -> int:
    """Minutes after midnight of an ``HH:MM`` time."""
    moment = datetime.strptime(text, "%H:%M")
    return moment.hour * 60 + moment.minute


def parse_calendar(text: str) -> BusinessCalendar:
    """The calendar described by ``text``; ValueError on a line it cannot read."""
    calendar = BusinessCalendar()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        keyword, *rest = line.split()
        if keyword == "hours" and len(rest) == 2:
            first, _, last = rest[0].lower().partition("-")
            opens, _, closes = rest[1].partition("-")
            if first not in DAYS or (last and last not in DAYS):
                raise ValueError(f"line {number}: unknown weekday in {raw!r}")
            open_minute, close_minute = parse_clock(opens), parse_clock(closes)
            if close_minute <= open_minute:
                raise ValueError(f"line {number}: closes before it opens")
            for weekday in range(DAYS[first], DAYS[last or first] + 1):
                calendar.hours[weekday] = (open_minute, close_minute)
        elif keyword == "holiday" and len(rest) == 1:
            calendar.holidays.append(datetime.strptime(rest[0], "%Y-%m-%d").date())
        else:
            raise ValueError(f"line {number}: cannot read {raw!r}")
    return calendar
