"""Free appointment slots in a clinician's calendar.

Times are minutes since the start of the booking horizon (for a single day that is
minutes since midnight). A booking is a ``(start, end)`` pair; bookings that merely
touch a candidate appointment (``end == start``) do not clash with it.
"""

from __future__ import annotations

from typing import Iterable


def parse_hhmm(text: str) -> int:
    """'09:30' -> 570."""
    hours, _, minutes = text.strip().partition(":")
    if not hours.isdigit() or not minutes.isdigit():
        raise ValueError(f"not a time: {text!r}")
    return int(hours) * 60 + int(minutes)


def format_hhmm(minutes: int) -> str:
    """570 -> '09:30' (days wrap around)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def open_slots(
    bookings: Iterable[tuple[int, int]],
    day_start: int,
    day_end: int,
    length: int,
    step: int = 5,
) -> list[int]:
    """Every start time ``day_start, day_start + step, ...`` at which an appointment of
    ``length`` minutes ends no later than ``day_end`` and overlaps no booking.

    Raises ValueError if ``length`` or ``step`` is not positive, or if a booking ends
    before it starts (the message names the booking's position).
    """
    if length <= 0:
        raise ValueError("length must be positive")
    if step <= 0:
        raise ValueError("step must be positive")
    checked = []
    for index, (start, end) in enumerate(bookings):
        if end < start:
            raise ValueError(f"booking {index} ends before it starts: {start}-{end}")
        checked.append((start, end))

    slots = []
    candidate = day_start
    while candidate + length <= day_end:
        clash = False
        for start, end in checked:
            if start < candidate + length and candidate < end:
                clash = True
                break
        if not clash:
            slots.append(candidate)
        candidate += step
    return slots
