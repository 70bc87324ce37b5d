"""Warranty cover periods: months from the purchase date, per model range."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Policy:
    """Cover for one model: warranty length in months and the most paid for a single repair."""

    months: int
    repair_limit: float


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or the last day of that month when it is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def cover_ends(purchased: date, policy: Policy) -> date:
    """The last day of cover: the day before the anniversary ``policy.months`` after purchase."""
    return date.fromordinal(add_months(purchased, policy.months).toordinal() - 1)
