"""Readings exported from the floating wireless hydrometers, one CSV line per reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Reading:
    """One hydrometer reading: the batch (fermenter) it floats in, local time, specific gravity and °C."""

    batch: str
    taken_at: str
    gravity: float
    temperature: float


def parse_time(text: str) -> datetime:
    """The local time of a reading, written ``YYYY-MM-DD HH:MM``; surrounding whitespace is ignored."""
    return datetime.strptime(text.strip(), TIME_FORMAT)


def parse_export(text: str) -> list[Reading]:
    """Readings from the ``batch,taken_at,gravity,temperature`` export (header line first).

    Blank lines are skipped. Raises ValueError, naming the line, for a line that does not
    have four fields or whose numbers cannot be read.
    """
    readings: list[Reading] = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip():
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected 4 fields, got {len(fields)}")
        try:
            readings.append(Reading(fields[0], fields[1], float(fields[2]), float(fields[3])))
        except ValueError:
            raise ValueError(f"line {number}: cannot read {line!r}") from None
    return readings
