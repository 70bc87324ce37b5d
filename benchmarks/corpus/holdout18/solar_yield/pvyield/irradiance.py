"""Irradiance on a tilted plane (isotropic sky) and module temperature (Sandia model)."""

from __future__ import annotations

import math


def incidence_cosine(sun_elevation: float, sun_azimuth: float, tilt: float, azimuth: float) -> float:
    """Cosine of the angle between the sun and the normal of a tilted plane, floored at zero."""
    zenith = math.radians(90 - sun_elevation)
    slope = math.radians(tilt)
    value = (math.cos(zenith) * math.cos(slope)
             + math.sin(zenith) * math.sin(slope) * math.cos(math.radians(sun_azimuth - azimuth)))
    return max(0.0, value)


def plane_of_array(ghi: float, dni: float, dhi: float, sun_elevation: float, sun_azimuth: float,
                   tilt: float, azimuth: float, albedo: float = 0.2) -> float:
    """Beam, sky-diffuse and ground-reflected irradiance on the plane, in W/m2."""
    if sun_elevation <= 0:
        return 0.0
    slope = math.radians(tilt)
    beam = dni * incidence_cosine(sun_elevation, sun_azimuth, tilt, azimuth)
    sky = dhi * (1 + math.cos(slope)) / 2
    ground = ghi * albedo * (1 - math.cos(slope)) / 2
    return beam + sky + ground


def cell_temperature(poa: float, air_temperature: float, wind_speed: float) -> float:
    """Sandia module temperature model, glass/cell/polymer sheet, open rack."""
    module = poa * math.exp(-3.56 - 0.075 * wind_speed) + air_temperature
    return module + poa / 1000 * 3
