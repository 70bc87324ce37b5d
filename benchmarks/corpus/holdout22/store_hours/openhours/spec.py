"""Opening-hours specifications in the subset of the OpenStreetMap syntax the stores use.

Examples: ``"Mo-Fr 08:00-20:00; Sa 09:00-18:00; Su off"``, ``"Mo,We,Fr 07:30-12:00,13:00-19:00"``,
``"Fr-Mo 22:00-02:00"`` (past midnight) and ``"24/7"``. Later rules replace earlier ones for
the days they name.
"""

from __future__ import annotations

import re

DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"]
TIME_RANGE = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        part = part.strip().lower()
        if "-" in part:
            first, last = (DAYS.index(name.strip()) for name in part.split("-", 1))
            day = first
            while True:
                days.append(day)
                if day == last:
                    break
                day = (day + 1) % 7
        else:
            days.append(DAYS.index(part))
    return days


def _parse_times(text: str) -> list[tuple[int, int]]:
    ranges = []
    for part in text.split(","):
        match = TIME_RANGE.fullmatch(part.strip())
        if match is None:
            raise ValueError(f"bad time range {part!r}")
        open_h, open_m, close_h, close_m = (int(group) for group in match.groups())
        if open_h > 23 or close_h > 24 or open_m > 59 or close_m > 59 or (close_h == 24 and close_m):
            raise ValueError(f"bad time range {part!r}")
        ranges.append((open_h * 60 + open_m, close_h * 60 + close_m))
    return ranges


def parse_opening_hours(text: str) -> dict[int, list[tuple[int, int]]]:
    """Open intervals per weekday (0 = Monday), in minutes since midnight, sorted.

    A range that closes at or before its opening time runs past midnight into the next
    day. Raises ValueError for text it cannot read.
    """
    if text.strip() == "24/7":
        return {day: [(0, 1440)] for day in range(7)}
    per_day: dict[int, list[tuple[int, int]]] = {}
    for rule in text.split(";"):
        rule = rule.strip()
        if not rule:
            continue
        try:
            day_text, time_text = rule.split(None, 1)
            days = _parse_days(day_text)
        except ValueError as error:
            raise ValueError(f"bad rule {rule!r}") from error
        ranges = [] if time_text.strip().lower() == "off" else _parse_times(time_text)
        for day in days:
            per_day[day] = ranges
    intervals: dict[int, list[tuple[int, int]]] = {day: [] for day in range(7)}
    for day, ranges in per_day.items():
        for start, end in ranges:
            if end > start:
                intervals[day].append((start, end))
            else:
                intervals[day].append((start, 1440))
                if end:
                    intervals[(day + 1) % 7].append((0, end))
    return {day: sorted(spans) for day, spans in intervals.items()}
