"""The timestamp formats sent by the different depot scanner generations."""

from __future__ import annotations

from datetime import datetime, timezone

# Newest scanners send ISO 8601 with an offset; the older handhelds send local
# day-first times (the depots run on UTC) or compact UTC stamps.
FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y%m%d%H%M%SZ")


def parse_timestamp(text: str) -> datetime:
    """An aware datetime for a scanner timestamp; ValueError if no known format fits."""
    for fmt in FORMATS:
        try:
            parsed = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed
    raise ValueError(f"unrecognised scan time {text!r}")
