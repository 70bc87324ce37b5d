"""Block and airborne times of each flight from its OOOI events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

EVENTS = ("OUT", "OFF", "ON", "IN")


@dataclass(frozen=True)
class FlightTimes:
    """One flight (tail, flight number, scheduled departure date as written in the feed): its
    gate departure time, block minutes (OUT to IN) and airborne minutes (OFF to ON), None when
    an event is missing, and a status: "ok", "incomplete" or "out of sequence"."""

    tail: str
    flight: str
    date: str
    out: datetime | None
    block_minutes: int | None
    airborne_minutes: int | None
    status: str


def flight_times(lines: Iterable[str]) -> list[FlightTimes]:
    """Collect the OOOI events of every flight from the gateway's message lines.

    Each line is "tail,flight,date,event,hhmm" (date as YYYY-MM-DD, time UTC as HHMM); blank
    lines and a header starting with "tail" are skipped and fields are stripped. A flight is
    identified by (tail, flight, date); when an event is reported more than once the first report
    counts. An event stamped earlier than the flight's OUT happened on the next day. A flight
    missing any event is "incomplete"; one whose events are not in OUT, OFF, ON, IN order is "out
    of sequence". Flights are returned ordered by OUT time (the date's midnight when OUT is
    missing), then tail, then flight number.

    Raises ``ValueError`` for a line without five fields, an unknown event or a bad date or time.
    """
    flights: dict[tuple[str, str, str], dict[str, datetime]] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.lower().startswith("tail"):
            continue
        fields = [field.strip() for field in line.split(",")]
        if len(fields) != 5:
            raise ValueError(f"line {number}: expected 5 fields, found {len(fields)}")
        tail, flight, day, event, hhmm = fields
        if event.upper() not in EVENTS:
            raise ValueError(f"line {number}: unknown event {event!r}")
        moment = datetime.strptime(f"{day} {hhmm}", "%Y-%m-%d %H%M")
        flights.setdefault((tail, flight, day), {}).setdefault(event.upper(), moment)

    results: list[tuple[datetime, FlightTimes]] = []
    for (tail, flight, day), events in flights.items():
        out = events.get("OUT")
        stamped: dict[str, datetime] = {}
        for event, moment in events.items():
            stamped[event] = moment + timedelta(days=1) if out is not None and moment < out else moment
        present = [stamped[event] for event in EVENTS if event in stamped]
        if len(present) < len(EVENTS):
            status = "incomplete"
        elif present != sorted(present):
            status = "out of sequence"
        else:
            status = "ok"
        block = airborne = None
        if "OUT" in stamped and "IN" in stamped:
            block = int((stamped["IN"] - stamped["OUT"]).total_seconds() // 60)
        if "OFF" in stamped and "ON" in stamped:
            airborne = int((stamped["ON"] - stamped["OFF"]).total_seconds() // 60)
        sort_time = out if out is not None else datetime.strptime(day, "%Y-%m-%d")
        results.append((sort_time, FlightTimes(tail, flight, day, out, block, airborne, status)))
    results.sort(key=lambda item: (item[0], item[1].tail, item[1].flight))
    return [times for _, times in results]
