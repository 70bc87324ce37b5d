"""Planning applications as exported from the case-management system."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

APPLICATION_TYPES = {"major": 1, "minor": 2, "householder": 2, "other": 3}
TARGET_DAYS = {"major": 91, "minor": 56, "householder": 56, "other": 56}


@dataclass
class Application:
    """A valid application: received on day ``received`` of the forecast, needing ``effort`` officer days."""

    reference: str
    kind: str  # "major", "minor", "householder" or "other"
    received: int
    effort: int

    @property
    def priority(self) -> int:
        """1 is handled first; unknown kinds raise KeyError."""
        return APPLICATION_TYPES[self.kind]


def parse_export_line(line: str, forecast_start: date) -> Application:
    """Read ``reference;kind;validated date;effort days`` (e.g. ``24/0113/FUL;minor;2024-03-04;6``)."""
    reference, kind, validated, effort = (field.strip() for field in line.split(";"))
    if kind not in APPLICATION_TYPES:
        raise ValueError(f"unknown application type {kind!r}")
    received = (date.fromisoformat(validated) - forecast_start).days
    return Application(reference, kind, received, int(effort))
