"""Daily weather for the season: FAO-56 Hargreaves ET0 from temperatures."""

from __future__ import annotations

import math


def hargreaves_et0(t_min: float, t_max: float, extraterrestrial_mm: float) -> float:
    """Reference evapotranspiration (mm/day) from daily min/max temperature (°C) and Ra in mm/day of evaporation."""
    t_mean = (t_min + t_max) / 2
    return round(0.0023 * (t_mean + 17.8) * math.sqrt(max(t_max - t_min, 0.0)) * extraterrestrial_mm, 2)


def extraterrestrial_radiation(latitude_deg: float, day_of_year: int) -> float:
    """Ra for a latitude and day of year, in mm/day equivalent evaporation (FAO-56 eq. 21, × 0.408)."""
    phi = math.radians(latitude_deg)
    dr = 1 + 0.033 * math.cos(2 * math.pi * day_of_year / 365)
    delta = 0.409 * math.sin(2 * math.pi * day_of_year / 365 - 1.39)
    ws = math.acos(max(-1.0, min(1.0, -math.tan(phi) * math.tan(delta))))
    ra = 24 * 60 / math.pi * 0.082 * dr * (ws * math.sin(phi) * math.sin(delta) + math.cos(phi) * math.cos(delta) * math.sin(ws))
    return 0.408 * ra
