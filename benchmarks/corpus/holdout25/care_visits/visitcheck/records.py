"""Rostered visits and phone check events, as exported by the rostering system and the carers' app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ROSTER_FORMAT = "%d/%m/%Y %H:%M"
PHONE_FORMAT = "%d/%m/%Y %H:%M:%S"


@dataclass(frozen=True)
class Visit:
    """A rostered visit; ``start`` and ``end`` are local times as the roster prints them (``06/05/2024 08:30``)."""

    visit_id: str
    client_id: str
    carer_id: str
    start: str
    end: str


@dataclass(frozen=True)
class Check:
    """A tap of the carer's phone on the client's door tag: ``kind`` is ``in`` or ``out``.

    ``at`` is the phone's local time with seconds (``06/05/2024 08:34:10``).
    """

    carer_id: str
    client_id: str
    kind: str
    at: str


def parse_roster_time(text: str) -> datetime:
    """A roster time; raises ValueError when it is not ``dd/mm/yyyy hh:mm``."""
    return datetime.strptime(text, ROSTER_FORMAT)


def parse_check_time(text: str) -> datetime:
    """A phone check time; raises ValueError when it is not ``dd/mm/yyyy hh:mm:ss``."""
    return datetime.strptime(text, PHONE_FORMAT)


def parse_checks(text: str) -> list[Check]:
    """Checks from the app's export: ``carer,client,in|out,time`` lines; blank lines are skipped.

    Raises ValueError for a line without four fields or with another kind than in/out.
    """
    checks: list[Check] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 4 or fields[2] not in ("in", "out"):
            raise ValueError(f"line {number}: cannot read {line!r}")
        checks.append(Check(*fields))
    return checks
