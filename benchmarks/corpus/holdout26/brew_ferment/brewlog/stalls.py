"""Stalled-fermentation alerts: the gravity has stopped falling before the beer is done."""

from __future__ import annotations

from collections.abc import Iterable

from brewlog.readings import Reading, parse_time


def hours_between(earlier: str, later: str) -> float:
    """Hours from one reading time to another (negative when ``later`` is earlier)."""
    return (parse_time(later) - parse_time(earlier)).total_seconds() / 3600.0


def stall_alerts(
    readings: Iterable[Reading],
    window_hours: float = 24.0,
    min_drop: float = 0.002,
    terminal_gravity: float = 1.012,
) -> list[tuple[str, str, float]]:
    """The start of every stall in every batch, as ``(batch, taken_at, drop)``.

    Each batch's readings are put in time order (stable for equal times). A reading is
    stalled when the batch has been logging for at least ``window_hours`` before it, its
    gravity is still above ``terminal_gravity``, and the gravity has fallen by less than
    ``min_drop`` since the earliest reading within the preceding ``window_hours`` (that
    reading included). ``drop`` is that fall, rounded to four decimals. Only the first
    reading of each run of stalled readings is reported. Batches come in name order,
    alerts within a batch in time order. Raises ValueError for a non-positive window or
    an unreadable time.
    """
    if window_hours <= 0:
        raise ValueError(f"window must be positive, not {window_hours}")
    by_batch: dict[str, list[Reading]] = {}
    for reading in readings:
        by_batch.setdefault(reading.batch, []).append(reading)
    alerts: list[tuple[str, str, float]] = []
    for batch in sorted(by_batch):
        ordered = sorted(by_batch[batch], key=lambda reading: parse_time(reading.taken_at))
        first = ordered[0].taken_at
        stalled = False
        for index, reading in enumerate(ordered):
            if hours_between(first, reading.taken_at) < window_hours:
                stalled = False
                continue
            start = index
            while start > 0 and hours_between(ordered[start - 1].taken_at, reading.taken_at) <= window_hours:
                start -= 1
            drop = ordered[start].gravity - reading.gravity
            now_stalled = reading.gravity > terminal_gravity and drop < min_drop
            if now_stalled and not stalled:
                alerts.append((batch, reading.taken_at, round(drop, 4)))
            stalled = now_stalled
    return alerts
