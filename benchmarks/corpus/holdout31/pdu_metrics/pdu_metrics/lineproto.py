"""InfluxDB line protocol for the outlet readings."""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Sequence

from .readings import Reading

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _escape_key(text: str) -> str:
    """Escape a measurement name, tag key or tag value (backslash, comma, equals, space)."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def to_line_protocol(readings: Sequence[Reading], measurement: str = "pdu_outlet") -> bytes:
    """One line-protocol line per reading, in order, as the UTF-8 body of a write request.

    Tags are site, rack, pdu, outlet and customer (tags with an empty value are left out, as
    InfluxDB rejects them); fields are watts, amps and kwh; the timestamp is in nanoseconds.
    Readings with a non-finite value are skipped.
    """
    body = b""
    for reading in readings:
        if not all(math.isfinite(value) for value in (reading.watts, reading.amps, reading.kwh)):
            continue
        tags = [("site", reading.site), ("rack", reading.rack), ("pdu", reading.pdu),
                ("outlet", str(reading.outlet)), ("customer", reading.customer)]
        tag_text = ",".join(f"{key}={_escape_key(value)}" for key, value in tags if value != "")
        fields = f"watts={reading.watts!r},amps={reading.amps!r},kwh={reading.kwh!r}"
        delta = reading.at - EPOCH
        nanoseconds = (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000
        line = f"{_escape_key(measurement)},{tag_text} {fields} {nanoseconds}\n" if tag_text else \
            f"{_escape_key(measurement)} {fields} {nanoseconds}\n"
        body += line.encode("utf-8")
    return body
