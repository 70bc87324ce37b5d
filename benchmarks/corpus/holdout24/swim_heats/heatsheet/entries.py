"""Meet entries as exported from the entry system."""

from __future__ import annotations

from dataclasses import dataclass


COURSE_FACTORS = {"LC": 1.0, "SC": 1.02}  # short-course (25 m pool) times are slower in a 50 m pool


@dataclass
class Entry:
    """One swimmer entered in one event.

    ``seed_time`` is in seconds, None for "no time" (NT); ``course`` is the pool the time
    was swum in: "LC" (50 m) or "SC" (25 m).
    """

    swimmer: str
    club: str
    seed_time: float | None
    course: str = "LC"


def parse_time(text: str) -> float | None:
    """Seconds in an entry time such as "1:02.34" or "58.91"; None for "NT" or an empty field.

    Raises ValueError for anything else.
    """
    text = text.strip()
    if not text or text.upper() == "NT":
        return None
    minutes, _, seconds = text.rpartition(":")
    return round(int(minutes or 0) * 60 + float(seconds), 2)


def format_time(seconds: float | None) -> str:
    """An entry time as printed in the programme: "1:02.34", "58.91" or "NT"."""
    if seconds is None:
        return "NT"
    hundredths = round(seconds * 100)
    minutes, hundredths = divmod(hundredths, 6000)
    return f"{minutes}:{hundredths / 100:05.2f}" if minutes else f"{hundredths / 100:.2f}"
