"""Survey points as downloaded from the GNSS rover's controller."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass
class SurveyPoint:
    """A shot point in the project's projected grid (metres)."""

    point_id: str
    code: str  # feature code, e.g. "FH" fire hydrant, "TREE", "BDY" boundary marker
    easting: float
    northing: float
    elevation: float


def read_points_csv(text: str) -> list[SurveyPoint]:
    """Read the controller's ``PointID,Code,Easting,Northing,Elevation`` CSV export (with header)."""
    rows = csv.DictReader(io.StringIO(text))
    return [SurveyPoint(row["PointID"].strip(), row["Code"].strip(), float(row["Easting"]), float(row["Northing"]),
                        float(row["Elevation"])) for row in rows]
