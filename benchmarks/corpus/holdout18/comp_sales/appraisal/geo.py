"""Distances and date spans used when comparing properties."""

from __future__ import annotations

import math
from datetime import date

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def months_between(earlier: str, later: str) -> float:
    """Months from one ISO date to another, counting a day as 1/30 of a month."""
    start, end = date.fromisoformat(earlier), date.fromisoformat(later)
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day - start.day) / 30
