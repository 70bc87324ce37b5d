"""Author contracts and their royalty escalators."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contract:
    """Royalty terms of one edition (keyed by ISBN).

    ``escalator`` lists (lifetime units from which the rate applies, rate) pairs in ascending
    order of units, starting at 0; ``units_to_date`` is the edition's lifetime net sales before
    the current statement period; ``advance_unearned`` is what is still to be earned out.
    """

    isbn: str
    author: str
    title: str
    escalator: tuple[tuple[int, float], ...]
    units_to_date: int = 0
    advance_unearned: float = 0.0

    def rate_for(self, lifetime_units: int) -> float:
        """The royalty rate once ``lifetime_units`` copies have been sold."""
        rate = self.escalator[0][1]
        for threshold, tier_rate in self.escalator:
            if lifetime_units >= threshold:
                rate = tier_rate
        return rate


def parse_escalator(text: str) -> tuple[tuple[int, float], ...]:
    """"0:7.5%, 5000:10%, 10000:12.5%" as ((0, 0.075), (5000, 0.1), (10000, 0.125)).

    Raises ``ValueError`` when the first tier does not start at 0 or thresholds do not ascend.
    """
    tiers = []
    for part in text.split(","):
        units, rate = part.split(":")
        tiers.append((int(units.strip().replace("_", "")), float(rate.strip().rstrip("%")) / 100))
    if not tiers or tiers[0][0] != 0:
        raise ValueError("the first royalty tier must start at 0 units")
    if any(later[0] <= earlier[0] for earlier, later in zip(tiers, tiers[1:])):
        raise ValueError("royalty tier thresholds must ascend")
    return tuple(tiers)
