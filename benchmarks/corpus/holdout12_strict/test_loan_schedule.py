"""Strict equivalence tests for amortization_schedule (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict

import pytest
from amortize.schedule import Installment, amortization_schedule
from strict_support import assert_same

TARGET = "amortize/schedule.py:amortization_schedule"


def monthly_payment(principal, annual_rate, months):
    if months < 1:
        raise ValueError("the term must be at least one month")
    if principal < 0:
        raise ValueError("the principal cannot be negative")
    if annual_rate < 0:
        raise ValueError("the interest rate cannot be negative")
    rate = annual_rate / 12
    if rate == 0:
        return round(principal / months, 2)
    return round(principal * rate / (1 - (1 + rate) ** -months), 2)


def _month(balance, annual_rate, payment, extra, final):
    interest = round(balance * annual_rate / 12, 2)
    due = round(balance + interest, 2)
    paid = due if final else min(round(payment + extra, 2), due)
    return interest, paid, round(due - paid, 2)


def reference(principal, annual_rate, months, extras=None):
    def balance_after(period):
        balance = round(principal, 2)
        for number in range(1, period + 1):
            if balance <= 0:
                return 0.0
            _, _, balance = _month(balance, annual_rate, payment, extras.get(number, 0.0), number == months)
        return balance

    extras = {} if extras is None else extras
    for number, amount in extras.items():
        if amount < 0:
            raise ValueError(f"extra repayment for installment {number} is negative")
    payment = monthly_payment(principal, annual_rate, months)
    schedule = []
    for number in range(1, months + 1):
        opening = balance_after(number - 1)
        if opening <= 0:
            break
        interest, paid, closing = _month(opening, annual_rate, payment, extras.get(number, 0.0), number == months)
        schedule.append(Installment(number, opening, interest, paid, round(paid - interest, 2), closing))
    return schedule


CASES = [
    (0, 0.05, 12, None),
    (0.0, 0.05, 12, {}),
    (0.004, 0.05, 12, None),
    (0.01, 0.05, 12, None),
    (1, 0.0, 1, None),
    (1000, 0.05, 1, None),
    (1000, 0.05, 1, {1: 5000}),
    (1000, 0.05, 2, {1: 5000}),
    (1000, 0.12, 12, None),
    (1000, 0.12, 12, {}),
    (1000.0, 0.12, 12, {}),
    (1000, 0, 12, None),
    (1000, 0.0, 7, None),
    (100, 0.0, 3, None),
    (10, 0.0, 3, None),
    (999.99, 0.0999, 13, None),
    (200_000, 0.06, 360, None),
    (200_000, 0.06, 360, {1: 0.0}),
    (200_000, 0.06, 360, {60: 50_000, 120: 50_000}),
    (50_000, 0.06, 120, {12: 10_000, 24: 10_000}),
    (5_000, 0.05, 36, {3: 100_000}),
    (5_000, 0.05, 36, {36: 100}),
    (5_000, 0.05, 36, {37: 100, 0: 100, -1: 50}),
    (5_000, 0.05, 36, {35: 10_000}),
    (5_000, 0.05, 36, {n: 200 for n in range(1, 37)}),
    (5_000, 0.05, 36, {n: 200.004 for n in range(36, 0, -1)}),
    (5_000, 0.05, 36, OrderedDict([(5, 1.5), (2, 3.25)])),
    (5_000, 0.05, 36, {2.0: 500}),
    (5_000, 0.05, 36, {"2": 500}),
    (5_000, 0.05, 36, {2: 0}),
    (5_000, 0.05, 36, {2: -0.01}),
    (5_000, 0.05, 36, {40: -1}),
    (5_000, 1.5, 24, None),
    (5_000, 0.0001, 24, None),
    (1_000_000, 0.25, 12, None),
    (123.45, 0.035, 6, {4: 60.0}),
    (1000, 0.05, 0, None),
    (1000, 0.05, -3, None),
    (-1, 0.05, 12, None),
    (1000, -0.01, 12, None),
    (1000, 0.05, 12.0, None),
    ("1000", 0.05, 12, None),
    (1000, "0.05", 12, None),
    (1000, 0.05, 12, {1: "5"}),
    (1000, 0.05, 12, [(1, 5)]),
    (1e-9, 0.05, 12, None),
    (0.005, 0.0, 2, None),
    (0.015, 0.0, 2, None),
    (7, 0.9, 5, {3: 1}),
    (True, 0.05, 3, None),
]


def _random():
    rng = random.Random(99)
    for _ in range(170):
        months = rng.choice([1, 2, 3, 6, 12, 24, 36, 48, 60, 72, 84, 120])
        principal = rng.choice([round(rng.uniform(0, 50_000), 2), rng.randint(0, 30_000), round(rng.uniform(0, 50), 3)])
        rate = rng.choice([0, 0.0, round(rng.uniform(0, 0.3), 4), rng.uniform(0, 0.2)])
        extras = None
        if rng.random() < 0.6:
            extras = {rng.randint(-1, months + 2): round(rng.uniform(0, principal / 3 + 1), rng.choice([0, 2, 3]))
                      for _ in range(rng.randint(0, 8))}
        if rng.random() < 0.1:
            extras = {number: round(rng.uniform(1, 300), 2) for number in range(1, months + 1)}
        if rng.random() < 0.04 and extras:
            extras[rng.choice(list(extras))] = -1.0
        yield principal, rate, months, extras


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(amortization_schedule, reference, *case)


@pytest.mark.parametrize("extras", [None, {}, {7: 25_000}, {n: 400.0 for n in range(1, 361)}])
def test_long_mortgages(extras) -> None:
    assert_same(amortization_schedule, reference, 310_000.0, 0.0575, 360, extras)
    assert_same(amortization_schedule, reference, 187_500, 0.049, 300, extras)


def test_default_extras_argument() -> None:
    assert amortization_schedule(2400, 0.03, 24) == reference(2400, 0.03, 24)


def test_extras_not_modified() -> None:
    extras = {3: 100.0, 99: 5.0}
    amortization_schedule(1000, 0.05, 12, extras)
    assert extras == {3: 100.0, 99: 5.0}


def test_result_types() -> None:
    schedule = amortization_schedule(1000, 0.05, 12)
    assert type(schedule) is list
    assert all(type(row) is Installment for row in schedule)
    assert type(schedule[0].opening) is int
    assert type(schedule[1].opening) is float
