"""Positions on the sky."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Star:
    star_id: str
    ra: float  # degrees, J2000
    dec: float  # degrees
    mag: float  # catalogue magnitude in the observed band


@dataclass(frozen=True)
class Source:
    source_id: int
    ra: float
    dec: float
    flux: float  # background-subtracted counts


def separation_arcsec(ra1: float, dec1: float, ra2: float, dec2: float) -> float:
    """Great-circle distance in arcseconds (haversine formula, fine at small separations)."""
    phi1, phi2 = math.radians(dec1), math.radians(dec2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(ra2 - ra1) / 2
    h = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return math.degrees(2 * math.asin(min(1.0, math.sqrt(h)))) * 3600
