"""Strict equivalence tests for fleet_yield (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from pvyield.arrays import PVArray, Site
from pvyield.estimate import fleet_yield

TARGET = "pvyield/estimate.py:fleet_yield"

TEMPERATURE_COEFFICIENT = -0.0037


def julian_day(when):
    day_fraction = (when.hour + when.minute / 60 + when.second / 3600) / 24
    return when.toordinal() + 1721424.5 + day_fraction


def refraction(elevation):
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


def solar_position(latitude, longitude, when):
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


def incidence_cosine(sun_elevation, sun_azimuth, tilt, azimuth):
    zenith = math.radians(90 - sun_elevation)
    slope = math.radians(tilt)
    value = (math.cos(zenith) * math.cos(slope)
             + math.sin(zenith) * math.sin(slope) * math.cos(math.radians(sun_azimuth - azimuth)))
    return max(0.0, value)


def plane_of_array(ghi, dni, dhi, sun_elevation, sun_azimuth, tilt, azimuth, albedo=0.2):
    if sun_elevation <= 0:
        return 0.0
    slope = math.radians(tilt)
    beam = dni * incidence_cosine(sun_elevation, sun_azimuth, tilt, azimuth)
    sky = dhi * (1 + math.cos(slope)) / 2
    ground = ghi * albedo * (1 - math.cos(slope)) / 2
    return beam + sky + ground


def cell_temperature(poa, air_temperature, wind_speed):
    module = poa * math.exp(-3.56 - 0.075 * wind_speed) + air_temperature
    return module + poa / 1000 * 3


def ac_output(array, poa, cell_temperature):
    dc = array.kwp * poa / 1000 * (1 + TEMPERATURE_COEFFICIENT * (cell_temperature - 25))
    return max(0.0, min(dc * (1 - array.losses), array.inverter_kw))


def reference(arrays, sites, weather):
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


BRISTOL = Site("Bristol", 51.45, -2.59)
SYDNEY = Site("Sydney", -33.87, 151.21, 0.25)
SITES = {"Bristol": BRISTOL, "Sydney": SYDNEY}


def rec(time, ghi=600, dni=650, dhi=120, temp=18.0, wind=3.0):
    return {"time": time, "ghi": ghi, "dni": dni, "dhi": dhi, "temp": temp, "wind": wind}


def day(date="2023-06-21", **values):
    return [rec(f"{date}T{hour:02d}:30:00", **values) for hour in range(24)]


ROOF = PVArray("roof", "Bristol", 35, 180, 4.0, 3.6)
EAST = PVArray("east", "Bristol", 20, 90, 3.0, 2.5, 0.1)
NORTH = PVArray("north", "Sydney", 25, 0, 6.5, 5.0, 0.16)
FLAT = PVArray("flat", "Bristol", 0, 180, 2.0, 2.0)

CASES = [
    ([], SITES, {}),
    ((), {}, {}),
    ([ROOF], SITES, {"Bristol": []}),
    ([ROOF], SITES, {"Bristol": ()}),
    ([ROOF], SITES, {"Bristol": day()}),
    ([ROOF, EAST, FLAT], SITES, {"Bristol": day()}),
    ([ROOF, NORTH], SITES, {"Bristol": day(), "Sydney": day("2023-12-21")}),
    ([NORTH, ROOF, NORTH], SITES, {"Bristol": day(), "Sydney": day("2023-06-21")}),
    ([ROOF, PVArray("roof", "Bristol", 10, 200, 9.0, 8.0)], SITES, {"Bristol": day()}),
    ([ROOF], SITES, {"Bristol": day("2023-12-21"), "Unused": [rec("bad")]}),
    # missing sites or weather
    ([ROOF], {}, {"Bristol": day()}),
    ([ROOF], SITES, {}),
    ([ROOF, PVArray("x", "Leeds", 30, 180, 1.0, 1.0)], SITES, {"Bristol": day()}),
    ([ROOF], {"Bristol": SYDNEY}, {"Bristol": day("2023-03-21")}),
    # zero, negative, clipping
    ([ROOF], SITES, {"Bristol": day(ghi=0, dni=0, dhi=0)}),
    ([ROOF], SITES, {"Bristol": day(ghi=-10, dni=-50, dhi=-5)}),
    ([PVArray("small", "Bristol", 35, 180, 4.0, 0.5)], SITES, {"Bristol": day()}),
    ([PVArray("zero", "Bristol", 35, 180, 0.0, 1.0)], SITES, {"Bristol": day()}),
    ([PVArray("zero", "Bristol", 35, 180, 0, 1.0)], SITES, {"Bristol": []}),
    ([PVArray("lossy", "Bristol", 35, 180, 4.0, 4.0, 1.0)], SITES, {"Bristol": day()}),
    ([PVArray("gain", "Bristol", 35, 180, 4.0, 40.0, -0.5)], SITES, {"Bristol": day()}),
    ([PVArray("vertical", "Bristol", 90, 180, 4.0, 4.0)], SITES, {"Bristol": day("2023-12-21")}),
    ([PVArray("upside", "Bristol", 180, 180, 4.0, 4.0)], SITES, {"Bristol": day()}),
    ([PVArray("neg", "Bristol", -30, -180, 4.0, 4.0)], SITES, {"Bristol": day()}),
    ([PVArray("int", "Bristol", 30, 180, 4, 3)], SITES, {"Bristol": day(ghi=500, dni=500, dhi=100, temp=20, wind=0)}),
    ([ROOF], SITES, {"Bristol": day(temp=60.0, wind=0.0)}),
    ([ROOF], SITES, {"Bristol": day(temp=-30.0, wind=25.0)}),
    # times
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:00:00"), rec("2023-06-21T12:00:00")]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21"), rec("2023-06-21T12"), rec("2023-06-21 12:15:30")]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00+00:00"), rec("2023-06-21T13:30:00Z")]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00.250000")]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-12-31T23:30:00"), rec("2024-01-01T00:30:00"), rec("2024-02-29T12:30:00")]}),
    ([ROOF], SITES, {"Bristol": [rec("1900-06-21T12:30:00"), rec("2100-06-21T12:30:00")]}),
    ([ROOF], SITES, {"Bristol": [rec("21/06/2023 12:30")]}),
    ([ROOF], SITES, {"Bristol": [rec(None)]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00"), rec("")]}),
    ([ROOF], SITES, {"Bristol": day()[::-1]}),
    # missing or odd values: at night the irradiance is never read
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T01:30:00", ghi=None, dni=None, dhi=None)]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00", ghi=None)]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00", dni="650")]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T01:30:00", temp=None)]}),
    ([ROOF], SITES, {"Bristol": [{"time": "2023-06-21T12:30:00", "ghi": 1, "dni": 1, "dhi": 1, "temp": 1.0}]}),
    ([ROOF], SITES, {"Bristol": [{"ghi": 1, "dni": 1, "dhi": 1, "temp": 1.0, "wind": 1.0}]}),
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:30:00", ghi=float("inf"))]}),
    # peaks and ties
    ([ROOF], SITES, {"Bristol": [rec("2023-06-21T12:10:00", ghi=3000, dni=3000, dhi=500)] * 3}),
    ([FLAT], SITES, {"Bristol": [rec("2023-06-21T12:10:00", ghi=5000, dni=5000, dhi=5000),
                                 rec("2023-06-22T12:10:00", ghi=5000, dni=5000, dhi=5000)]}),
    # unusual places
    ([PVArray("pole", "Pole", 30, 0, 4.0, 4.0)], {"Pole": Site("Pole", 90.0, 0.0)}, {"Pole": day()}),
    ([PVArray("south", "South", 30, 0, 4.0, 4.0)], {"South": Site("South", -89.9, 45.0)}, {"South": day("2023-12-21")}),
    ([PVArray("eq", "Eq", 5, 0, 4.0, 4.0)], {"Eq": Site("Eq", 0.0, 180.0, 0.0)}, {"Eq": day("2023-03-20")}),
    ([PVArray("eq", "Eq", 5, 0, 4.0, 4.0)], {"Eq": Site("Eq", 0, -180, 1)}, {"Eq": day("2023-09-23")}),
    ([PVArray("dateline", "D", 30, 180, 4.0, 4.0)], {"D": Site("D", 64.8, -147.7, 0.8)}, {"D": day("2023-06-21")}),
    ([ROOF], {"Bristol": Site("Bristol", None, -2.59)}, {"Bristol": day()}),
    ([ROOF], {"Bristol": Site("Bristol", 51.45, -2.59)}, {"Bristol": [rec("2023-06-21T12:30:00", ghi=1e308, dni=1e308, dhi=1e308)]}),
    ([PVArray(("roof", 1), "Bristol", 35, 180, 4.0, 3.6), PVArray(None, "Bristol", 35, 180, 4.0, 3.6)], SITES,
     {"Bristol": day()}),
    ([PVArray("Dach Süd", "Zürich", 30, 180, 4.0, 3.6)], {"Zürich": Site("Zürich", 47.37, 8.54)}, {"Zürich": day()}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(fleet_yield, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(fleet_yield, reference, weather={"Bristol": day()}, sites=SITES, arrays=[ROOF, EAST])


def _random_cases():
    rng = random.Random(1361)
    for index in range(160):
        sites = {}
        weather = {}
        for number in range(rng.randint(1, 3)):
            name = f"S{number}"
            sites[name] = Site(name, round(rng.uniform(-66, 70), 2), round(rng.uniform(-180, 180), 2),
                               rng.choice([0.1, 0.2, 0.25]))
            start = datetime(2023, 1, 1, 0, 30) + timedelta(days=rng.randint(0, 364))
            records = []
            for hour in range(rng.randint(0, 36)):
                when = start + timedelta(hours=hour, minutes=rng.choice([0, 0, 0, 15, 29]))
                records.append({"time": when.isoformat(), "ghi": rng.randint(0, 1000), "dni": rng.randint(0, 950),
                                "dhi": rng.randint(0, 300), "temp": round(rng.uniform(-15, 40), 1),
                                "wind": round(rng.uniform(0, 15), 1)})
            weather[name] = records
        arrays = []
        for number in range(rng.randint(0, 5)):
            kwp = round(rng.uniform(1, 15), 2)
            arrays.append(PVArray(f"A{number % 4}", rng.choice(list(sites)), rng.choice([0, 10, 22.5, 30, 45, 60]),
                                  rng.choice([0, 90, 135, 180, 225, 270, 315]), kwp,
                                  round(kwp * rng.uniform(0.5, 1.1), 1), rng.choice([0.1, 0.14, 0.2])))
        yield arrays, sites, weather


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(fleet_yield, reference, *case)


def test_large_fleet() -> None:
    rng = random.Random(8)
    sites = {"Bristol": BRISTOL, "Sydney": SYDNEY}
    weather = {}
    for name in sites:
        start = datetime(2023, 1, 1, 0, 30)
        weather[name] = [{"time": (start + timedelta(hours=hour)).isoformat(), "ghi": rng.randint(0, 900),
                          "dni": rng.randint(0, 900), "dhi": rng.randint(0, 250), "temp": round(rng.uniform(0, 30), 1),
                          "wind": round(rng.uniform(0, 10), 1)} for hour in range(0, 8760, 7)]
    arrays = [PVArray(f"A{n}", rng.choice(list(sites)), rng.choice([15, 30, 45]), rng.choice([90, 180, 270]),
                      5.0, 4.5) for n in range(8)]
    assert_same(fleet_yield, reference, arrays, sites, weather)
