"""Strict equivalence tests for visibility_windows (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import pytest
from skyplan.astro import Site, Target
from skyplan.plan import visibility_windows
from strict_support import assert_same

TARGET = "skyplan/plan.py:visibility_windows"

J2000 = datetime(2000, 1, 1, 12, 0)


def _julian(moment):
    return 2451545.0 + (moment - J2000).total_seconds() / 86400.0


def _sidereal(jd, longitude):
    days = jd - 2451545.0
    centuries = days / 36525.0
    gmst = 280.46061837 + 360.98564736629 * days + 0.000387933 * centuries**2 - centuries**3 / 38710000.0
    return (gmst + longitude) % 360.0


def _sun(jd):
    days = jd - 2451545.0
    mean_longitude = (280.460 + 0.9856474 * days) % 360.0
    anomaly = math.radians((357.528 + 0.9856003 * days) % 360.0)
    ecliptic = math.radians(mean_longitude + 1.915 * math.sin(anomaly) + 0.020 * math.sin(2 * anomaly))
    obliquity = math.radians(23.439 - 0.0000004 * days)
    ra = math.degrees(math.atan2(math.cos(obliquity) * math.sin(ecliptic), math.cos(ecliptic))) % 360.0
    dec = math.degrees(math.asin(math.sin(obliquity) * math.sin(ecliptic)))
    return ra, dec


def _altitude(ra, dec, lst, latitude):
    hour_angle = math.radians(lst - ra)
    lat = math.radians(latitude)
    declination = math.radians(dec)
    sine = math.sin(lat) * math.sin(declination) + math.cos(lat) * math.cos(declination) * math.cos(hour_angle)
    return math.degrees(math.asin(max(-1.0, min(1.0, sine))))


def reference(targets, site, night_start, hours=12.0, step_minutes=5, min_altitude=30.0, sun_limit=-12.0):
    samples = int(hours * 60 // step_minutes) + 1
    plan = {}
    for target in targets:
        windows = []
        opened = None
        last = None
        peak = None
        for index in range(samples):
            moment = night_start + timedelta(minutes=index * step_minutes)
            jd = _julian(moment)
            lst = _sidereal(jd, site.longitude)
            sun_ra, sun_dec = _sun(jd)
            dark = _altitude(sun_ra, sun_dec, lst, site.latitude) <= sun_limit
            height = _altitude(target.ra, target.dec, lst, site.latitude)
            if dark and height >= min_altitude:
                if opened is None:
                    opened = moment
                last = moment
                if peak is None or height > peak:
                    peak = height
            elif opened is not None:
                windows.append((opened, last))
                opened = None
        if opened is not None:
            windows.append((opened, last))
        plan[target.name] = {"windows": windows, "peak_altitude": round(peak, 1) if peak is not None else None}
    return plan


SITES = {
    "cambridge": Site("Cambridge", 52.2053, 0.1218),
    "la_palma": Site("La Palma", 28.7606, -17.8816),
    "paranal": Site("Paranal", -24.6272, -70.4042),
    "equator": Site("Quito", 0.0, -78.5),
    "pole": Site("South Pole", -90.0, 0.0),
    "arctic": Site("Svalbard", 78.2, 15.6),
    "east": Site("Tokyo", 35.68, 139.77),
    "wrapped": Site("Wrapped", 52.2053, 360.1218),
}

TARGET_SETS = [
    [],
    [Target("Polaris", 37.95, 89.26)],
    [Target("M31", 10.6847, 41.2690), Target("M42", 83.8221, -5.3911), Target("Crux", 187.0, -60.0)],
    [Target("Zenith", 0.0, 90.0), Target("Nadir", 0.0, -90.0), Target("Equator", 180.0, 0.0)],
    [Target("Twin", 10.0, 30.0), Target("Twin", 200.0, 60.0)],
    [Target("Int coords", 300, 20), Target("Big RA", 725.5, 10.0), Target("Negative RA", -45.0, 45.0)],
    (Target("Vega", 279.2347, 38.7837), Target("Deneb", 310.3580, 45.2803)),
    [Target("", 120.0, 10.0), Target("Ωmega Cen", 201.6968, -47.4795)],
]

NIGHTS = [datetime(2024, 10, 7, 16, 30), datetime(2024, 6, 21, 19, 0), datetime(2024, 12, 21, 14, 0),
          datetime(2025, 3, 20, 18, 0), datetime(1999, 12, 31, 18, 0)]


@pytest.mark.parametrize("night", NIGHTS)
@pytest.mark.parametrize("site", sorted(SITES))
@pytest.mark.parametrize("targets", TARGET_SETS[1:4])
def test_sites_and_nights(targets, site, night) -> None:
    assert_same(visibility_windows, reference, targets, SITES[site], night, 14.0, 20)


@pytest.mark.parametrize("targets", TARGET_SETS)
def test_target_sets(targets) -> None:
    assert_same(visibility_windows, reference, targets, SITES["cambridge"], NIGHTS[0])


@pytest.mark.parametrize("hours,step", [(0, 5), (-3, 5), (0.5, 5), (12, 7.5), (12, 60), (24, 17), (24, 1440),
                                        (6, 1), (12, -5), (2.0, 0.5), (12, 0), (12, 0.0), (True, 1)])
def test_sampling(hours, step) -> None:
    assert_same(visibility_windows, reference, TARGET_SETS[2], SITES["la_palma"], NIGHTS[0], hours, step)


@pytest.mark.parametrize("limits", [(30.0, -12.0), (0, -18), (-90, 90), (90, -12), (89.9, 90), (30, -90.0),
                                    (45, 0), (30, -6), (None, -12.0), (30, None), ("30", -12), (None, -90)])
def test_limits(limits) -> None:
    assert_same(visibility_windows, reference, TARGET_SETS[2], SITES["cambridge"], NIGHTS[2], 24, 30, *limits)


@pytest.mark.parametrize("args", [
    ([], None, NIGHTS[0]),
    ([], SITES["cambridge"], None),
    ([Target("A", 1.0, 2.0)], None, NIGHTS[0]),
    ([Target("A", 1.0, 2.0)], SITES["cambridge"], None),
    ([Target("A", None, 2.0)], SITES["cambridge"], NIGHTS[0]),
    ([Target("A", 1.0, 2.0), Target("B", "x", 2.0)], SITES["cambridge"], NIGHTS[0]),
    ([Target("A", 1.0, 2.0)], Site("Bad", None, 0.0), NIGHTS[0]),
    ([Target("A", 1.0, 2.0)], Site("Bad", 50.0, None), NIGHTS[0]),
    ([Target("A", 1.0, 2.0)], SITES["cambridge"], datetime(9999, 12, 31, 20, 0)),
    ([Target("A", 1.0, None)], SITES["cambridge"], datetime(9999, 12, 31, 20, 0)),
    ([None], SITES["cambridge"], NIGHTS[0]),
    ([Target("A", 1.0, 2.0)], SITES["cambridge"], datetime(2024, 10, 7, 16, 30).date()),
])
def test_errors(args) -> None:
    assert_same(visibility_windows, reference, *args)


def _random_cases():
    rng = random.Random(1609)
    for _ in range(40):
        targets = [Target(f"T{n}", round(rng.uniform(0, 360), 3), round(math.degrees(math.asin(rng.uniform(-1, 1))), 3))
                   for n in range(rng.randint(0, 6))]
        site = Site("R", round(rng.uniform(-70, 70), 2), round(rng.uniform(-180, 180), 2))
        night = datetime(2024, 1, 1, 12) + timedelta(days=rng.randint(0, 365), minutes=rng.randint(0, 600))
        yield targets, site, night, rng.choice([8, 12, 16]), rng.choice([5, 10, 15]), rng.choice([20, 30, 45])


@pytest.mark.parametrize("targets,site,night,hours,step,minimum", list(_random_cases()))
def test_random(targets, site, night, hours, step, minimum) -> None:
    assert_same(visibility_windows, reference, targets, site, night, hours, step, minimum)


def test_full_catalogue() -> None:
    rng = random.Random(3)
    targets = [Target(f"NGC {n}", rng.uniform(0, 360), math.degrees(math.asin(rng.uniform(-0.5, 1)))) for n in range(80)]
    assert_same(visibility_windows, reference, targets, SITES["cambridge"], NIGHTS[0], 15.0, 5)
