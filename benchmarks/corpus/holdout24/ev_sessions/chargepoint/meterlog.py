"""Charging sessions rebuilt from the chargers' meter-value log.

The back office exports one line per message received from a charger:

    2024-03-04 17:22:05,CP-0142,2,METER,18234

that is the charger's local time stamp, the charger id, the connector number, the event
(START when a cable is plugged in and authorised, METER for a periodic meter value, STOP
when the cable is unplugged) and the connector's energy meter in watt-hours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"
EVENTS = ("START", "METER", "STOP")
IDLE_GRACE_MINUTES = 30
IDLE_FEE_PENCE_PER_MINUTE = 10


@dataclass
class Session:
    """A completed session; ``day`` is the start date ("YYYY-MM-DD") the session is reported under."""

    charger: str
    connector: int
    day: str
    start: datetime
    end: datetime
    energy_wh: int
    idle_minutes: int
    idle_fee: int  # pence


def summarise_sessions(lines: Iterable[str]) -> list[Session]:
    """The completed charging sessions in the log, in the order they end.

    Blank lines and lines starting with ``#`` are skipped; a line's trailing newline is
    ignored. START opens a session on the charger's connector (replacing a session still
    open there), METER updates its meter reading and STOP closes it; METER and STOP lines
    for a connector without an open session are ignored. A session is idle from the first
    meter value (METER or STOP) that shows no energy delivered since the previous reading
    until energy flows again. Idle time running at STOP is counted in whole minutes, and
    minutes beyond IDLE_GRACE_MINUTES are charged at IDLE_FEE_PENCE_PER_MINUTE. Sessions
    still open at the end of the log are not reported. Raises ValueError for a line
    without five fields, a bad time stamp, connector or meter value, or an unknown event.
    """
    sessions: list[Session] = []
    open_sessions: dict[tuple[str, int], dict[str, object]] = {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split(",")
        if len(fields) != 5:
            raise ValueError(f"expected 5 fields in {line!r}")
        stamp, charger, connector_text, event, meter_text = fields
        at = datetime.strptime(stamp, TIMESTAMP_FORMAT)
        key = (charger, int(connector_text))
        meter = int(meter_text)
        if event not in EVENTS:
            raise ValueError(f"unknown event {event!r} in {line!r}")
        if event == "START":
            open_sessions[key] = {"start": at, "start_meter": meter, "last_meter": meter, "idle_since": None}
            continue
        current = open_sessions.get(key)
        if current is None:
            continue
        if meter > current["last_meter"]:
            current["idle_since"] = None
        elif current["idle_since"] is None:
            current["idle_since"] = at
        current["last_meter"] = meter
        if event == "STOP":
            del open_sessions[key]
            start = current["start"]
            idle_since = current["idle_since"]
            idle_minutes = 0 if idle_since is None else int((at - idle_since).total_seconds()) // 60
            fee = max(0, idle_minutes - IDLE_GRACE_MINUTES) * IDLE_FEE_PENCE_PER_MINUTE
            sessions.append(Session(charger, key[1], start.strftime("%Y-%m-%d"), start, at,
                                    meter - current["start_meter"], idle_minutes, fee))
    return sessions
