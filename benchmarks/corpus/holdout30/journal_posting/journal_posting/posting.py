"""Post journal entries to the general ledger."""

from __future__ import annotations

import copy
from typing import Any, Iterable

from journal_posting.journal import JournalEntry


def post_entries(ledger: dict[str, dict[str, Any]], entries: Iterable[JournalEntry]) -> list[tuple[str, str]]:
    """Post ``entries`` to ``ledger`` in order, in place.

    Each line adds debit minus credit to its account's balance and the entry's reference to the
    account's postings. An entry is rejected as a whole, leaving the ledger as it was, when it
    names an account that is not in the ledger, has a line with a negative amount or with both
    a debit and a credit, has no lines, or does not balance. Returns the rejected entries as
    (reference, reason) in order.
    """
    rejected = []
    for entry in entries:
        snapshot = copy.deepcopy(ledger)
        debits = credits = 0
        problem = None
        for account, debit, credit in entry.lines:
            if account not in ledger:
                problem = f"unknown account {account}"
                break
            if debit < 0 or credit < 0 or (debit and credit):
                problem = f"bad amounts on account {account}"
                break
            ledger[account]["balance"] += debit - credit
            ledger[account]["postings"].append(entry.ref)
            debits += debit
            credits += credit
        if problem is None and not entry.lines:
            problem = "no lines"
        if problem is None and debits != credits:
            problem = f"out of balance by {debits - credits}"
        if problem is not None:
            ledger.clear()
            ledger.update(snapshot)
            rejected.append((entry.ref, problem))
    return rejected
