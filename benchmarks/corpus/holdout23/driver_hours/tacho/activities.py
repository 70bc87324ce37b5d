"""Driver activity records as exported by the tachograph analysis software."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("drive", "work", "available", "rest")
CSV_KINDS = {"DRV": "drive", "WRK": "work", "AVL": "available", "RST": "rest"}


@dataclass
class Activity:
    """One activity of a driver between two local times, "YYYY-MM-DD HH:MM:SS"."""

    driver: str
    kind: str  # one of KINDS
    start: str
    end: str


def parse_activity_line(line: str) -> Activity:
    """Read ``card number,code,start,end`` (e.g. ``DGB1234567,DRV,2024-03-04 06:15:00,2024-03-04 08:40:00``)."""
    card, code, start, end = (field.strip() for field in line.split(","))
    if code not in CSV_KINDS:
        raise ValueError(f"unknown activity code {code!r}")
    return Activity(card, CSV_KINDS[code], start, end)
