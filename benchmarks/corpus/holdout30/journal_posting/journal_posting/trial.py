"""The trial balance for the month-end review."""

from __future__ import annotations

from typing import Any


def trial_balance(ledger: dict[str, dict[str, Any]]) -> tuple[list[tuple[str, str, int, int]], int, int]:
    """Rows of (code, name, debit, credit) for every account with a non-zero balance, in code
    order, and the debit and credit column totals (equal when the ledger balances)."""
    rows = []
    for code in sorted(ledger):
        balance = ledger[code]["balance"]
        if balance:
            rows.append((code, ledger[code]["name"], max(balance, 0), max(-balance, 0)))
    return rows, sum(row[2] for row in rows), sum(row[3] for row in rows)


def format_pounds(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"
