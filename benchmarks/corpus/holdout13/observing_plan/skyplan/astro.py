"""Low-precision positional astronomy: sidereal time, the Sun's position and altitudes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

J2000 = datetime(2000, 1, 1, 12, 0)


@dataclass(frozen=True)
class Site:
    """An observatory: latitude and longitude in degrees (north and east positive)."""

    name: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Target:
    """A fixed object on the sky: right ascension and declination in degrees (J2000)."""

    name: str
    ra: float
    dec: float


def julian_date(moment: datetime) -> float:
    """The Julian date of a naive UTC datetime."""
    return 2451545.0 + (moment - J2000).total_seconds() / 86400.0


def sidereal_degrees(jd: float, longitude: float) -> float:
    """Local mean sidereal time, in degrees, at the given east longitude."""
    days = jd - 2451545.0
    centuries = days / 36525.0
    gmst = 280.46061837 + 360.98564736629 * days + 0.000387933 * centuries**2 - centuries**3 / 38710000.0
    return (gmst + longitude) % 360.0


def sun_position(jd: float) -> tuple[float, float]:
    """The Sun's right ascension and declination in degrees (good to about 0.01 degree)."""
    days = jd - 2451545.0
    mean_longitude = (280.460 + 0.9856474 * days) % 360.0
    anomaly = math.radians((357.528 + 0.9856003 * days) % 360.0)
    ecliptic = math.radians(mean_longitude + 1.915 * math.sin(anomaly) + 0.020 * math.sin(2 * anomaly))
    obliquity = math.radians(23.439 - 0.0000004 * days)
    ra = math.degrees(math.atan2(math.cos(obliquity) * math.sin(ecliptic), math.cos(ecliptic))) % 360.0
    dec = math.degrees(math.asin(math.sin(obliquity) * math.sin(ecliptic)))
    return ra, dec


def altitude(ra: float, dec: float, lst: float, latitude: float) -> float:
    """Altitude above the horizon, in degrees, of a position at the given local sidereal time."""
    hour_angle = math.radians(lst - ra)
    lat = math.radians(latitude)
    declination = math.radians(dec)
    sine = math.sin(lat) * math.sin(declination) + math.cos(lat) * math.cos(declination) * math.cos(hour_angle)
    return math.degrees(math.asin(max(-1.0, min(1.0, sine))))
