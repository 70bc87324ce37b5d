"""Race entries as typed in by the race officer: sail number, class, elapsed time or a status code."""

from __future__ import annotations

from dataclasses import dataclass

NON_FINISH = ("DNC", "DNS", "OCS", "DNF", "RET", "DSQ")


@dataclass(frozen=True)
class Entry:
    """One boat in one race: ``elapsed`` is in seconds and only meaningful when ``status`` is ``"FIN"``."""

    sail: str
    boat_class: str
    elapsed: int
    status: str = "FIN"


def parse_elapsed(text: str) -> int:
    """Seconds from an elapsed time written ``H:MM:SS`` or ``MM:SS``.

    Raises ValueError when a part is not a whole number or minutes/seconds exceed 59.
    """
    parts = text.strip().split(":")
    if not 2 <= len(parts) <= 3 or not all(part.isdigit() for part in parts):
        raise ValueError(f"cannot read elapsed time {text!r}")
    numbers = [int(part) for part in parts]
    if len(numbers) == 2:
        numbers.insert(0, 0)
    hours, minutes, seconds = numbers
    if minutes > 59 or seconds > 59:
        raise ValueError(f"cannot read elapsed time {text!r}")
    return hours * 3600 + minutes * 60 + seconds


def parse_sheet(text: str) -> list[Entry]:
    """Entries from a result sheet, one ``sail class time-or-status`` line per boat."""
    entries = []
    for line in text.splitlines():
        if not line.strip():
            continue
        sail, boat_class, result = line.split()
        if result.upper() in NON_FINISH:
            entries.append(Entry(sail, boat_class, 0, result.upper()))
        else:
            entries.append(Entry(sail, boat_class, parse_elapsed(result)))
    return entries
