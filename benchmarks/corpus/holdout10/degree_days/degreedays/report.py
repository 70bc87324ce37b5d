"""Heating and cooling degree days from synoptic temperature observations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Observation:
    """One temperature reading; `timestamp` is ISO 8601 local time (``2023-01-31T06:00``)."""

    station: str
    timestamp: str
    temp_c: float


def day_of(obs: Observation) -> str:
    """The calendar day (``YYYY-MM-DD``) of an observation."""
    return obs.timestamp[:10]


def monthly_degree_days(
    observations: Sequence[Observation], base_c: float = 15.5
) -> dict[str, dict[str, tuple[float, float]]]:
    """Per station and month (``YYYY-MM``): (heating degree days, cooling degree days).

    Each day's mean temperature is the plain mean of that day's observations; days
    without observations are skipped. Sums are rounded to one decimal.
    """
    stations = sorted({obs.station for obs in observations})
    days = sorted({day_of(obs) for obs in observations})
    report: dict[str, dict[str, tuple[float, float]]] = {}
    for station in stations:
        months: dict[str, tuple[float, float]] = {}
        for day in days:
            temps = [obs.temp_c for obs in observations if obs.station == station and day_of(obs) == day]
            if not temps:
                continue
            mean = sum(temps) / len(temps)
            heating = max(0.0, base_c - mean)
            cooling = max(0.0, mean - base_c)
            month = day[:7]
            h, c = months.get(month, (0.0, 0.0))
            months[month] = (h + heating, c + cooling)
        report[station] = {month: (round(h, 1), round(c, 1)) for month, (h, c) in months.items()}
    return report


def annual_totals(report: dict[str, dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Heating and cooling degree days per station over all months in the report."""
    totals = {}
    for station, months in report.items():
        totals[station] = (
            round(sum(h for h, _ in months.values()), 1),
            round(sum(c for _, c in months.values()), 1),
        )
    return totals
