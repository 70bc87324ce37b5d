"""The weekly flight schedule, as exported from the scheduling system."""

from __future__ import annotations

from dataclasses import dataclass

DAYS = "1234567"  # Monday = 1, as in SSIM


@dataclass(frozen=True)
class Flight:
    """One operating flight. Times are minutes from Monday 00:00 local time of the schedule
    week; ``terminal`` is the terminal used at the hub end of the flight."""

    number: str
    origin: str
    destination: str
    departs: int
    arrives: int
    terminal: str


def _minutes(day: int, clock: str, line: int) -> int:
    hours, _, minutes = clock.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise ValueError(f"line {line}: bad time {clock!r}")
    return (day - 1) * 1440 + int(hours) * 60 + int(minutes)


def parse_schedule(text: str) -> list[Flight]:
    """Expand the schedule export into operating flights.

    Each line is "number origin destination days dep arr offset terminal", e.g.
    ``XY123 LHR FRA 1.3.5.. 07:10 09:45 0 T2``: the days of operation (SSIM style, a digit or a
    dot per weekday), departure and arrival clock times, the arrival day offset and the hub
    terminal. Raises ``ValueError`` for a line without eight fields or a bad day pattern or time.
    """
    flights = []
    for number, raw in enumerate(text.splitlines(), start=1):
        fields = raw.split()
        if not fields or fields[0].startswith("#"):
            continue
        if len(fields) != 8:
            raise ValueError(f"line {number}: expected 8 fields")
        flight, origin, destination, days, dep, arr, offset, terminal = fields
        if len(days) != 7 or any(char not in (DAYS[index], ".") for index, char in enumerate(days)):
            raise ValueError(f"line {number}: bad days of operation {days!r}")
        if not offset.isdigit():
            raise ValueError(f"line {number}: bad day offset {offset!r}")
        for index, char in enumerate(days):
            if char == ".":
                continue
            departs = _minutes(index + 1, dep, number)
            arrives = _minutes(index + 1 + int(offset), arr, number)
            flights.append(Flight(flight, origin, destination, departs, arrives, terminal))
    return flights


def parse_mct(text: str) -> dict[tuple[str, str], int]:
    """Minimum connecting times: "arrival terminal, departure terminal, minutes" per line."""
    rules = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 3 or not fields[2].isdigit():
            raise ValueError(f"line {number}: expected arrival terminal, departure terminal, minutes")
        rules[(fields[0], fields[1])] = int(fields[2])
    return rules
