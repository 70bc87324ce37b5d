"""AIS position reports (message types 1-3) as decoded by the receiver gateway."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class PositionReport:
    """One decoded position report: vessel MMSI, UTC time "YYYY-MM-DDTHH:MM:SSZ", position and speed over ground (knots)."""

    mmsi: int
    timestamp: str
    lat: float
    lon: float
    sog: float


def parse_reports(text: str) -> list[PositionReport]:
    """Read the gateway's CSV export (header ``mmsi,timestamp,lat,lon,sog``), in file order.

    Rows whose speed is 102.3 knots or more (AIS "speed not available") are skipped, as are rows
    without an MMSI.
    """
    reports = []
    for row in csv.DictReader(io.StringIO(text)):
        if not row.get("mmsi"):
            continue
        sog = float(row["sog"])
        if sog >= 102.3:
            continue
        reports.append(PositionReport(int(row["mmsi"]), row["timestamp"].strip(), float(row["lat"]), float(row["lon"]), sog))
    return reports
