"""High and low water detection for tide-gauge series."""

from __future__ import annotations

from typing import Sequence


def find_extremes(levels: Sequence[float], half_window: int) -> list[tuple[int, str, float]]:
    """High and low waters in a series of equally spaced water levels.

    A reading is a high water when no reading within `half_window` samples on either
    side is higher and none of the earlier readings in that window is equal to it; low
    waters are defined the same way with "lower". A reading that qualifies as both is
    reported as a high water. Returns (index, "high" | "low", level) in index order.
    """
    if half_window < 1:
        raise ValueError("half_window must be at least 1")
    events: list[tuple[int, str, float]] = []
    for index, level in enumerate(levels):
        start = max(0, index - half_window)
        window = levels[start:index + half_window + 1]
        if level == max(window) and window.index(level) == index - start:
            events.append((index, "high", level))
        elif level == min(window) and window.index(level) == index - start:
            events.append((index, "low", level))
    return events


def tidal_ranges(events: Sequence[tuple[int, str, float]]) -> list[float]:
    """Height differences between consecutive high and low waters."""
    return [abs(b[2] - a[2]) for a, b in zip(events, events[1:]) if a[1] != b[1]]
