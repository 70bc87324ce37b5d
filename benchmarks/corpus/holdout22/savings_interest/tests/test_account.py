from datetime import date
from decimal import Decimal

import pytest

from savingsint.account import SavingsAccount

TIERS = [(Decimal("0"), Decimal("0.01")), (Decimal("10000"), Decimal("0.02")), (Decimal("50000"), Decimal("0.03"))]


def test_balance_on_counts_earlier_days_only() -> None:
    account = SavingsAccount("B-1", TIERS)
    account.deposit(date(2023, 3, 2), Decimal("100"))
    account.deposit(date(2023, 3, 1), Decimal("50"))
    assert account.balance_on(date(2023, 3, 1)) == Decimal("50")
    assert account.balance_on(date(2023, 3, 5)) == Decimal("150")
    assert account.balance_on(date(2023, 2, 1)) == 0


def test_withdraw_checks_balance() -> None:
    account = SavingsAccount("B-1", TIERS)
    account.deposit(date(2023, 3, 1), Decimal("100"))
    with pytest.raises(ValueError):
        account.withdraw(date(2023, 3, 2), Decimal("100.01"))
    with pytest.raises(ValueError):
        account.deposit(date(2023, 3, 2), Decimal("0"))
    account.withdraw(date(2023, 3, 2), Decimal("40"))
    assert account.balance_on(date(2023, 3, 2)) == Decimal("60")


def test_rate_tiers() -> None:
    account = SavingsAccount("B-1", list(reversed(TIERS)))
    assert account.rate_for(Decimal("9999.99")) == Decimal("0.01")
    assert account.rate_for(Decimal("10000")) == Decimal("0.02")
    assert account.rate_for(Decimal("-5")) == Decimal("0")


def test_interest_statement_credits_monthly() -> None:
    account = SavingsAccount("B-1", TIERS)
    account.deposit(date(2022, 12, 31), Decimal("36500"))
    rows = account.interest_statement(2023)
    assert rows[0] == {"month": "2023-01", "average_balance": Decimal("36500.00"), "interest": Decimal("62.00"),
                       "closing_balance": Decimal("36562.00")}
    assert len(rows) == 12
    assert sum(1 for transaction in account.transactions if transaction.memo == "Interest") == 12


def test_interest_starts_with_first_deposit() -> None:
    account = SavingsAccount("B-1", TIERS)
    account.deposit(date(2024, 2, 15), Decimal("1000"))
    rows = account.interest_statement(2024)
    assert rows[0]["interest"] == Decimal("0.00") and rows[0]["closing_balance"] == 0
    assert rows[1]["average_balance"] == Decimal("517.24")
    assert rows[1]["interest"] == Decimal("0.41")


def test_empty_account() -> None:
    rows = SavingsAccount("B-2", TIERS).interest_statement(2023)
    assert all(row["interest"] == 0 and row["closing_balance"] == 0 for row in rows)
