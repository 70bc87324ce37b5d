"""Service-level figures for the shift-pattern review."""

from __future__ import annotations

from typing import Mapping, Sequence

from .fleet import Assignment, Booking


def hourly_service(bookings: Sequence[Booking], assignments: Sequence[Assignment]) -> dict[int, dict[str, float]]:
    """Per hour of the day: bookings, lost bookings and the 90th-percentile wait (minutes)."""
    by_hour: dict[int, list] = {}
    for booking, assignment in zip(bookings, assignments):
        by_hour.setdefault(booking.time // 60 % 24, []).append(assignment.wait)
    result = {}
    for hour in sorted(by_hour):
        waits = sorted(wait for wait in by_hour[hour] if wait is not None)
        p90 = waits[min(len(waits) - 1, int(0.9 * len(waits)))] if waits else 0
        result[hour] = {"bookings": len(by_hour[hour]), "lost": by_hour[hour].count(None), "p90_wait": p90}
    return result


def jobs_per_driver(assignments: Sequence[Assignment]) -> Mapping[str, int]:
    counts: dict[str, int] = {}
    for assignment in assignments:
        if assignment.driver_id is not None:
            counts[assignment.driver_id] = counts.get(assignment.driver_id, 0) + 1
    return dict(sorted(counts.items()))
