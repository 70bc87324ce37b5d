"""Loyalty tiers from trailing spend.

A customer's tier is decided by what they spent (in integer cents, refunds negative) in
the ``window`` days up to and including the day of their latest purchase.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple


class Purchase(NamedTuple):
    day: int
    customer: str
    cents: int


class TierChange(NamedTuple):
    day: int
    customer: str
    old: str
    new: str


TIERS = [(500_000, "platinum"), (200_000, "gold"), (50_000, "silver"), (0, "bronze")]


def tier_for(spend: int) -> str:
    for threshold, name in TIERS:
        if spend >= threshold:
            return name
    return "bronze"


def spend_in_window(history: list[Purchase], customer: str, day: int, window: int) -> int:
    return sum(p.cents for p in history if p.customer == customer and day - window < p.day <= day)


def tier_changes(purchases: Iterable[Purchase], window: int = 365) -> Iterator[TierChange]:
    """Yield a TierChange each time a purchase moves its customer into another tier.

    Everyone starts in bronze. Purchases must come in day order (several on one day are
    taken in the order given); an out-of-order purchase raises ValueError when reached.
    """
    history: list[Purchase] = []
    current: dict[str, str] = {}
    for purchase in purchases:
        if history and purchase.day < history[-1].day:
            raise ValueError(f"purchase on day {purchase.day} after day {history[-1].day}")
        history.append(purchase)
        spend = spend_in_window(history, purchase.customer, purchase.day, window)
        tier = tier_for(spend)
        old = current.get(purchase.customer, "bronze")
        if tier != old:
            current[purchase.customer] = tier
            yield TierChange(purchase.day, purchase.customer, old, tier)


def summary(changes: Iterable[TierChange]) -> dict[str, str]:
    """Each customer's tier after the last change."""
    final: dict[str, str] = {}
    for change in changes:
        final[change.customer] = change.new
    return final
