"""Logger readings converted to volumetric water content (VWC, %)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from calcurve.tables import interpolate, parse_table


@dataclass(frozen=True)
class RawReading:
    probe: str
    timestamp: str  # ISO 8601 from the data logger
    counts: int | None  # None when the logger recorded a dropout


@dataclass
class Calibrated:
    probe: str
    timestamp: str
    vwc: float | None
    out_of_range: bool


def calibrate(readings: Sequence[RawReading], certificates: Mapping[str, str],
              temperature_offsets: Mapping[str, float] | None = None) -> list[Calibrated]:
    """Calibrated readings in the given order, VWC rounded to 0.01 %.

    ``temperature_offsets`` holds a per-probe correction in raw counts (from the
    probe's temperature test) that is subtracted before the table is applied.
    Dropouts pass through with ``vwc`` None.
    """
    results = []
    for reading in readings:
        if reading.counts is None:
            results.append(Calibrated(reading.probe, reading.timestamp, None, False))
            continue
        points = parse_table(certificates[reading.probe])
        counts = reading.counts
        if temperature_offsets and reading.probe in temperature_offsets:
            counts -= temperature_offsets[reading.probe]
        vwc, outside = interpolate(points, counts)
        results.append(Calibrated(reading.probe, reading.timestamp, round(vwc, 2), outside))
    return results
