"""How much of last year's demand each station layout reaches within the response target."""

from __future__ import annotations

from typing import Any, Hashable, Iterable, Sequence

from ambulance.network import build_graph, drive_times


def coverage_report(roads: Iterable[Sequence[Any]], stations: Sequence[tuple[Any, Hashable]],
                    incidents: Sequence[Hashable], target_seconds: float = 480) -> dict[str, Any]:
    """First-due station and drive time for every junction, and incident coverage.

    ``stations`` are ``(station id, junction)`` pairs; ``incidents`` are the junctions of
    past calls. A junction's first-due station is the one with the shortest drive time,
    the earlier-listed station winning ties. Incidents at junctions no station reaches
    count as uncovered.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    graph = build_graph(roads)
    nearest: dict[Hashable, tuple[Any, float]] = {}
    for station_id, junction in stations:
        if junction not in graph:
            raise KeyError(f"station {station_id!r} is not on the road network")
        for node, seconds in drive_times(graph, junction).items():
            if node not in nearest or seconds < nearest[node][1]:
                nearest[node] = (station_id, seconds)
    covered = 0
    first_due: dict[Any, int] = {station_id: 0 for station_id, _ in stations}
    uncovered = set()
    for junction in incidents:
        if junction in nearest:
            station_id, seconds = nearest[junction]
            first_due[station_id] += 1
            if seconds <= target_seconds:
                covered += 1
                continue
        uncovered.add(junction)
    return {
        "nearest": nearest,
        "covered": covered,
        "coverage": round(covered / len(incidents), 4) if incidents else None,
        "uncovered": sorted(uncovered),
        "first_due": first_due,
    }
