"""The app's family-tree records, as stored in its database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@dataclass
class Person:
    """One individual. Dates may be missing; ``sex`` is ``"M"``, ``"F"`` or ``"U"``."""

    xref: str
    given: str
    surname: str
    sex: str = "U"
    born: date | None = None
    birthplace: str = ""
    died: date | None = None
    notes: str = ""


@dataclass
class Family:
    """A couple and their children, by the people's xref identifiers."""

    xref: str
    husband: str | None = None
    wife: str | None = None
    children: list[str] = field(default_factory=list)
    married: date | None = None


def gedcom_date(value: date) -> str:
    """A date in GEDCOM form, e.g. ``3 MAR 1901``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
