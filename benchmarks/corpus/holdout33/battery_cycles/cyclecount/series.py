"""State-of-charge logs and their reversals (turning points)."""

from __future__ import annotations

import csv
import io
from typing import Sequence


def read_soc_log(text: str) -> dict[str, list[float]]:
    """SOC samples (percent) per storage unit from the BMS export (timestamp, unit, soc), in
    export order; blank SOC values (logger gaps) are skipped."""
    series: dict[str, list[float]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["soc"].strip():
            series.setdefault(row["unit"], []).append(float(row["soc"]))
    return series


def turning_points(samples: Sequence[float], hysteresis: float = 0.5) -> list[float]:
    """The peaks and valleys of a SOC series, ignoring wiggles smaller than ``hysteresis``.

    The first sample is always kept and the last one closes the sequence.
    """
    if not samples:
        return []
    points = [samples[0]]
    direction = 0
    candidate = samples[0]
    for value in samples[1:]:
        if direction >= 0 and value >= candidate:
            candidate = value
            if direction == 0 and candidate - points[-1] >= hysteresis:
                direction = 1
        elif direction <= 0 and value <= candidate:
            candidate = value
            if direction == 0 and points[-1] - candidate >= hysteresis:
                direction = -1
        elif abs(value - candidate) >= hysteresis:
            points.append(candidate)
            direction = -direction
            candidate = value
    if candidate != points[-1]:
        points.append(candidate)
    return points
