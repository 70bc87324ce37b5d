"""Weekly hours from the time clock's punch log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

STAMP_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Punch:
    """One swipe at the time clock; `kind` is "in" or "out"."""

    employee: str
    timestamp: str
    kind: str


def parse_stamp(text: str) -> datetime:
    """Parse a time-clock stamp such as '2024-03-04 08:59'."""
    return datetime.strptime(text, STAMP_FORMAT)


def week_label(moment: datetime) -> str:
    """ISO week of `moment`, e.g. '2024-W09'."""
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_overtime(punches: Sequence[Punch], threshold_hours: float = 40.0) -> dict[str, list[tuple[str, float, float]]]:
    """Regular and overtime hours per employee and ISO week.

    Punches may arrive in any order; each employee's punches are taken in time order
    and must alternate in/out. A shift counts towards the week in which it started.
    Returns {employee: [(week, regular hours, overtime hours), ...]} with employees and
    weeks sorted and hours rounded to 2 decimals. Raises ValueError for a punch that
    does not fit the in/out sequence or has an unknown kind.
    """
    result: dict[str, list[tuple[str, float, float]]] = {}
    for employee in sorted({punch.employee for punch in punches}):
        own = sorted((punch for punch in punches if punch.employee == employee), key=lambda punch: parse_stamp(punch.timestamp))
        weeks: dict[str, float] = {}
        clocked_in = None
        for punch in own:
            moment = parse_stamp(punch.timestamp)
            if punch.kind == "in":
                if clocked_in is not None:
                    raise ValueError(f"{employee}: clock-in at {punch.timestamp} while already clocked in")
                clocked_in = moment
            elif punch.kind == "out":
                if clocked_in is None:
                    raise ValueError(f"{employee}: clock-out at {punch.timestamp} without clock-in")
                label = week_label(clocked_in)
                weeks[label] = weeks.get(label, 0) + (moment - clocked_in).total_seconds() / 3600
                clocked_in = None
            else:
                raise ValueError(f"{employee}: unknown punch kind {punch.kind!r}")
        if clocked_in is not None:
            raise ValueError(f"{employee}: still clocked in at the end of the log")
        rows = []
        for label in sorted(weeks):
            hours = round(weeks[label], 2)
            regular = min(hours, threshold_hours)
            rows.append((label, regular, round(hours - regular, 2)))
        result[employee] = rows
    return result
