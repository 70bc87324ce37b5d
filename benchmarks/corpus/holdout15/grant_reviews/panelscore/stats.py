"""Small statistics helpers used by the panel reports."""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence


def mean_of(values: Sequence[float]) -> float:
    """Arithmetic mean; ZeroDivisionError for no values."""
    return sum(values) / len(values)


def reviewer_mean(reviews: Sequence[Mapping[str, Any]], reviewer: str) -> float:
    """The mean score a reviewer has given across all proposals."""
    return mean_of([review["score"] for review in reviews if review["reviewer"] == reviewer])


def unique_in_order(items: Iterable[Any]) -> list[Any]:
    """Distinct items, in order of first appearance."""
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
