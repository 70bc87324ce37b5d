"""CO2e from energy and a grid carbon intensity."""

from __future__ import annotations

WORLD_AVERAGE_G_PER_KWH = 475.0
"""World-average grid intensity in gCO2e/kWh, CodeCarbon's default when the region is unknown."""

JOULES_PER_KWH = 3.6e6


def co2e_grams(joules: float, grid_g_per_kwh: float = WORLD_AVERAGE_G_PER_KWH) -> float:
    """Grams of CO2-equivalent emitted for `joules` of electricity at the given grid intensity."""
    return joules / JOULES_PER_KWH * grid_g_per_kwh
