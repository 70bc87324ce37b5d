"""Strict equivalence tests for process_requests (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from datetime import date, timedelta
from typing import Mapping, Sequence

import pytest
from strict_support import assert_same
from leavebank.ledger import process_requests
from leavebank.models import Decision, LeaveAccount, LeaveError, LeaveRequest

TARGET = "leavebank/ledger.py:process_requests"


# --- verbatim copy of the original implementation ---------------------------------------------

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


def reference(accounts: Mapping[str, LeaveAccount], requests: Sequence[LeaveRequest],
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


# --- cases -------------------------------------------------------------------------------


def acc(employee="N001", balance=30.0, through=date(2024, 1, 31), monthly=15.0, cap=37.5, history=None):
    return LeaveAccount(employee, balance, through, monthly, cap, list(history or []))


def req(rid, first, last, submitted=None, employee="N001", hours=7.5):
    return LeaveRequest(rid, employee, first if submitted is None else submitted, first, last, hours)


D = date
ONE = {"N001": acc()}
TWO = {"N001": acc(), "N002": acc("N002", 0.0, D(2023, 10, 31), 12.5, 30.0, [("2023-10-01", "accrual", 12.5)])}
BANK = frozenset({D(2024, 3, 29), D(2024, 4, 1), D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1)})

CASES = [
    ({}, []),
    (ONE, []),
    ({}, [req("R1", D(2024, 3, 4), D(2024, 3, 4))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 8), D(2024, 2, 10))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 8), D(2024, 2, 10))] * 3),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 8), D(2024, 3, 4))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 8), D(2024, 3, 5))]),
    (ONE, [req("R1", D(2024, 3, 8), D(2024, 3, 4), D(2024, 3, 1))]),
    (ONE, [req("R1", D(2024, 3, 9), D(2024, 3, 10), D(2024, 3, 1))]),
    (ONE, [req("R1", D(2024, 3, 29), D(2024, 4, 1), D(2024, 3, 1))], BANK),
    (ONE, [req("R1", D(2024, 3, 28), D(2024, 4, 2), D(2024, 3, 1))], BANK),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=0)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=-7.5)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=45.0)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=45.01)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=0.1 + 0.2)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 2, 1), hours=7)]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2023, 12, 1))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 4), D(2024, 1, 31))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 15), D(2024, 2, 10)),
           req("R2", D(2024, 5, 6), D(2024, 5, 6), D(2024, 4, 10))]),
    ({"N001": acc(balance=80.0, through=D(2024, 10, 31))},
     [req("R1", D(2025, 2, 3), D(2025, 2, 14), D(2025, 1, 6)), req("R2", D(2025, 2, 3), D(2025, 2, 4), D(2025, 1, 6))]),
    ({"N001": acc(balance=80.0, through=D(2022, 10, 31))}, [req("R1", D(2025, 2, 3), D(2025, 2, 4), D(2025, 1, 6))]),
    ({"N001": acc(balance=80.0, through=D(2024, 12, 31), cap=100.0)}, [req("R1", D(2025, 2, 3), D(2025, 2, 4))]),
    ({"N001": acc(balance=-5.0, monthly=0.0)}, [req("R1", D(2024, 3, 4), D(2024, 3, 4))]),
    ({"N001": acc(monthly=2.5, cap=0.0, through=D(2024, 11, 1))}, [req("R1", D(2025, 1, 6), D(2025, 1, 6), D(2025, 1, 2))]),
    ({"N001": acc(balance=7.5)}, [req("R1", D(2024, 1, 31), D(2024, 1, 31), D(2024, 1, 2))]),
    (TWO, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1), "N002"), req("R2", D(2024, 3, 4), D(2024, 3, 5)),
           req("R3", D(2024, 3, 6), D(2024, 3, 7), D(2024, 2, 1), "N003"), req("R4", D(2024, 5, 6), D(2024, 5, 10), D(2024, 3, 1), "N002")]),
    (TWO, [req("R1", D(2024, 6, 3), D(2024, 6, 28), D(2024, 5, 1), "N002")]),
    (TWO, (req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1), "N002"),)),
    ({"N001": acc(), "n001": acc("n001", 100.0)}, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1), "n001")]),
    ({"N001": acc("SOMEONE-ELSE")}, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1))]),
    ({"N001": None}, [req("R1", D(2024, 3, 4), D(2024, 3, 5))]),
    ({"N001": None}, [req("R1", D(2024, 3, 4), D(2024, 3, 5), employee="N002")]),
    (ONE, [req("R1", None, D(2024, 3, 5))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 5), "2024-02-01")]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 5)), "not a request"]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1), hours=None)]),
    (ONE, None),
    (None, []),
    ([("N001", acc())], [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1))]),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1))], None),
    (ONE, [req("R1", D(2024, 3, 4), D(2024, 3, 5), D(2024, 2, 1))], [D(2024, 3, 4)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(process_requests, reference, *case)


def test_keyword_arguments() -> None:
    requests = [req("R1", D(2024, 3, 28), D(2024, 4, 2), D(2024, 3, 1))]
    assert_same(process_requests, reference, accounts=ONE, requests=requests, holidays=BANK)
    assert_same(process_requests, reference, ONE, requests, holidays=frozenset())


def _random_cases():
    rng = random.Random(33051)
    for _ in range(230):
        accounts = {}
        for number in range(rng.randint(0, 4)):
            employee = f"N{number:03d}"
            history = [(f"2023-{m:02d}-01", "accrual", 15.0) for m in range(1, rng.randint(1, 4))]
            accounts[employee] = acc(employee, rng.choice([0.0, 7.5, 22.5, 60.0, 120.0]),
                                     D(2023, rng.randint(9, 12), 1) + timedelta(days=rng.randint(0, 100)),
                                     rng.choice([0.0, 10.0, 15.0, 16.88]), rng.choice([0.0, 37.5, 75.0]), history)
        requests = []
        for number in range(rng.choice([0, 1, 3, 8, 20])):
            submitted = D(2024, 1, 1) + timedelta(days=rng.randint(0, 500))
            first = submitted + timedelta(days=rng.randint(-3, 60))
            last = first + timedelta(days=rng.choice([-1, 0, 0, 1, 2, 4, 9, 16]))
            employee = rng.choice(list(accounts)) if accounts and rng.random() < 0.9 else "N009"
            requests.append(req(f"R{number}", first, last, submitted, employee,
                                rng.choice([7.5, 7.5, 6.0, 11.5, 3.75])))
        args = [accounts, requests]
        if rng.random() < 0.4:
            args.append(BANK)
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(process_requests, reference, *case)
