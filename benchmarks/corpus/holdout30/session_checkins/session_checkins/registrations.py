"""Session bookings exported from the registration platform."""

from __future__ import annotations

import csv
import io


def parse_bookings(text: str) -> dict[str, list[str]]:
    """Read the platform's "session_id,badge_id" booking export into the badges booked per
    session, in export order. Sessions appear in the order they are first seen.

    Badge ids are upper-cased and stripped. Raises ``ValueError`` for a row without exactly two
    fields or with an empty session or badge id.
    """
    bookings: dict[str, list[str]] = {}
    reader = csv.reader(io.StringIO(text))
    for number, row in enumerate(reader, start=1):
        if not row or (number == 1 and row[0].strip().lower() == "session_id"):
            continue
        if len(row) != 2:
            raise ValueError(f"row {number}: expected session_id,badge_id")
        session, badge = row[0].strip(), row[1].strip().upper()
        if not session or not badge:
            raise ValueError(f"row {number}: empty session or badge id")
        bookings.setdefault(session, []).append(badge)
    return bookings
