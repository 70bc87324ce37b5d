"""Independent events and relative abundance indices (RAI)."""

from __future__ import annotations

from traplog.detections import Detection, parse_time


def independent_events(detections: list[Detection], interval_min: float = 30) -> list[dict[str, object]]:
    """Group detections into independent events, in time order.

    A detection belongs to the latest event of the same species at the same station if it
    was taken at most ``interval_min`` minutes after that event's last detection; otherwise
    it starts a new event. Simultaneous detections are taken in station, species order.
    """
    ordered = sorted(detections, key=lambda detection: (parse_time(detection.taken), detection.station, detection.species))
    events: list[dict[str, object]] = []
    for detection in ordered:
        when = parse_time(detection.taken)
        previous = None
        for event in reversed(events):
            if event["station"] == detection.station and event["species"] == detection.species:
                previous = event
                break
        if previous is not None and (when - previous["last"]).total_seconds() <= interval_min * 60:
            previous["last"] = when
            previous["detections"] += 1
            previous["max_count"] = max(previous["max_count"], detection.count)
        else:
            events.append({"station": detection.station, "species": detection.species, "start": when, "last": when,
                           "detections": 1, "max_count": detection.count})
    return events


def relative_abundance(detections: list[Detection], trap_nights: dict[str, int],
                       interval_min: float = 30) -> dict[str, dict[str, dict[str, object]]]:
    """Per station and species (both sorted): the number of independent events, the
    individuals (sum over events of the most seen in one image), the relative abundance
    index (events per 100 trap nights, 2 decimals; None without trap-night effort) and the
    first event's start time in ISO format."""
    summary: dict[str, dict[str, dict[str, object]]] = {}
    for event in independent_events(detections, interval_min):
        station = summary.setdefault(event["station"], {})
        entry = station.setdefault(event["species"], {"events": 0, "individuals": 0, "rai": None,
                                                      "first": event["start"].isoformat()})
        entry["events"] += 1
        entry["individuals"] += event["max_count"]
    for station_name, species in summary.items():
        nights = trap_nights.get(station_name)
        for entry in species.values():
            entry["rai"] = round(entry["events"] / nights * 100, 2) if nights else None
    return {name: dict(sorted(species.items())) for name, species in sorted(summary.items())}
