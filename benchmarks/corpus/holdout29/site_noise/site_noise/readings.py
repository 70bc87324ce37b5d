"""One-second LAeq readings exported by the boundary noise monitors."""

from __future__ import annotations

from datetime import datetime


def parse_monitor_export(text: str) -> tuple[datetime, list[float | None]]:
    """Parse "timestamp,laeq_db" rows (ISO timestamps, one per second, in order) into the first
    timestamp and one level per second from it, None for seconds with no row.

    Blank lines and a header row starting with "time" are skipped. Raises ``ValueError`` for a
    malformed row, a timestamp that is not a whole number of seconds after the previous one, or
    an export with no readings.
    """
    start: datetime | None = None
    levels: list[float | None] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.lower().startswith("time"):
            continue
        stamp, _, value = line.partition(",")
        try:
            moment = datetime.fromisoformat(stamp.strip())
            level = float(value)
        except ValueError:
            raise ValueError(f"line {number}: malformed row {line!r}") from None
        if start is None:
            start = moment
        offset = (moment - start).total_seconds()
        if offset != int(offset) or offset < len(levels):
            raise ValueError(f"line {number}: timestamp {stamp} is out of sequence")
        levels.extend([None] * (int(offset) - len(levels)))
        levels.append(level)
    if start is None:
        raise ValueError("the export holds no readings")
    return start, levels
