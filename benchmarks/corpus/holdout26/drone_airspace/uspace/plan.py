"""The daily plan: which requests are approved once conflicts are settled by priority."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

PRIORITY = {"emergency": 0, "police": 1, "medical": 2, "inspection": 3, "delivery": 4, "survey": 5, "leisure": 6}


def settle(conflicts: Iterable[tuple[str, str]], purposes: Mapping[str, str]) -> dict[str, list[str]]:
    """Which flights must be re-planned: in each conflicting pair the lower-priority purpose gives way.

    When both purposes rank the same, the later request (second in the pair) gives way.
    Returns, for each flight that gives way, the flights it gave way to, in pair order.
    """
    yielded: dict[str, list[str]] = {}
    for first, second in conflicts:
        if PRIORITY.get(purposes.get(first, ""), 9) > PRIORITY.get(purposes.get(second, ""), 9):
            yielded.setdefault(first, []).append(second)
        else:
            yielded.setdefault(second, []).append(first)
    return yielded


def conflict_counts(conflicts: Iterable[tuple[str, str]]) -> list[tuple[str, int]]:
    """How many conflicts each flight is involved in, most first, ties by flight id."""
    counts: dict[str, int] = {}
    for first, second in conflicts:
        counts[first] = counts.get(first, 0) + 1
        counts[second] = counts.get(second, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
