"""Public performance measure (PPM) style punctuality per station and per train."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Mapping, Sequence

from delayboard.times import minutes_late, parse_time

MATCH_WINDOW = timedelta(hours=6)


def find_arrival(stop: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> datetime | None:
    """The first recorded arrival of the stop's train at its station within the match window."""
    planned = parse_time(stop["planned"])
    for event in events:
        if event["train"] != stop["train"] or event["station"] != stop["station"] or event["event"] != "ARR":
            continue
        recorded = parse_time(event["recorded"])
        if abs(recorded - planned) <= MATCH_WINDOW:
            return recorded
    return None


def _counters() -> dict[str, Any]:
    return {"planned": 0, "arrived": 0, "on_time": 0, "missing": 0, "total_delay": 0.0, "worst": 0.0}


def _summary(counters: dict[str, Any]) -> dict[str, Any]:
    arrived = counters["arrived"]
    return {
        "planned": counters["planned"],
        "arrived": arrived,
        "missing": counters["missing"],
        "on_time_pct": round(100 * counters["on_time"] / arrived, 1) if arrived else None,
        "mean_delay": round(counters["total_delay"] / arrived, 2) if arrived else None,
        "worst": round(counters["worst"], 1),
    }


def punctuality(schedule: Sequence[Mapping[str, Any]], events: Sequence[Mapping[str, Any]],
                threshold: float = 5) -> dict[str, Any]:
    """Per-station and per-train punctuality, plus the stops that were ``threshold`` minutes late or more.

    ``schedule`` rows have ``train`` (headcode), ``station`` (TIPLOC) and ``planned``;
    ``events`` rows have ``train``, ``station``, ``event`` ("ARR" or "DEP") and ``recorded``.
    A stop with no recorded arrival is counted as missing. Early arrivals count as on time
    and as zero delay.
    """
    stations: dict[Any, dict[str, Any]] = {}
    trains: dict[Any, dict[str, Any]] = {}
    late = []
    for stop in schedule:
        recorded = find_arrival(stop, events)
        for counters in (stations.setdefault(stop["station"], _counters()),
                         trains.setdefault(stop["train"], _counters())):
            counters["planned"] += 1
            if recorded is None:
                counters["missing"] += 1
                continue
            delay = max(0.0, minutes_late(parse_time(stop["planned"]), recorded))
            counters["arrived"] += 1
            counters["total_delay"] += delay
            counters["worst"] = max(counters["worst"], delay)
            if delay < threshold:
                counters["on_time"] += 1
        if recorded is not None:
            delay = minutes_late(parse_time(stop["planned"]), recorded)
            if delay >= threshold:
                late.append((stop["train"], stop["station"], stop["planned"], round(delay, 1)))
    late.sort(key=lambda row: -row[3])
    return {
        "stations": {station: _summary(counters) for station, counters in stations.items()},
        "trains": {train: _summary(counters) for train, counters in trains.items()},
        "late": late,
    }
