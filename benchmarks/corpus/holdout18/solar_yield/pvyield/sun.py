"""Solar position after the NOAA solar calculator spreadsheet (Meeus' low-precision formulas)."""

from __future__ import annotations

import math
from datetime import datetime


def julian_day(when: datetime) -> float:
    """Julian day of a naive UTC datetime."""
    day_fraction = (when.hour + when.minute / 60 + when.second / 3600) / 24
    return when.toordinal() + 1721424.5 + day_fraction


def refraction(elevation: float) -> float:
    """Approximate atmospheric refraction in degrees at a true elevation in degrees."""
    if elevation > 85:
        return 0.0
    tangent = math.tan(math.radians(elevation))
    if elevation > 5:
        arcseconds = 58.1 / tangent - 0.07 / tangent ** 3 + 0.000086 / tangent ** 5
    elif elevation > -0.575:
        arcseconds = 1735 + elevation * (-518.2 + elevation * (103.4 + elevation * (-12.79 + elevation * 0.711)))
    else:
        arcseconds = -20.772 / tangent
    return arcseconds / 3600


def solar_position(latitude: float, longitude: float, when: datetime) -> tuple[float, float]:
    """Apparent (refracted) solar elevation and azimuth in degrees, east of north."""
    century = (julian_day(when) - 2451545) / 36525
    mean_longitude = (280.46646 + century * (36000.76983 + century * 0.0003032)) % 360
    mean_anomaly = 357.52911 + century * (35999.05029 - 0.0001537 * century)
    eccentricity = 0.016708634 - century * (0.000042037 + 0.0000001267 * century)
    anomaly = math.radians(mean_anomaly)
    centre = (math.sin(anomaly) * (1.914602 - century * (0.004817 + 0.000014 * century))
              + math.sin(2 * anomaly) * (0.019993 - 0.000101 * century) + math.sin(3 * anomaly) * 0.000289)
    omega = math.radians(125.04 - 1934.136 * century)
    apparent_longitude = mean_longitude + centre - 0.00569 - 0.00478 * math.sin(omega)
    mean_obliquity = 23 + (26 + (21.448 - century * (46.815 + century * (0.00059 - century * 0.001813))) / 60) / 60
    obliquity = math.radians(mean_obliquity + 0.00256 * math.cos(omega))
    declination = math.asin(math.sin(obliquity) * math.sin(math.radians(apparent_longitude)))
    y = math.tan(obliquity / 2) ** 2
    longitude_rad = math.radians(mean_longitude)
    equation_of_time = 4 * math.degrees(
        y * math.sin(2 * longitude_rad) - 2 * eccentricity * math.sin(anomaly)
        + 4 * eccentricity * y * math.sin(anomaly) * math.cos(2 * longitude_rad)
        - 0.5 * y * y * math.sin(4 * longitude_rad) - 1.25 * eccentricity * eccentricity * math.sin(2 * anomaly)
    )
    minutes = when.hour * 60 + when.minute + when.second / 60
    true_solar_time = (minutes + equation_of_time + 4 * longitude) % 1440
    hour_angle = true_solar_time / 4 - 180 if true_solar_time / 4 >= 0 else true_solar_time / 4 + 180
    lat = math.radians(latitude)
    cos_zenith = (math.sin(lat) * math.sin(declination)
                  + math.cos(lat) * math.cos(declination) * math.cos(math.radians(hour_angle)))
    zenith = math.acos(max(-1.0, min(1.0, cos_zenith)))
    elevation = 90 - math.degrees(zenith)
    cos_azimuth = (math.sin(lat) * math.cos(zenith) - math.sin(declination)) / (math.cos(lat) * math.sin(zenith))
    angle = math.degrees(math.acos(max(-1.0, min(1.0, cos_azimuth))))
    azimuth = (angle + 180) % 360 if hour_angle > 0 else (540 - angle) % 360
    return elevation + refraction(elevation), azimuth
