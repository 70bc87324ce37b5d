"""Discount schedules: per crop and quality factor, bands of readings with their shrink and discount."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

FACTORS = ("moisture", "test_weight", "foreign_material")


@dataclass(frozen=True)
class Band:
    """Readings from ``low`` (inclusive) to ``high`` (exclusive): ``shrink_pct`` percent of the
    bushels is deducted and ``discount`` dollars per bushel come off the price."""

    low: float
    high: float
    shrink_pct: float
    discount: float


def read_schedules(text: str) -> dict[str, dict[str, list[Band]]]:
    """Parse the schedule CSV (crop, factor, low, high, shrink_pct, discount) into
    {crop: {factor: [bands in file order]}}; crops are lower-cased.

    Raises ``ValueError`` for an unknown factor or a band whose high is not above its low.
    """
    schedules: dict[str, dict[str, list[Band]]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        factor = row["factor"].strip()
        if factor not in FACTORS:
            raise ValueError(f"unknown quality factor {factor!r}")
        band = Band(float(row["low"]), float(row["high"]), float(row["shrink_pct"] or 0), float(row["discount"] or 0))
        if band.high <= band.low:
            raise ValueError(f"empty band {band.low}..{band.high} for {factor}")
        schedules.setdefault(row["crop"].strip().lower(), {}).setdefault(factor, []).append(band)
    return schedules
