"""Write events as an iCalendar (RFC 5545) feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable


@dataclass(frozen=True)
class Event:
    """A calendar event. Naive datetimes are written as floating local times."""

    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """Escape a TEXT property value (backslash, semicolon, comma, newlines)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def format_datetime(value: datetime | date) -> str:
    """DATE-TIME (or DATE) in basic format; aware datetimes are written in UTC."""
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if value.tzinfo is not None and value.utcoffset() is not None:
        from datetime import timezone

        return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%dT%H%M%S")


class CalendarWriter:
    """Render events into the text of a VCALENDAR object.

    Content lines longer than `line_limit` octets (UTF-8, CRLF not counted) are
    folded onto continuation lines that start with a single space; the space
    counts towards the limit. Characters are never split.
    """

    def __init__(self, prodid: str = "-//calfeed//EN", line_limit: int = 75) -> None:
        if line_limit < 8:
            raise ValueError("line_limit must be at least 8 octets")
        self.prodid = prodid
        self.line_limit = line_limit
        self._out = ""

    def _fold(self, line: str) -> str:
        folded = ""
        current = ""
        for char in line:
            if len((current + char).encode("utf-8")) > self.line_limit:
                folded += current + "\r\n"
                current = " " + char
            else:
                current += char
        return folded + current + "\r\n"

    def _emit(self, name: str, value: str) -> None:
        self._out += self._fold(f"{name}:{value}")

    def render(self, events: Iterable[Event]) -> str:
        """The calendar text, events ordered by (start, uid), lines ending in CRLF.

        Empty description and location are left out. Raises ValueError for an
        event that ends before it starts or that has an empty uid.
        """
        self._out = ""
        self._emit("BEGIN", "VCALENDAR")
        self._emit("VERSION", "2.0")
        self._emit("PRODID", self.prodid)
        self._emit("CALSCALE", "GREGORIAN")
        for event in sorted(events, key=lambda e: (e.start, e.uid)):
            if not event.uid:
                raise ValueError("event without uid")
            if event.end < event.start:
                raise ValueError(f"event {event.uid} ends before it starts")
            self._emit("BEGIN", "VEVENT")
            self._emit("UID", event.uid)
            self._emit("DTSTART", format_datetime(event.start))
            self._emit("DTEND", format_datetime(event.end))
            self._emit("SUMMARY", escape_text(event.summary))
            if event.description:
                self._emit("DESCRIPTION", escape_text(event.description))
            if event.location:
                self._emit("LOCATION", escape_text(event.location))
            if event.categories:
                self._emit("CATEGORIES", ",".join(escape_text(c) for c in event.categories))
            self._emit("END", "VEVENT")
        self._emit("END", "VCALENDAR")
        return self._out
