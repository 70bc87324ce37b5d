"""GPX downloads of a customer's vehicle trips."""

from __future__ import annotations

from typing import Any, Sequence

from gpxwrite.writer import GpxWriter
from gpxwrite.xmltext import coordinate, timestamp

GPX_NAMESPACE = "http://www.topografix.com/GPX/1/1"
GAP_SECONDS = 300  # a longer silence from the tracker starts a new track segment


def export_trips(trips: Sequence[dict[str, Any]], creator: str = "FleetTrack", name: str | None = None) -> str:
    """One ``<trk>`` per trip, with a ``<trkseg>`` per stretch of continuous tracking.

    A trip is a dict with ``vehicle``, ``trip_id``, optionally ``kind`` and ``points``:
    ``(epoch seconds, latitude, longitude, elevation or None, speed in m/s or None)``.
    Points are written in time order.
    """
    writer = GpxWriter()
    writer.line('<?xml version="1.0" encoding="UTF-8"?>')
    writer.open("gpx", {"version": "1.1", "creator": creator, "xmlns": GPX_NAMESPACE})
    writer.open("metadata")
    if name is not None:
        writer.element("name", name)
    times = [point[0] for trip in trips for point in trip["points"]]
    if times:
        writer.element("time", timestamp(min(times)))
    writer.close()
    for trip in trips:
        writer.open("trk")
        writer.element("name", f"{trip['vehicle']} {trip['trip_id']}")
        writer.element("type", trip.get("kind", "driving"))
        previous = None
        for epoch, latitude, longitude, elevation, speed in sorted(trip["points"], key=lambda point: point[0]):
            if previous is None or epoch - previous > GAP_SECONDS:
                if previous is not None:
                    writer.close()
                writer.open("trkseg")
            writer.open("trkpt", {"lat": coordinate(latitude), "lon": coordinate(longitude)})
            if elevation is not None:
                writer.element("ele", f"{elevation:.1f}")
            writer.element("time", timestamp(epoch))
            if speed is not None:
                writer.open("extensions")
                writer.element("speed", f"{speed:.2f}")
                writer.close()
            writer.close()
            previous = epoch
        if previous is not None:
            writer.close()
        writer.close()
    writer.close()
    return writer.getvalue()
