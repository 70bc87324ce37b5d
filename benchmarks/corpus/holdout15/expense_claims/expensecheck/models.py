"""Records exchanged with the card provider and the HR system."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardTransaction:
    txn_id: str
    card_holder: str     # employee id
    date: str            # ISO date the card was charged
    amount_cents: int
    merchant: str


@dataclass(frozen=True)
class PolicyLimit:
    category: str        # "meals", "lodging", ...
    grade: str           # staff grade, or "*" for any grade
    daily_cents: int
