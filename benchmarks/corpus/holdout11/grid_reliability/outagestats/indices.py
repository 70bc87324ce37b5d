"""Distribution-network reliability indices (IEEE 1366 style) from SCADA outage records."""

from __future__ import annotations

from typing import Iterable, Mapping


def interrupted_seconds(intervals: Iterable[tuple[int, int]], period_seconds: int) -> set[int]:
    """Seconds of the reporting period in which the feeder was without supply."""
    down: set[int] = set()
    for start, end in intervals:
        for second in range(max(start, 0), min(end, period_seconds)):
            down.add(second)
    return down


def count_events(down: set[int]) -> int:
    """Number of separate interruptions (runs of consecutive seconds)."""
    return sum(1 for second in sorted(down) if second - 1 not in down)


def reliability_indices(
    outages: Iterable[tuple[str, int, int]], customers: Mapping[str, int], period_seconds: int
) -> dict:
    """SAIDI (minutes) and SAIFI (interruptions) per customer served, plus per-feeder figures.

    Outages are (feeder, start second, end second) within the period, end exclusive;
    the same fault is often recorded more than once, so overlapping or back-to-back
    records on a feeder count as one interruption and each second counts once. Parts
    outside the period are ignored. Raises KeyError for a feeder with no customer count.
    """
    by_feeder: dict[str, list[tuple[int, int]]] = {feeder: [] for feeder in customers}
    for feeder, start, end in outages:
        if feeder not in customers:
            raise KeyError(f"unknown feeder {feeder!r}")
        by_feeder[feeder].append((start, end))
    feeders = {}
    total_cmi = 0
    total_ci = 0
    for feeder, intervals in by_feeder.items():
        down = interrupted_seconds(intervals, period_seconds)
        events = count_events(down)
        served = customers[feeder]
        feeders[feeder] = {"events": events, "seconds": len(down), "customer_seconds": served * len(down)}
        total_cmi += served * len(down)
        total_ci += served * events
    served_total = sum(customers.values())
    return {
        "feeders": feeders,
        "saidi": round(total_cmi / 60 / served_total, 2),
        "saifi": round(total_ci / served_total, 3),
    }
