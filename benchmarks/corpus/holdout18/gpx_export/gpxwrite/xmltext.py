"""Text formatting for GPX documents."""

from __future__ import annotations

from datetime import datetime, timezone

_ENTITIES = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;")]


def escape(text: str) -> str:
    for char, entity in _ENTITIES:
        text = text.replace(char, entity)
    return text


def coordinate(value: float) -> str:
    """Decimal degrees with six places (about 0.1 m), as GPX viewers expect."""
    return f"{value:.6f}"


def timestamp(epoch: float) -> str:
    """UTC time in the xsd:dateTime form GPX uses, to the second."""
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
