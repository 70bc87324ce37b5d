"""Booking requests as submitted through the studio's web form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BookingRequest:
    """A band's request for a room on a day; ``start``/``end`` are minutes after midnight, ``fee`` in pence."""

    request_id: str
    room: str
    day: str
    start: int
    end: int
    fee: int


def clock(text: str) -> int:
    """Minutes after midnight of an "HH:MM" time; "24:00" is midnight at the end of the day.

    Raises ValueError for anything that is not a time between 00:00 and 24:00.
    """
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"not a time: {text!r}")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or value > 24 * 60:
        raise ValueError(f"not a time: {text!r}")
    return value


def request_from_form(form: dict[str, str]) -> BookingRequest:
    """A request from the web form's fields; the fee is the room's hourly rate times the hours, rounded down."""
    start, end = clock(form["from"]), clock(form["to"])
    return BookingRequest(form["id"], form["room"], form["date"], start, end, int(form["rate"]) * (end - start) // 60)
