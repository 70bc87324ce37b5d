"""Power-duration figures used in the coaches' review."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

STANDARD_DURATIONS = (1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600)


def mean_max_power(watts: Sequence[int], durations: Iterable[int] = STANDARD_DURATIONS) -> dict[int, float]:
    """The best average power over each duration (in seconds) of a ride recorded at 1 Hz.

    For every duration no longer than the ride, the highest mean of that many consecutive
    samples, rounded to 0.1 W; durations longer than the ride are left out. Raises
    ValueError for a duration shorter than one second.
    """
    curve: dict[int, float] = {}
    for duration in durations:
        if duration < 1:
            raise ValueError(f"duration must be at least one second, not {duration}")
        if duration > len(watts):
            continue
        best = max(sum(watts[start:start + duration]) for start in range(len(watts) - duration + 1))
        curve[duration] = round(best / duration, 1)
    return curve


def normalised_power(watts: Sequence[int]) -> float:
    """Normalised power: the fourth root of the mean fourth power of the 30-second rolling average (0.0 for rides under 30 s)."""
    if len(watts) < 30:
        return 0.0
    rolling = [sum(watts[end - 30:end]) / 30 for end in range(30, len(watts) + 1)]
    return round((sum(average ** 4 for average in rolling) / len(rolling)) ** 0.25, 1)


def season_best(curves: Iterable[dict[int, float]]) -> dict[int, float]:
    """The best value at each duration over several rides' curves."""
    best: dict[int, float] = {}
    for curve in curves:
        for duration, power in curve.items():
            if power > best.get(duration, float("-inf")):
                best[duration] = power
    return dict(sorted(best.items()))
