"""One-to-one association rules ("customers who buy X also buy Y")."""

from __future__ import annotations

from typing import Hashable, Sequence

from basketmine.support import frequent_items, item_counts

Rule = tuple[Hashable, Hashable, int, float, float, float]


def pair_rules(baskets: Sequence[Sequence[Hashable]], min_support: float = 0.01,
               min_confidence: float = 0.25) -> list[Rule]:
    """Rules X -> Y between frequent items, strongest lift first.

    Each rule is ``(X, Y, baskets with both, support, confidence, lift)``; support is
    rounded to 4 places, confidence to 4 and lift to 3. A pair must itself reach
    ``min_support`` and a rule ``min_confidence``. Ties are ordered by confidence, then
    by X and Y.
    """
    if not 0 < min_support <= 1:
        raise ValueError("min_support must be in (0, 1]")
    if not 0 <= min_confidence <= 1:
        raise ValueError("min_confidence must be in [0, 1]")
    total = len(baskets)
    if total == 0:
        return []
    counts = item_counts(baskets)
    frequent = frequent_items(counts, total, min_support)
    rules: list[Rule] = []
    for position, first in enumerate(frequent):
        for second in frequent[position + 1:]:
            both = sum(1 for basket in baskets if first in basket and second in basket)
            if both / total < min_support:
                continue
            for lhs, rhs in ((first, second), (second, first)):
                confidence = both / counts[lhs]
                if confidence < min_confidence:
                    continue
                lift = confidence / (counts[rhs] / total)
                rules.append((lhs, rhs, both, round(both / total, 4), round(confidence, 4), round(lift, 3)))
    rules.sort(key=lambda rule: (-rule[5], -rule[4], rule[0], rule[1]))
    return rules
