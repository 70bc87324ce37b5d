"""Referral-to-treatment performance of a modelled schedule."""

from __future__ import annotations

from statistics import median
from typing import Sequence

from .waitlist import PRIORITIES, Booking

RTT_DAYS = 18 * 7
PRIORITY_DAYS = {1: 3, 2: 31, 3: 91}


def rtt_performance(bookings: Sequence[Booking]) -> float:
    """Share of bookings treated within 18 weeks of referral (1.0 when there are none)."""
    if not bookings:
        return 1.0
    return sum(booking.wait <= RTT_DAYS for booking in bookings) / len(bookings)


def waits_by_priority(bookings: Sequence[Booking]) -> dict[str, dict[str, float]]:
    """Median wait and the share treated within the priority's target, per priority."""
    groups: dict[int, list[int]] = {}
    for booking in bookings:
        groups.setdefault(booking.priority, []).append(booking.wait)
    report = {}
    for priority in sorted(groups):
        waits = groups[priority]
        target = PRIORITY_DAYS.get(priority)
        within = sum(wait <= target for wait in waits) / len(waits) if target is not None else 1.0
        report[PRIORITIES.get(priority, f"P{priority}")] = {"median_wait": float(median(waits)),
                                                            "within_target": within}
    return report
