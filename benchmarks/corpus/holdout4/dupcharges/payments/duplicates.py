"""Find card charges that look like accidental double submissions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Charge:
    charge_id: str
    card_fingerprint: str
    amount_cents: int
    currency: str
    timestamp: float  # seconds since the epoch


def same_purchase(a: Charge, b: Charge) -> bool:
    """Same card, same amount, same currency."""
    return a.card_fingerprint == b.card_fingerprint and a.amount_cents == b.amount_cents and a.currency == b.currency


def find_duplicate_charges(charges: Sequence[Charge], window: float = 120) -> list[tuple[str, str]]:
    """Pairs of charge ids that are probably the same purchase submitted twice.

    Two charges pair up when they are the same purchase and their timestamps are at most
    `window` seconds apart. Each pair is (id of the charge that comes first in `charges`,
    id of the later one); pairs are ordered by the position of their first charge, then
    of their second. Raises ValueError if `window` is negative.
    """
    if window < 0:
        raise ValueError("window must not be negative")
    pairs = []
    for i, first in enumerate(charges):
        for second in charges[i + 1:]:
            if same_purchase(first, second) and abs(first.timestamp - second.timestamp) <= window:
                pairs.append((first.charge_id, second.charge_id))
    return pairs
