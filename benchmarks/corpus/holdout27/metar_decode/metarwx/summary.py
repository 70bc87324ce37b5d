"""Station summaries for the dashboard: flight categories, gusts and fog days."""

from __future__ import annotations

from collections.abc import Iterable

from metarwx.observation import Observation


def flight_category(observation: Observation) -> str:
    """``LIFR``, ``IFR``, ``MVFR`` or ``VFR`` from the ceiling and the visibility (unknowns count as good)."""
    ceiling = observation.ceiling_ft if observation.ceiling_ft is not None else 99999
    visibility = observation.visibility_m if observation.visibility_m is not None else 99999
    if ceiling < 500 or visibility < 1600:
        return "LIFR"
    if ceiling < 1000 or visibility < 5000:
        return "IFR"
    if ceiling <= 3000 or visibility <= 8000:
        return "MVFR"
    return "VFR"


def station_summary(observations: Iterable[Observation]) -> dict[str, dict[str, float]]:
    """Per station: report count, share of VFR reports (percent) and the strongest gust, stations sorted."""
    tallies: dict[str, list[float]] = {}
    for observation in observations:
        tally = tallies.setdefault(observation.station, [0, 0, 0])
        tally[0] += 1
        tally[1] += flight_category(observation) == "VFR"
        tally[2] = max(tally[2], observation.gust or 0)
    return {
        station: {"reports": count, "vfr_percent": round(100 * vfr / count, 1), "max_gust": gust}
        for station, (count, vfr, gust) in sorted(tallies.items())
    }
