"""Shewhart X-bar / R chart limits from baseline subgroups."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Sequence

# Subgroup size -> (A2, D3, D4), from the usual SPC tables.
CHART_CONSTANTS = {
    2: (1.880, 0.0, 3.267),
    3: (1.023, 0.0, 2.574),
    4: (0.729, 0.0, 2.282),
    5: (0.577, 0.0, 2.114),
    6: (0.483, 0.0, 2.004),
    7: (0.419, 0.076, 1.924),
    8: (0.373, 0.136, 1.864),
    9: (0.337, 0.184, 1.816),
    10: (0.308, 0.223, 1.777),
}


@dataclass
class Limits:
    center: float
    upper: float
    lower: float
    range_center: float
    range_upper: float
    range_lower: float

    def sigma(self) -> float:
        """One standard error of the subgroup mean, as implied by the 3-sigma limits."""
        return (self.upper - self.center) / 3


def subgroup_summary(values: Sequence[float]) -> tuple[float, float]:
    """Mean and range of one subgroup of measurements."""
    if len(values) < 2:
        raise ValueError("a subgroup needs at least two measurements")
    return statistics.mean(values), max(values) - min(values)


def control_limits(subgroups: Sequence[Sequence[float]]) -> Limits:
    """X-bar and R limits from baseline subgroups that all have the same size."""
    if not subgroups:
        raise ValueError("no baseline subgroups")
    size = len(subgroups[0])
    if any(len(values) != size for values in subgroups):
        raise ValueError("baseline subgroups differ in size")
    if size not in CHART_CONSTANTS:
        raise ValueError(f"no chart constants for subgroups of {size}")
    a2, d3, d4 = CHART_CONSTANTS[size]
    summaries = [subgroup_summary(values) for values in subgroups]
    grand_mean = statistics.mean(mean for mean, _ in summaries)
    mean_range = statistics.mean(spread for _, spread in summaries)
    return Limits(
        center=grand_mean,
        upper=grand_mean + a2 * mean_range,
        lower=grand_mean - a2 * mean_range,
        range_center=mean_range,
        range_upper=d4 * mean_range,
        range_lower=d3 * mean_range,
    )
