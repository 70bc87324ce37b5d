"""Batch logs exported by the roasters' controllers."""

from __future__ import annotations

from dataclasses import dataclass, field

EVENTS = ("CHARGE", "DRY", "FC", "DROP")


@dataclass
class BatchLog:
    """One batch: bean and environment temperatures in tenths of a degree Celsius (None where a
    probe dropped out), sampled every ``interval_s`` seconds, and the sample index of each event
    the operator marked."""

    batch: str
    interval_s: float
    bean: list[int | None] = field(default_factory=list)
    environment: list[int | None] = field(default_factory=list)
    events: dict[str, int] = field(default_factory=dict)


def _reading(cell: str, number: int) -> int | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return int(cell)
    except ValueError:
        raise ValueError(f"line {number}: bad temperature {cell!r}") from None


def parse_batch_log(batch: str, text: str, interval_s: float = 0.5) -> BatchLog:
    """Parse a controller export: one "bt,et,event" row per sample (temperatures in tenths of a
    degree, event empty or one of CHARGE, DRY, FC, DROP), after an optional header row.

    Raises ``ValueError`` for a row without three fields, a bad temperature, an unknown event or
    an event marked twice.
    """
    log = BatchLog(batch, interval_s)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.lower().startswith("bt"):
            continue
        fields = line.split(",")
        if len(fields) != 3:
            raise ValueError(f"line {number}: expected 3 fields, found {len(fields)}")
        log.bean.append(_reading(fields[0], number))
        log.environment.append(_reading(fields[1], number))
        event = fields[2].strip().upper()
        if event:
            if event not in EVENTS:
                raise ValueError(f"line {number}: unknown event {event!r}")
            if event in log.events:
                raise ValueError(f"line {number}: {event} marked twice")
            log.events[event] = len(log.bean) - 1
    return log
