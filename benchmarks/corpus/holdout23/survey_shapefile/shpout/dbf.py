"""dBASE III attribute table (.dbf) holding each point's id and feature code."""

from __future__ import annotations

import struct
from datetime import date

from shpout.points import SurveyPoint

FIELDS = (("POINT_ID", 16), ("CODE", 10))


def write_dbf(points: list[SurveyPoint], today: date) -> bytes:
    """Character fields, left-aligned and space-padded; values longer than a field are cut.

    Text is encoded as Latin-1 with unknown characters replaced by "?".
    """
    record_length = 1 + sum(width for _, width in FIELDS)
    header_length = 32 + 32 * len(FIELDS) + 1
    out = bytearray(struct.pack("<4BIHH20x", 3, today.year - 1900, today.month, today.day, len(points),
                                header_length, record_length))
    for name, width in FIELDS:
        out += struct.pack("<11sc4xB15x", name.encode("ascii"), b"C", width)
    out += b"\r"
    for point in points:
        out += b" "
        for value, (_, width) in zip((point.point_id, point.code), FIELDS):
            out += value.encode("latin-1", "replace")[:width].ljust(width)
    out += b"\x1a"
    return bytes(out)
