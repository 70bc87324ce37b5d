"""Month-end bank reconciliation."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, NamedTuple


class Txn(NamedTuple):
    id: str
    date: dt.date
    cents: int


class Reconciliation(NamedTuple):
    matched: list[tuple[str, str]]
    unmatched_statement: list[str]
    unmatched_ledger: list[str]


def parse_amount(text: str) -> int:
    """'-1,234.50' -> -123450 (cents)."""
    text = text.strip().replace(",", "")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("+-").partition(".")
    if not whole.isdigit() or (fraction and not fraction.isdigit()) or len(fraction) > 2:
        raise ValueError(f"not an amount: {text!r}")
    cents = int(whole) * 100 + int(fraction.ljust(2, "0") or 0)
    return -cents if negative else cents


def reconcile(statement: Iterable[Txn], ledger: Iterable[Txn], window_days: int = 3) -> Reconciliation:
    """Pair each statement line with a ledger entry of the same amount whose date is at
    most ``window_days`` away. Statement lines are taken in order and each takes the
    earliest-listed ledger entry still available; every ledger entry is used at most once.
    """
    if window_days < 0:
        raise ValueError("window_days cannot be negative")
    open_entries = list(ledger)
    matched = []
    unmatched_statement = []
    for line in statement:
        for entry in open_entries:
            if entry.cents == line.cents and abs((entry.date - line.date).days) <= window_days:
                matched.append((line.id, entry.id))
                open_entries.remove(entry)
                break
        else:
            unmatched_statement.append(line.id)
    return Reconciliation(matched, unmatched_statement, [entry.id for entry in open_entries])
