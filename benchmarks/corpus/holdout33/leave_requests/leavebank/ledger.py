"""Replaying leave requests against the accounts."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Mapping, Sequence

from .models import Decision, LeaveAccount, LeaveError, LeaveRequest


def month_after(day: date) -> date:
    """The first day of the month after ``day``'s month."""
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def accrue(account: LeaveAccount, until: date) -> None:
    """Credit the monthly accrual for every month after ``accrued_through`` up to and including
    ``until``'s month; on entering a new year the balance is first cut to the carry-over cap."""
    month = month_after(account.accrued_through)
    while (month.year, month.month) <= (until.year, until.month):
        if month.month == 1 and account.balance_hours > account.carryover_cap:
            forfeited = round(account.balance_hours - account.carryover_cap, 2)
            account.balance_hours = account.carryover_cap
            account.history.append((month.isoformat(), "forfeit", -forfeited))
        account.balance_hours = round(account.balance_hours + account.monthly_hours, 2)
        account.history.append((month.isoformat(), "accrual", account.monthly_hours))
        account.accrued_through = month
        month = month_after(month)


def working_days(first: date, last: date, holidays: frozenset[date] = frozenset()) -> int:
    """Monday-to-Friday days from ``first`` to ``last`` inclusive, public holidays excluded."""
    days = 0
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in holidays:
            days += 1
        day += timedelta(days=1)
    return days


def apply_request(accounts: dict[str, LeaveAccount], request: LeaveRequest, holidays: frozenset[date]) -> float:
    """Accrue up to the submission date and book the request; returns the hours taken.

    Raises ``LeaveError`` for an unknown employee, a request ending before it starts, one with
    no working days, one submitted after it starts, or one larger than the balance.
    """
    account = accounts.get(request.employee)
    if account is None:
        raise LeaveError("unknown employee")
    if request.last_day < request.first_day:
        raise LeaveError("ends before it starts")
    accrue(account, request.submitted)
    if request.submitted > request.first_day:
        raise LeaveError("submitted after the leave started")
    hours = round(working_days(request.first_day, request.last_day, holidays) * request.hours_per_day, 2)
    if hours <= 0:
        raise LeaveError("no working days")
    if hours > account.balance_hours:
        raise LeaveError("insufficient balance")
    account.balance_hours = round(account.balance_hours - hours, 2)
    account.history.append((request.first_day.isoformat(), "taken", -hours))
    return hours


def process_requests(accounts: Mapping[str, LeaveAccount], requests: Sequence[LeaveRequest],
                     holidays: frozenset[date] = frozenset()) -> tuple[dict[str, LeaveAccount], list[Decision]]:
    """Decide the requests in order; returns the accounts afterwards and one decision per request.

    A rejected request leaves every account exactly as it was before it (its accrual included).
    The accounts passed in are not modified.
    """
    state = copy.deepcopy(dict(accounts))
    decisions = []
    for request in requests:
        trial = copy.deepcopy(state)
        try:
            apply_request(trial, request, holidays)
        except LeaveError as error:
            decisions.append(Decision(request.request_id, False, str(error)))
            continue
        state = trial
        decisions.append(Decision(request.request_id, True))
    return state, decisions
