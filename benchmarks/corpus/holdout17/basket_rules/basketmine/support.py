"""Counting how many baskets contain each item."""

from __future__ import annotations

from typing import Hashable, Iterable, Sequence


def item_counts(baskets: Iterable[Sequence[Hashable]]) -> dict[Hashable, int]:
    """Number of baskets that contain each item (an item bought twice counts once)."""
    counts: dict[Hashable, int] = {}
    for basket in baskets:
        for item in set(basket):
            counts[item] = counts.get(item, 0) + 1
    return counts


def frequent_items(counts: dict[Hashable, int], total: int, min_support: float) -> list[Hashable]:
    """Items whose share of baskets reaches ``min_support``, in sorted order."""
    return sorted(item for item, count in counts.items() if count / total >= min_support)
