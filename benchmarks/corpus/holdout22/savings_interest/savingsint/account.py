"""Savings accounts with tiered interest on the daily balance."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")


@dataclass
class Transaction:
    day: date
    amount: Decimal  # positive in, negative out
    memo: str = ""


class SavingsAccount:
    """An account whose whole balance earns the rate of the highest tier it reaches."""

    def __init__(self, account_id: str, tiers: list[tuple[Decimal, Decimal]]) -> None:
        self.account_id = account_id
        self.tiers = list(tiers)  # (balance threshold, annual rate) pairs
        self.transactions: list[Transaction] = []

    def deposit(self, day: date, amount: Decimal, memo: str = "") -> None:
        if amount <= 0:
            raise ValueError("deposits must be positive")
        self.transactions.append(Transaction(day, amount, memo))

    def withdraw(self, day: date, amount: Decimal, memo: str = "") -> None:
        if amount <= 0:
            raise ValueError("withdrawals must be positive")
        if amount > self.balance_on(day):
            raise ValueError("insufficient funds")
        self.transactions.append(Transaction(day, -amount, memo))

    def balance_on(self, day: date) -> Decimal:
        """End-of-day balance."""
        return sum(transaction.amount for transaction in sorted(self.transactions, key=lambda t: t.day)
                   if transaction.day <= day)

    def rate_for(self, balance: Decimal) -> Decimal:
        rate = Decimal("0")
        for threshold, annual_rate in sorted(self.tiers):
            if balance >= threshold:
                rate = annual_rate
        return rate

    def interest_statement(self, year: int) -> list[dict[str, object]]:
        """Accrue and credit a year's interest, month by month.

        Every day a positive end-of-day balance accrues balance x tier rate / days in the
        year (365 or 366). At each month end the accrued interest, rounded half-even to
        cents, is credited (when not zero) as a transaction on the last day of the month,
        so it earns interest from the next month on. Returns one row per month with the
        average daily balance, the interest credited and the closing balance.
        """
        days_in_year = 366 if calendar.isleap(year) else 365
        rows = []
        for month in range(1, 13):
            days = calendar.monthrange(year, month)[1]
            accrued = Decimal("0")
            total_balance = Decimal("0")
            for day_number in range(1, days + 1):
                balance = self.balance_on(date(year, month, day_number))
                total_balance += balance
                if balance > 0:
                    accrued += balance * self.rate_for(balance) / days_in_year
            interest = accrued.quantize(CENT, ROUND_HALF_EVEN)
            month_end = date(year, month, days)
            if interest:
                self.transactions.append(Transaction(month_end, interest, "Interest"))
            rows.append({"month": f"{year}-{month:02d}", "average_balance": (total_balance / days).quantize(CENT),
                         "interest": interest, "closing_balance": self.balance_on(month_end)})
        return rows
