"""Strict equivalence tests for SavingsAccount.interest_statement (never shown to wattlens)."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from savingsint.account import SavingsAccount
from strict_support import assert_same

TARGET = "savingsint/account.py:SavingsAccount.interest_statement"


# --- verbatim copy of the original implementation and its helpers -------------------------

CENT = Decimal("0.01")


@dataclass
class Transaction:
    day: date
    amount: Decimal
    memo: str = ""


class ReferenceAccount:
    def __init__(self, account_id, tiers):
        self.account_id = account_id
        self.tiers = list(tiers)
        self.transactions = []

    def deposit(self, day, amount, memo=""):
        if amount <= 0:
            raise ValueError("deposits must be positive")
        self.transactions.append(Transaction(day, amount, memo))

    def withdraw(self, day, amount, memo=""):
        if amount <= 0:
            raise ValueError("withdrawals must be positive")
        if amount > self.balance_on(day):
            raise ValueError("insufficient funds")
        self.transactions.append(Transaction(day, -amount, memo))

    def balance_on(self, day):
        return sum(transaction.amount for transaction in sorted(self.transactions, key=lambda t: t.day)
                   if transaction.day <= day)

    def rate_for(self, balance):
        rate = Decimal("0")
        for threshold, annual_rate in sorted(self.tiers):
            if balance >= threshold:
                rate = annual_rate
        return rate

    def interest_statement(self, year):
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


# --- drivers: fresh accounts of each class, built through the public API -------------------

def _drive(cls, tiers, operations, years):
    account = cls("BSA-1", tiers)
    for kind, *arguments in operations:
        getattr(account, kind)(*arguments)
    statements = []
    outcome = None
    for year in years:
        try:
            statements.append(account.interest_statement(year))
        except Exception as error:  # noqa: BLE001 - the state left behind is compared too
            outcome = type(error).__name__
            break
    state = [(transaction.day, transaction.amount, transaction.memo) for transaction in account.transactions]
    return statements, outcome, state, account.tiers, account.account_id


def candidate(tiers, operations, years):
    return _drive(SavingsAccount, tiers, operations, years)


def reference(tiers, operations, years):
    return _drive(ReferenceAccount, tiers, operations, years)


# --- cases -------------------------------------------------------------------------------

D = Decimal
TIERS = [(D("0"), D("0.0125")), (D("25000"), D("0.0210")), (D("100000"), D("0.0285"))]
FLAT = [(D("0"), D("0.02"))]


def dep(day, amount, memo=""):
    return ("deposit", day, D(amount) if isinstance(amount, str) else amount, memo)


def wd(day, amount, memo=""):
    return ("withdraw", day, D(amount) if isinstance(amount, str) else amount, memo)


YEAR = [dep(date(2022, 12, 31), "36500"), dep(date(2023, 3, 15), "70000"), wd(date(2023, 6, 1), "80000"),
        dep(date(2023, 6, 1), "0.01"), dep(date(2023, 12, 31), "5")]

CASES = [
    (TIERS, [], [2023]),
    (TIERS, [], []),
    (TIERS, YEAR, []),
    (TIERS, YEAR, [2023]),
    (TIERS, YEAR, [2022]),
    (TIERS, YEAR, [2024]),
    (TIERS, YEAR, [2022, 2023]),
    (TIERS, YEAR, [2023, 2023]),
    (TIERS, YEAR, [2023, 2022]),
    (TIERS, YEAR, (2023,)),
    (FLAT, [dep(date(2023, 1, 1), "36500")], [2023]),
    (FLAT, [dep(date(2024, 1, 1), "36600")], [2024]),
    (FLAT, [dep(date(1999, 12, 31), "1000")], [2000, 1900]),
    (FLAT, [dep(date(2100, 2, 28), "1000")], [2100]),
    (FLAT, [dep(date(2023, 1, 31), "100"), dep(date(2023, 1, 31), "200"), wd(date(2023, 1, 31), "300")], [2023]),
    (FLAT, [dep(date(2023, 5, 10), "100"), dep(date(2023, 2, 1), "100"), dep(date(2023, 9, 9), "100")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "100"), wd(date(2023, 3, 1), "100"), dep(date(2023, 2, 1), "50"), wd(date(2023, 1, 15), "60")], [2023]),
    (FLAT, [dep(date(2023, 1, 10), "100"), wd(date(2023, 2, 10), "100"), wd(date(2023, 1, 20), "100")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "0.01")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "0.001"), dep(date(2023, 1, 1), "0.0049")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "182.50")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "100000000000000000000")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "12345678901234567890.123456789"), dep(date(2023, 1, 2), "0.000000001")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), 100), dep(date(2023, 2, 1), 1)], [2023]),
    ([(D("0"), D("0"))], [dep(date(2023, 1, 1), 100)], [2023]),
    ([(0, 0)], [dep(date(2023, 1, 1), 100)], [2023]),
    ([(0, D("0.05"))], [dep(date(2023, 1, 1), 100)], [2023]),
    (FLAT, [dep(date(2023, 1, 1), 100.5)], [2023]),
    ([(D("0"), D("-0.01"))], [dep(date(2023, 1, 1), "50000")], [2023]),
    ([], [dep(date(2023, 1, 1), "50000")], [2023]),
    ([(D("100"), D("0.05"))], [dep(date(2023, 1, 1), "99.99"), dep(date(2023, 7, 1), "0.01")], [2023]),
    ([(D("100"), D("0.05")), (D("100"), D("0.01")), (D("-5"), D("0.001"))], [dep(date(2023, 1, 1), "150")], [2023]),
    (list(reversed(TIERS)), YEAR, [2023]),
    ((tuple(TIERS[0]), tuple(TIERS[1])), YEAR, [2023]),
    ([(D("0"), D("0.02")), (1000.0, D("0.04"))], [dep(date(2023, 1, 1), "1500")], [2023]),
    ([(D("0"), 0.02)], [dep(date(2023, 1, 1), "1500")], [2023]),
    ([(D("0"), D("0.02")), (D("1000"), 0.04)], [dep(date(2023, 1, 1), "500"), dep(date(2023, 4, 1), "600")], [2023]),
    ([(D("0"), D("0.02")), (D("1000"), "0.04")], [dep(date(2023, 1, 1), "500"), dep(date(2023, 4, 1), "600")], [2023]),
    ([(D("0"), D("0.02")), (D("1000"), None)], [dep(date(2023, 1, 1), "500")], [2023]),
    ([(D("0"), D("0.02")), ("1000", D("0.04"))], [dep(date(2023, 1, 1), "500")], [2023]),
    ([(D("0"), D("0.02"))], [dep(date(2023, 1, 1), "500")], [2023, "2024"]),
    (FLAT, [dep(date(2023, 1, 1), "500")], [2023, 0]),
    (FLAT, [dep(date(2023, 1, 1), "500")], [10000]),
    (FLAT, [dep(date(2023, 1, 1), "500")], [2023.0]),
    (FLAT, [dep(date(2023, 1, 1), "500")], [True]),
    (FLAT, [dep(date(2023, 1, 1), "500")], [None]),
    (FLAT, [dep(datetime(2023, 1, 1, 12), "500")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "500"), dep(datetime(2023, 3, 1, 12), "500")], [2023]),
    (FLAT, [dep("2023-01-01", "500")], [2023]),
    # invalid operations (the account cannot be built)
    (FLAT, [dep(date(2023, 1, 1), "0")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "-5")], [2023]),
    (FLAT, [wd(date(2023, 1, 1), "5")], [2023]),
    (FLAT, [dep(date(2023, 1, 2), "5"), wd(date(2023, 1, 1), "5")], [2023]),
    (FLAT, [dep(date(2023, 1, 1), None)], [2023]),
    (None, [], [2023]),
    (FLAT, [dep(date(2023, 1, 1), "5")], None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(candidate, reference, *case)


def test_statement_rows_directly() -> None:
    for year in (2022, 2023, 2024):
        account, expected = SavingsAccount("X", TIERS), ReferenceAccount("X", TIERS)
        for kind, *arguments in YEAR:
            getattr(account, kind)(*arguments)
            getattr(expected, kind)(*arguments)
        assert_same(account.interest_statement, expected.interest_statement, year)


def _random_cases():
    rng = random.Random(2023)
    tier_sets = [TIERS, FLAT, [], [(D("0"), D("0.01")), (D("500"), D("0.035"))], [(D("1000"), D("0.05"))],
                 [(D("0"), D("0.0425")), (D("250"), D("0.0150")), (D("750"), D("0.0300"))]]
    for _ in range(170):
        operations = []
        balance = D("0")
        start = date(rng.choice([2022, 2023]), rng.randint(1, 12), rng.randint(1, 28))
        for _ in range(rng.choice([0, 1, 3, 8, 20, 40])):
            day = start + timedelta(days=rng.randint(0, 500))
            if balance > 10 and rng.random() < 0.3:
                amount = D(rng.randint(1, int(balance * 100) // 3)) / 100
                latest = max(d for _, d, *_ in operations)
                operations.append(wd(latest + timedelta(days=rng.choice([0, 0, 1, 30])), amount, "out"))
                balance -= amount
            else:
                amount = D(rng.randint(1, 10 ** rng.randint(2, 8))) / rng.choice([1, 100, 1000])
                operations.append(dep(day, amount, rng.choice(["", "sweep", "Interest"])))
                balance += amount
        years = rng.choice([[2023], [2022, 2023], [2024], [2023, 2024], [2023, 2023]])
        tiers = rng.choice(tier_sets)
        yield tiers, operations, years


def _buildable(case):
    try:
        reference(*case)
    except ValueError:
        return False
    return True


RANDOM_CASES = [case for case in _random_cases() if _buildable(case)]


@pytest.mark.parametrize("case", RANDOM_CASES)
def test_random(case) -> None:
    assert_same(candidate, reference, *case)


def test_random_case_count() -> None:
    assert len(RANDOM_CASES) >= 120


def test_busy_account() -> None:
    rng = random.Random(9)
    operations = [dep(date(2022, 1, 3), "20000")]
    day = date(2022, 1, 3)
    while day < date(2023, 12, 31):
        day += timedelta(days=1)
        if day.weekday() < 5:
            operations.append(dep(day, D(rng.randint(100, 400_000)) / 100, "Card takings sweep"))
        if day.day == 28:
            operations.append(wd(day, D(rng.randint(1_000, 9_000)), "Payroll"))
    assert_same(candidate, reference, TIERS, operations, [2022, 2023])
