"""Yield estimates for each array from the typical meteorological year of its site."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping, Sequence

from pvyield.arrays import PVArray, Site, ac_output
from pvyield.irradiance import cell_temperature, plane_of_array
from pvyield.sun import solar_position


def fleet_yield(arrays: Sequence[PVArray], sites: Mapping[str, Site],
                weather: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Annual and monthly kWh, peak output and specific yield per array.

    ``weather`` maps a site name to its hourly records: ``time`` (ISO text, UTC, the
    middle of the hour), ``ghi``, ``dni``, ``dhi`` (W/m2), ``temp`` (C) and ``wind`` (m/s).
    Each hourly record contributes its AC power for one hour.
    """
    results = {}
    for array in arrays:
        site = sites[array.site]
        monthly = [0.0] * 12
        total = 0.0
        peak, peak_time = 0.0, None
        for record in weather[array.site]:
            when = datetime.fromisoformat(record["time"])
            elevation, azimuth = solar_position(site.latitude, site.longitude, when)
            poa = plane_of_array(record["ghi"], record["dni"], record["dhi"], elevation, azimuth,
                                 array.tilt, array.azimuth, site.albedo)
            power = ac_output(array, poa, cell_temperature(poa, record["temp"], record["wind"]))
            monthly[when.month - 1] += power
            total += power
            if power > peak:
                peak, peak_time = power, record["time"]
        results[array.name] = {
            "annual_kwh": round(total, 1),
            "monthly_kwh": [round(value, 1) for value in monthly],
            "peak_kw": round(peak, 3),
            "peak_time": peak_time,
            "specific_yield": round(total / array.kwp, 1),
        }
    return results
