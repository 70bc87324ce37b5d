"""The spray diary exported from the farm-management software."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SprayRecord:
    """One application: the field, the product, the day it was applied and the dose used
    (litres or kilograms per hectare)."""

    field: str
    product: str
    applied: date
    dose: float


def parse_diary(text: str) -> list[SprayRecord]:
    """Read the "field,product,date,dose" CSV export (with a header row) in its own order.

    Raises ``ValueError`` for a row with a bad date or dose.
    """
    records: list[SprayRecord] = []
    for row in csv.DictReader(io.StringIO(text)):
        records.append(SprayRecord(row["field"].strip(), row["product"].strip(),
                                   date.fromisoformat(row["date"].strip()), float(row["dose"])))
    return records
