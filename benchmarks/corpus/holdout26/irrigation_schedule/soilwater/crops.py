"""FAO-56 single crop coefficients and root-zone water holding."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Crop:
    """Stage lengths in days (initial, development, mid-season, late) and the crop coefficients Kc."""

    name: str
    stages: tuple[int, int, int, int]
    kc_ini: float
    kc_mid: float
    kc_end: float
    depletion_fraction: float


CROPS = {
    "maize": Crop("maize", (25, 40, 45, 30), 0.3, 1.2, 0.6, 0.55),
    "potato": Crop("potato", (25, 30, 45, 30), 0.5, 1.15, 0.75, 0.35),
    "sugar beet": Crop("sugar beet", (30, 45, 60, 40), 0.35, 1.2, 0.7, 0.55),
    "onion": Crop("onion", (15, 25, 70, 40), 0.7, 1.05, 0.75, 0.3),
    "alfalfa": Crop("alfalfa", (10, 30, 25, 10), 0.4, 0.95, 0.9, 0.55),
}


def crop_coefficient(crop: Crop, day: int) -> float:
    """Kc on ``day`` days after planting: flat, linear rise, flat, linear fall; 0.0 outside the season."""
    initial, development, mid, late = crop.stages
    if day < 0 or day >= initial + development + mid + late:
        return 0.0
    if day < initial:
        return crop.kc_ini
    if day < initial + development:
        return crop.kc_ini + (crop.kc_mid - crop.kc_ini) * (day - initial) / development
    if day < initial + development + mid:
        return crop.kc_mid
    return crop.kc_mid + (crop.kc_end - crop.kc_mid) * (day - initial - development - mid) / late


def total_available_water(field_capacity: float, wilting_point: float, root_depth_m: float) -> float:
    """Water (mm) the root zone holds between field capacity and wilting point (volumetric fractions)."""
    return 1000.0 * (field_capacity - wilting_point) * root_depth_m
