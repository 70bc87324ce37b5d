"""Strict equivalence tests for member_fines (never shown to wattlens)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from circulation.fines import member_fines
from strict_support import assert_same

TARGET = "circulation/fines.py:member_fines"

SUNDAY = 6


def is_open(day, holidays):
    return day.weekday() != SUNDAY and day not in holidays


def overdue_days(due, end, holidays):
    days = 0
    day = due + dt.timedelta(days=1)
    while day <= end:
        if is_open(day, holidays):
            days += 1
        day += dt.timedelta(days=1)
    return days


def reference(loans, today, holidays, daily_rate=25, cap=1500):
    if daily_rate < 0 or cap < 0:
        raise ValueError("rate and cap must not be negative")
    totals = {}
    for member, item, due, returned in loans:
        end = returned if returned is not None else today
        fine = min(overdue_days(due, end, holidays) * daily_rate, cap)
        totals[member] = totals.get(member, 0) + fine
    return {member: total for member, total in totals.items() if total}


D = dt.date
TODAY = D(2024, 12, 31)
XMAS = [D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1)]

CASES = [
    ([], TODAY, XMAS, {}),
    ([], TODAY, XMAS, {"daily_rate": -1}),
    ([], TODAY, XMAS, {"cap": -1}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, [], {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, XMAS + XMAS, {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, tuple(XMAS), {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, set(XMAS), {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, [D(2024, 12, 22), D(2024, 12, 29)], {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, [dt.datetime(2024, 12, 23)], {}),
    ([("a", "i", D(2024, 12, 20), D(2024, 12, 20))], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), D(2024, 12, 1))], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), D(2024, 12, 21))], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 21), D(2024, 12, 22))], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), None), ("a", "j", D(2024, 12, 1), None)], TODAY, XMAS, {"cap": 300}),
    ([("a", "i", D(2024, 12, 20), None), ("b", "j", D(2024, 12, 30), D(2025, 1, 1))], TODAY, XMAS, {"daily_rate": 0}),
    ([("a", "i", D(2024, 12, 20), None), ("b", "j", D(2024, 12, 30), None)], TODAY, XMAS, {"cap": 0}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, XMAS, {"daily_rate": 12.5}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, XMAS, {"daily_rate": 10, "cap": 45.5}),
    ([("a", "i", D(2024, 12, 30), None), ("b", "j", D(2024, 12, 30), None), ("a", "k", D(2024, 12, 29), None)], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 30), None)], D(2024, 12, 1), XMAS, {}),
    ([("a", "i", D(2020, 1, 1), D(2024, 12, 31))], TODAY, XMAS, {"cap": 10**9}),
    ([("a", "i", D(2024, 2, 27), D(2024, 3, 2))], TODAY, [D(2024, 2, 29)], {}),
    ([("a", "i", D(2024, 12, 20), None)], None, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), D(2024, 12, 24))], None, XMAS, {}),
    ([("a", "i", D(2024, 12, 31), None)], TODAY, XMAS, {}),
    ([(1, "i", D(2024, 12, 20), None), (("x", 2), "j", D(2024, 12, 1), None)], TODAY, XMAS, {}),
    ([("a", "i", D(2024, 12, 20), None)], TODAY, XMAS, {"daily_rate": -5, "cap": 10}),
    ([("a", "i", D(9999, 12, 30), D(9999, 12, 31))], TODAY, [], {}),
]


@pytest.mark.parametrize("loans, today, holidays, options", CASES)
def test_same_as_reference(loans, today, holidays, options) -> None:
    assert_same(member_fines, reference, loans, today, holidays, **options)


@pytest.mark.parametrize("seed", range(12))
def test_random_branches(seed) -> None:
    rng = random.Random(seed)
    base = D(2023, 1, 1)
    holidays = [base + dt.timedelta(days=rng.randrange(500)) for _ in range(rng.randint(0, 40))]
    today = base + dt.timedelta(days=rng.randint(200, 500))
    loans = []
    for number in range(rng.randint(0, 80)):
        due = base + dt.timedelta(days=rng.randint(0, 520))
        returned = None if rng.random() < 0.4 else due + dt.timedelta(days=rng.randint(-30, 90))
        loans.append((f"m{rng.randrange(12)}", f"i{number}", due, returned))
    options = {"daily_rate": rng.choice([0, 10, 25, 40]), "cap": rng.choice([0, 100, 1500, 10**6])}
    assert_same(member_fines, reference, loans, today, holidays, **options)


def test_big_branch() -> None:
    rng = random.Random(404)
    base = D(2018, 1, 1)
    holidays = [base + dt.timedelta(days=rng.randrange(2500)) for _ in range(80)]
    loans = [(f"m{rng.randrange(300)}", f"i{n}", base + dt.timedelta(days=rng.randrange(2500)), None) for n in range(250)]
    assert_same(member_fines, reference, loans, base + dt.timedelta(days=2600), holidays)


def test_loans_as_lists_and_iterator() -> None:
    loans = [["a", "i", D(2024, 12, 20), None], ["b", "j", D(2024, 12, 1), D(2024, 12, 12)]]
    assert_same(member_fines, reference, loans, TODAY, XMAS)
    assert member_fines(iter(loans), TODAY, XMAS) == reference(iter(loans), TODAY, XMAS)


def test_end_of_calendar() -> None:
    assert_same(member_fines, reference, [("a", "i", D(9999, 12, 29), D(9999, 12, 30))], TODAY, [])
    assert_same(member_fines, reference, [("a", "i", D(9999, 12, 29), D(9999, 12, 31))], TODAY, [])


def test_validation_happens_before_any_loan_is_read() -> None:
    with pytest.raises(ValueError, match="rate and cap must not be negative"):
        member_fines([("a", "i", None, None)], TODAY, XMAS, cap=-1)
    assert_same(member_fines, reference, [("a", "i", None, None)], TODAY, XMAS)


def test_members_with_only_zero_fines_left_out() -> None:
    loans = [("a", "i", D(2024, 12, 28), D(2024, 12, 29)), ("b", "j", D(2024, 12, 20), None), ("a", "k", D(2024, 12, 24), D(2024, 12, 26))]
    assert_same(member_fines, reference, loans, TODAY, XMAS)
    assert "a" not in member_fines(loans, TODAY, XMAS)
