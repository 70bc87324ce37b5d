"""Hour-of-day departure and arrival counts per docking station."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Sequence

TIME_FORMAT = "%Y-%m-%d %H:%M"
MAX_TRIP = timedelta(hours=24)


@dataclass(frozen=True)
class Trip:
    """One row of the operator's trip export (local times, minute resolution)."""

    bike_id: str
    start_station: str
    end_station: str
    started_at: str
    ended_at: str


@dataclass
class StationFlow:
    departures: list[int] = field(default_factory=lambda: [0] * 24)
    arrivals: list[int] = field(default_factory=lambda: [0] * 24)

    @property
    def net(self) -> list[int]:
        """Arrivals minus departures for each hour of the day."""
        return [a - d for a, d in zip(self.arrivals, self.departures)]


@dataclass
class FlowReport:
    stations: dict[str, StationFlow]
    days: int
    rejected: int


def parse_time(text: str) -> datetime:
    """Parse an export timestamp such as "2024-06-03 08:17"."""
    return datetime.strptime(text.strip(), TIME_FORMAT)


def hourly_flows(trips: Sequence[Trip], weekdays_only: bool = False) -> FlowReport:
    """Count departures (by start hour) and arrivals (by end hour) per station.

    Trips that end before they start or last longer than a day are data errors: they
    are counted as rejected and otherwise ignored. With `weekdays_only`, trips starting
    on a Saturday or Sunday are skipped. `days` is the number of distinct start dates
    counted. Stations are listed in alphabetical order. A timestamp that cannot be
    parsed raises ValueError.
    """
    stations: dict[str, StationFlow] = {}
    dates = set()
    rejected = 0
    for trip in trips:
        start = parse_time(trip.started_at)
        end = parse_time(trip.ended_at)
        if end < start or end - start > MAX_TRIP:
            rejected += 1
            continue
        if weekdays_only and start.weekday() >= 5:
            continue
        dates.add(start.date())
        stations.setdefault(trip.start_station, StationFlow()).departures[start.hour] += 1
        stations.setdefault(trip.end_station, StationFlow()).arrivals[end.hour] += 1
    return FlowReport(dict(sorted(stations.items())), len(dates), rejected)
