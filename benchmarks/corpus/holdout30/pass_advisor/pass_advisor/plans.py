"""Commuters' planned travel, as entered in the journey planner's calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable


@dataclass
class TravelPlan:
    """The dates a commuter expects to travel; ``start`` is the first day shown in the calendar."""

    commuter: str
    start: date
    dates: list[date] = field(default_factory=list)

    def day_numbers(self) -> list[int]:
        """Travel dates as day numbers counted from ``start`` (day 0)."""
        return [(day - self.start).days for day in self.dates]


def commute_dates(start: date, end: date, weekdays: Iterable[int], skip: Iterable[date] = ()) -> list[date]:
    """Every date from ``start`` to ``end`` inclusive that falls on one of ``weekdays``
    (0 = Monday), leaving out the dates in ``skip`` (leave, public holidays)."""
    wanted = set(weekdays)
    if not wanted <= set(range(7)):
        raise ValueError("weekdays are numbered 0 (Monday) to 6 (Sunday)")
    skipped = set(skip)
    dates = []
    day = start
    while day <= end:
        if day.weekday() in wanted and day not in skipped:
            dates.append(day)
        day += timedelta(days=1)
    return dates
