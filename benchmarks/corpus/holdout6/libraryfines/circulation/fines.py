"""Overdue fines."""

from __future__ import annotations

import datetime as dt
from typing import Collection, Optional, Sequence

from circulation.calendar import is_open

Loan = tuple[str, str, dt.date, Optional[dt.date]]


def overdue_days(due: dt.date, end: dt.date, holidays: Collection[dt.date]) -> int:
    """Open days after `due` up to and including `end`."""
    days = 0
    day = due + dt.timedelta(days=1)
    while day <= end:
        if is_open(day, holidays):
            days += 1
        day += dt.timedelta(days=1)
    return days


def member_fines(
    loans: Sequence[Loan],
    today: dt.date,
    holidays: Collection[dt.date],
    daily_rate: int = 25,
    cap: int = 1500,
) -> dict[str, int]:
    """Fine in cents owed by each member, for loans (member, item, due, returned).

    A loan still out (returned is None) runs until `today`. Each loan is charged
    `daily_rate` per open day overdue, at most `cap` per loan. Members who owe
    nothing are left out.
    """
    if daily_rate < 0 or cap < 0:
        raise ValueError("rate and cap must not be negative")
    totals: dict[str, int] = {}
    for member, item, due, returned in loans:
        end = returned if returned is not None else today
        fine = min(overdue_days(due, end, holidays) * daily_rate, cap)
        totals[member] = totals.get(member, 0) + fine
    return {member: total for member, total in totals.items() if total}
