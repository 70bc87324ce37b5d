"""Headway (time between departures) statistics from GTFS stop_times rows."""

from __future__ import annotations

from typing import Iterable


def parse_gtfs_time(text: str) -> int:
    """Seconds after midnight for a GTFS "H:MM:SS" time; hours may exceed 23."""
    hours, minutes, seconds = text.strip().split(":")
    if len(minutes) != 2 or len(seconds) != 2 or not 0 <= int(minutes) < 60 or not 0 <= int(seconds) < 60:
        raise ValueError(f"bad GTFS time: {text!r}")
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)


def stop_headways(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, object]]:
    """Per-stop service frequency from (trip_id, stop_id, departure_time) rows.

    For each stop, in order of first appearance: the number of departures, and the
    smallest, largest and mean wait in minutes from one departure to the next later
    departure at that stop (departures with no later one are not counted). The mean
    is rounded to one decimal; all three are None when no wait can be measured.
    """
    departures: dict[str, list[int]] = {}
    for _trip_id, stop_id, departure in rows:
        departures.setdefault(stop_id, []).append(parse_gtfs_time(departure))
    report: dict[str, dict[str, object]] = {}
    for stop_id, times in departures.items():
        waits = []
        for time in times:
            later = [other for other in times if other > time]
            if later:
                waits.append(min(later) - time)
        report[stop_id] = {
            "departures": len(times),
            "min_wait": min(waits) / 60 if waits else None,
            "max_wait": max(waits) / 60 if waits else None,
            "mean_wait": round(sum(waits) / len(waits) / 60, 1) if waits else None,
        }
    return report
