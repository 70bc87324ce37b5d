"""Rack power against the customers' contracted power."""

from __future__ import annotations

import math
from typing import Mapping, Sequence

from .readings import Reading


def rack_peaks(readings: Sequence[Reading]) -> dict[str, float]:
    """Peak total kW per rack over the sampling instants, racks sorted. NaN readings count as 0."""
    totals: dict[tuple[str, object], float] = {}
    for reading in readings:
        watts = reading.watts if math.isfinite(reading.watts) else 0.0
        key = (reading.rack, reading.at)
        totals[key] = totals.get(key, 0.0) + watts
    peaks: dict[str, float] = {}
    for (rack, _), watts in totals.items():
        peaks[rack] = max(peaks.get(rack, 0.0), watts / 1000)
    return {rack: round(kw, 3) for rack, kw in sorted(peaks.items())}


def over_contract(peaks: Mapping[str, float], contracted_kw: Mapping[str, float], margin: float = 0.9) -> list[str]:
    """Racks whose peak exceeded ``margin`` times the contracted kW (racks without a contract are
    not checked), sorted."""
    return sorted(rack for rack, kw in peaks.items() if rack in contracted_kw and kw > contracted_kw[rack] * margin)
