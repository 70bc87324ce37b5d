"""Summaries for the HR leave ledger."""

from __future__ import annotations

from collections import Counter
from typing import Mapping, Sequence

from .models import Decision, LeaveAccount


def rejection_reasons(decisions: Sequence[Decision]) -> dict[str, int]:
    """Rejected requests per reason, most frequent first."""
    return dict(Counter(d.reason for d in decisions if not d.approved).most_common())


def balances(accounts: Mapping[str, LeaveAccount]) -> list[tuple[str, float]]:
    """(employee, balance hours), lowest balance first, then by employee."""
    return sorted(((a.employee, a.balance_hours) for a in accounts.values()), key=lambda item: (item[1], item[0]))
