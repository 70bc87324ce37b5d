"""The markets office's registers: pitches, licensed stallholders and daily attendance."""

from __future__ import annotations

import csv
import io

STATUSES = ("permanent", "casual")


def _rows(text: str, required: tuple[str, ...]) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and any(column not in rows[0] for column in required):
        raise ValueError(f"expected columns {required}")
    return rows


def read_pitches(text: str) -> list[dict]:
    """Pitch tariff: number, frontage in metres and the daily rate in pence."""
    return [{"number": row["number"].strip(), "frontage_m": float(row["frontage_m"]),
             "rate_pence": int(row["rate_pence"])} for row in _rows(text, ("number", "frontage_m", "rate_pence"))]


def read_stallholders(text: str) -> list[dict]:
    """Licence register: licence number, trading name and status (permanent or casual)."""
    holders = []
    for row in _rows(text, ("licence", "name", "status")):
        status = row["status"].strip().lower()
        if status not in STATUSES:
            raise ValueError(f"licence {row['licence']}: unknown status {status!r}")
        holders.append({"licence": row["licence"].strip(), "name": row["name"].strip(), "status": status})
    return holders


def read_attendance(text: str) -> list[dict]:
    """The inspector's register: one row per pitch let on a market day."""
    return [{"date": row["date"].strip(), "pitch": row["pitch"].strip(), "licence": row["licence"].strip()}
            for row in _rows(text, ("date", "pitch", "licence"))]
