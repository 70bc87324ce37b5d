"""The installer's sites (weather stations) and rooftop arrays."""

from __future__ import annotations

from dataclasses import dataclass

TEMPERATURE_COEFFICIENT = -0.0037  # per degree C above 25, crystalline silicon


@dataclass(frozen=True)
class Site:
    name: str
    latitude: float
    longitude: float
    albedo: float = 0.2


@dataclass(frozen=True)
class PVArray:
    name: str
    site: str
    tilt: float
    azimuth: float
    kwp: float
    inverter_kw: float
    losses: float = 0.14


def ac_output(array: PVArray, poa: float, cell_temperature: float) -> float:
    """AC power in kW: DC derated for temperature and system losses, clipped at the inverter."""
    dc = array.kwp * poa / 1000 * (1 + TEMPERATURE_COEFFICIENT * (cell_temperature - 25))
    return max(0.0, min(dc * (1 - array.losses), array.inverter_kw))
