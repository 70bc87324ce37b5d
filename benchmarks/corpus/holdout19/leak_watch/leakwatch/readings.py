"""Daily smart-meter readings as delivered by the AMI head-end export."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class Reading:
    meter: str
    district: str  # district metered area (DMA) the property sits in
    day: str  # ISO date
    litres: int  # consumption over the day
    night_litres: int  # consumption between 02:00 and 04:00, when a household should use ~nothing


def district_baseline(readings: Sequence[Reading], district: str, day: str) -> tuple[float, float]:
    """Mean and population standard deviation of the district's daily consumption on that day."""
    values = [reading.litres for reading in readings if reading.district == district and reading.day == day]
    return statistics.mean(values), statistics.pstdev(values)


def day_gap(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
