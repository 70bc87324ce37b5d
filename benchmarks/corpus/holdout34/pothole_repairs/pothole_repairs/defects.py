"""Reading defect reports from the highway inspection system's export."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

SHIFT_START = (7, 30)
SHIFT_MINUTES = 510  # 07:30-16:00, Monday to Friday
ROAD_HIERARCHY = {"A": 1, "B": 2, "C": 3, "U": 4}


def working_minutes(start: datetime, moment: datetime) -> int:
    """Gang working minutes (weekday shifts) from ``start`` until ``moment``."""
    if moment < start:
        raise ValueError("moment is before the start of the replay period")
    minutes = 0
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    while day <= moment:
        if day.weekday() < 5:
            shift_open = day.replace(hour=SHIFT_START[0], minute=SHIFT_START[1])
            opened = max(shift_open, start)
            closed = min(shift_open.replace(hour=16, minute=0), moment)
            if closed > opened:
                minutes += int((closed - opened).total_seconds() // 60)
        day += timedelta(days=1)
    return minutes


def read_defects(text: str, period_start: datetime) -> list[dict]:
    """Defects from the CSV export (ref,reported,category,road,depot,repair_minutes).

    ``category`` is the risk category 1 (highest) to 4; ``reported`` is "YYYY-MM-DD HH:MM" and
    becomes working minutes since ``period_start``.
    """
    defects = []
    for row in csv.DictReader(io.StringIO(text)):
        category = int(row["category"])
        if not 1 <= category <= 4:
            raise ValueError(f"{row['ref']}: risk category {category} is not 1-4")
        road = row["road"].strip().upper()
        if road not in ROAD_HIERARCHY:
            raise ValueError(f"{row['ref']}: unknown road class {road!r}")
        reported = datetime.strptime(row["reported"].strip(), "%Y-%m-%d %H:%M")
        defects.append({"ref": row["ref"].strip(), "reported": working_minutes(period_start, reported),
                        "category": category, "road": road, "depot": row["depot"].strip(),
                        "repair_minutes": int(row["repair_minutes"])})
    return defects
