"""Monthly amortization schedules for fixed-rate member loans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Installment:
    """One row of a repayment schedule (amounts in the loan currency, rounded to cents)."""

    number: int
    opening: float
    interest: float
    payment: float
    principal: float
    closing: float


def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    """The level monthly payment that repays `principal` over `months` at `annual_rate`."""
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


def _month(balance: float, annual_rate: float, payment: float, extra: float, final: bool) -> tuple[float, float, float]:
    """Interest, amount paid and closing balance for one month."""
    interest = round(balance * annual_rate / 12, 2)
    due = round(balance + interest, 2)
    paid = due if final else min(round(payment + extra, 2), due)
    return interest, paid, round(due - paid, 2)


def balance_after(principal: float, annual_rate: float, months: int, payment: float,
                  extras: Mapping[int, float], period: int) -> float:
    """Outstanding balance once the first `period` installments have been paid."""
    balance = round(principal, 2)
    for number in range(1, period + 1):
        if balance <= 0:
            return 0.0
        _, _, balance = _month(balance, annual_rate, payment, extras.get(number, 0.0), number == months)
    return balance


def amortization_schedule(principal: float, annual_rate: float, months: int,
                          extras: Mapping[int, float] | None = None) -> list[Installment]:
    """The month-by-month schedule of a loan.

    `extras` maps installment numbers (1-based) to additional principal paid with that
    installment. The last scheduled installment clears whatever is left; a loan that is
    paid off early by extra repayments simply ends early.
    """
    extras = {} if extras is None else extras
    for number, amount in extras.items():
        if amount < 0:
            raise ValueError(f"extra repayment for installment {number} is negative")
    payment = monthly_payment(principal, annual_rate, months)
    schedule: list[Installment] = []
    for number in range(1, months + 1):
        opening = balance_after(principal, annual_rate, months, payment, extras, number - 1)
        if opening <= 0:
            break
        interest, paid, closing = _month(opening, annual_rate, payment, extras.get(number, 0.0), number == months)
        schedule.append(Installment(number, opening, interest, paid, round(paid - interest, 2), closing))
    return schedule


def total_interest(schedule: list[Installment]) -> float:
    """Total interest paid over a schedule."""
    return round(sum(row.interest for row in schedule), 2)
