"""Earthquake catalogue records and window-based declustering."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Quake:
    """One catalogue entry: origin time (seconds since epoch), epicentre and magnitude."""

    time: float
    lat: float
    lon: float
    magnitude: float


def distance_km(a: Quake, b: Quake) -> float:
    """Great-circle distance between two epicentres (haversine formula)."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def decluster(events: Sequence[Quake], window_s: float, radius_km: float) -> list[int | None]:
    """Find the mainshock each aftershock belongs to.

    An event is an aftershock of an earlier event (earlier origin time; for equal times,
    earlier in `events`) with a strictly larger magnitude that happened at most
    `window_s` seconds before it and at most `radius_km` away. When several events
    qualify, the largest is chosen, and among equally large ones the earliest.
    Returns, for each event in input order, the index of its mainshock or None.
    """
    order = sorted(range(len(events)), key=lambda k: events[k].time)
    parents: list[int | None] = [None] * len(events)
    for position, index in enumerate(order):
        quake = events[index]
        chosen = None
        for other_index in order[:position]:
            other = events[other_index]
            if quake.time - other.time > window_s or other.magnitude <= quake.magnitude:
                continue
            if distance_km(other, quake) > radius_km:
                continue
            if chosen is None or other.magnitude > events[chosen].magnitude:
                chosen = other_index
        parents[index] = chosen
    return parents
