"""Port calls: uninterrupted stays of a vessel inside one area of the port."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from portcalls.areas import Harbour, harbour_at
from portcalls.reports import PositionReport

TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class PortCall:
    """A vessel's stay in one area: first and last report inside it, the stay in whole minutes and the report count."""

    mmsi: int
    harbour: str
    arrival: str
    departure: str
    minutes: int
    reports: int


def _when(timestamp: str) -> datetime:
    """The time of an AIS timestamp such as "2024-05-01T06:10:00Z"."""
    return datetime.strptime(timestamp, TIME_FORMAT)


def _close_visit(visit: list[PositionReport], harbour: Harbour, calls: list[PortCall],
                 min_stay_minutes: float, moored_knots: float) -> None:
    """Record ``visit`` as a port call if it lasted long enough and the vessel stopped during it."""
    arrival, departure = visit[0].timestamp, visit[-1].timestamp
    minutes = (_when(departure) - _when(arrival)).total_seconds() / 60
    if minutes >= min_stay_minutes and any(report.sog <= moored_knots for report in visit):
        calls.append(PortCall(visit[0].mmsi, harbour.name, arrival, departure, round(minutes), len(visit)))


def detect_port_calls(reports: Sequence[PositionReport], harbours: Sequence[Harbour], min_stay_minutes: float = 30,
                      max_gap_minutes: float = 120, moored_knots: float = 0.5) -> list[PortCall]:
    """The port calls in a batch of position reports, in order of arrival (then MMSI, then area name).

    Reports are taken per vessel in time order (reports with equal times keep their input order).
    A visit is a run of a vessel's consecutive reports inside the same area (the first matching
    area in ``harbours``) with no two consecutive reports more than ``max_gap_minutes`` apart;
    a report outside every area ends the visit. A visit is a port call when it spans at least
    ``min_stay_minutes`` and the vessel reported a speed of at most ``moored_knots`` during it.

    Raises ``ValueError`` for a negative minimum stay, a gap limit that is not positive, or a
    timestamp that is not in the "YYYY-MM-DDTHH:MM:SSZ" form.
    """
    if min_stay_minutes < 0:
        raise ValueError("the minimum stay cannot be negative")
    if max_gap_minutes <= 0:
        raise ValueError("the gap limit must be positive")
    ordered = sorted(reports, key=lambda report: (report.mmsi, _when(report.timestamp)))
    calls: list[PortCall] = []
    visit: list[PositionReport] = []
    where: Harbour | None = None
    for report in ordered:
        harbour = harbour_at(harbours, report.lat, report.lon)
        if visit:
            previous = visit[-1]
            gap = (_when(report.timestamp) - _when(previous.timestamp)).total_seconds() / 60
            if report.mmsi != previous.mmsi or harbour is not where or gap > max_gap_minutes:
                _close_visit(visit, where, calls, min_stay_minutes, moored_knots)
                visit = []
        if harbour is not None:
            if not visit:
                where = harbour
            visit.append(report)
    if visit:
        _close_visit(visit, where, calls, min_stay_minutes, moored_knots)
    calls.sort(key=lambda call: (_when(call.arrival), call.mmsi, call.harbour))
    return calls
