"""The rental slips, as the kiosk staff key them into the season spreadsheet."""

from __future__ import annotations

import csv
import io

SLIP_TIME_FORMAT = "%Y-%m-%d %H:%M"
FIELDS = ("slip", "boat", "out", "back", "booked_minutes", "paid_pence")


def read_slips(text: str) -> list[dict]:
    """Slips from the spreadsheet's CSV export, with times kept as keyed ("2024-07-13 10:05").

    Rows without a return time (boat still out when the sheet was exported) are skipped.
    """
    slips = []
    for row in csv.DictReader(io.StringIO(text)):
        missing = [field for field in FIELDS if field not in row]
        if missing:
            raise ValueError(f"export is missing columns {missing}")
        if not row["back"].strip():
            continue
        slips.append({"slip": row["slip"].strip(), "boat": row["boat"].strip(), "out": row["out"].strip(),
                      "back": row["back"].strip(), "booked_minutes": int(row["booked_minutes"]),
                      "paid_pence": int(row["paid_pence"])})
    return slips


def fleet(slips: list[dict]) -> list[str]:
    """The boats that appear on the slips, in name order."""
    return sorted({slip["boat"] for slip in slips})
