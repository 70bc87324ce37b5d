"""Shift logs as volunteers submit them through the sign-in form."""

from __future__ import annotations

import csv
import io


def clock_minutes(text: str) -> int:
    """Minutes after midnight from "H:MM" or "HH:MM"."""
    hours, _, minutes = text.strip().partition(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value <= 24 * 60 or not 0 <= int(minutes) < 60:
        raise ValueError(f"bad clock time {text!r}")
    return value


def read_logs(text: str) -> list[dict]:
    """Entries from the form export (volunteer,date,start,end,site), in submission order.

    Volunteer ids are upper-cased; a shift that ends before it starts is an error.
    """
    entries = []
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        start, end = clock_minutes(row["start"]), clock_minutes(row["end"])
        if end < start:
            raise ValueError(f"row {number}: shift ends before it starts")
        entries.append({"volunteer": row["volunteer"].strip().upper(), "date": row["date"].strip(),
                        "start": start, "end": end, "site": row["site"].strip()})
    return entries
