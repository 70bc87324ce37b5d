"""Text representation of Python values in PostgreSQL's COPY text format."""

from __future__ import annotations

import datetime
import decimal

ESCAPES = {"\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}


def to_text(value: object) -> str:
    """The unescaped text PostgreSQL should read for ``value`` (None is handled by the caller)."""
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return "{" + ",".join('"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"' for item in value) + "}"
    return str(value)


def escape(text: str) -> str:
    """Backslash-escape the characters that are special in COPY text format."""
    out = ""
    for char in text:
        out += ESCAPES.get(char, char)
    return out
