"""The season simulation: one soil-water balance per field, day by day, irrigating when the crop needs it."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from soilwater.crops import CROPS, crop_coefficient, total_available_water


@dataclass(frozen=True)
class Field:
    """A centre-pivot field: crop, planting day (index into the weather), soil and the pivot's daily capacity (mm)."""

    name: str
    crop: str
    planted: int
    field_capacity: float
    wilting_point: float
    root_depth_m: float
    pivot_mm: float


@dataclass(frozen=True)
class Weather:
    """One day's reference evapotranspiration ET0 and rainfall, both in mm."""

    et0: float
    rain: float


def simulate_season(fields: Sequence[Field], weather: Sequence[Weather]) -> dict[str, dict]:
    """Run the daily root-zone depletion balance for every field over the weather series.

    Each day, depletion grows by crop evapotranspiration (Kc × ET0) and shrinks by effective
    rain (rain above 20 % of ET0) and yesterday's irrigation; it is kept between 0 (field
    capacity, the surplus drains) and the total available water. When depletion exceeds
    the readily available water, the pivot is scheduled to apply the depletion, up to its
    capacity, and the day is recorded as an irrigation event ``(day, mm)``; when depletion
    is still above the readily available water after that, the day counts as a stress day.
    Fields start at field capacity. Returns per field name: the events, total irrigation,
    stress days and the end-of-day depletion series, all rounded to 0.1 mm. Raises
    ValueError for an unknown crop or a duplicate field name.
    """
    state: dict[str, dict] = {}
    for field in fields:
        if field.crop not in CROPS:
            raise ValueError(f"{field.name}: unknown crop {field.crop!r}")
        if field.name in state:
            raise ValueError(f"duplicate field name {field.name!r}")
        state[field.name] = {"depletion": 0.0, "pending": 0.0, "events": [], "stress_days": 0, "series": []}
    for day, today in enumerate(weather):
        previous = state
        state = copy.deepcopy(previous)
        for field in fields:
            crop = CROPS[field.crop]
            total = total_available_water(field.field_capacity, field.wilting_point, field.root_depth_m)
            readily = crop.depletion_fraction * total
            effective_rain = max(0.0, today.rain - 0.2 * today.et0)
            etc = crop_coefficient(crop, day - field.planted) * today.et0
            depletion = previous[field.name]["depletion"] + etc - effective_rain - previous[field.name]["pending"]
            depletion = min(max(depletion, 0.0), total)
            current = state[field.name]
            current["pending"] = 0.0
            if etc > 0 and depletion > readily:
                applied = round(min(depletion, field.pivot_mm), 1)
                current["pending"] = applied
                current["events"].append((day, applied))
                if depletion - applied > readily:
                    current["stress_days"] += 1
            current["depletion"] = depletion
            current["series"].append(round(depletion, 1))
    return {
        name: {
            "events": values["events"],
            "total_mm": round(sum(mm for _, mm in values["events"]), 1),
            "stress_days": values["stress_days"],
            "depletion": values["series"],
        }
        for name, values in state.items()
    }
