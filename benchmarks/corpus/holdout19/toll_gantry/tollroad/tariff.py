"""The published toll tariff and the charge for a single gantry passage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from tollroad.holidays import is_off_peak_day


@dataclass
class Passage:
    plate: str
    gantry: str
    timestamp: datetime  # local time of the ANPR read
    vehicle_class: int = 1  # 1 car, 2 van, 3 rigid HGV, 4 articulated HGV


@dataclass
class Tariff:
    base_fees: dict[str, int]  # pence for a class-1 vehicle, per gantry
    class_factors: dict[int, float] = field(default_factory=lambda: {1: 1.0, 2: 1.5, 3: 2.5, 4: 3.0})
    peak_factor: float = 1.25
    off_peak_factor: float = 0.8
    peak_windows: tuple[tuple[time, time], ...] = ((time(7, 0), time(10, 0)), (time(16, 0), time(19, 0)))
    daily_caps: dict[int, int] = field(default_factory=dict)  # pence per vehicle class and day


def time_factor(moment: datetime, tariff: Tariff) -> float:
    if is_off_peak_day(moment.date()):
        return tariff.off_peak_factor
    clock = moment.time()
    for start, end in tariff.peak_windows:
        if start <= clock < end:
            return tariff.peak_factor
    return 1.0


def passage_charge(passage: Passage, tariff: Tariff) -> int:
    """Charge in pence for one passage, before any daily cap."""
    base = tariff.base_fees[passage.gantry]
    factor = tariff.class_factors[passage.vehicle_class]
    return round(base * factor * time_factor(passage.timestamp, tariff))
