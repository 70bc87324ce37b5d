from datetime import datetime

import pytest

from skyplan.astro import Site, Target, altitude, julian_date, sidereal_degrees, sun_position
from skyplan.plan import visibility_windows

CAMBRIDGE = Site("Cambridge", 52.2053, 0.1218)


def test_julian_date_epoch() -> None:
    assert julian_date(datetime(2000, 1, 1, 12, 0)) == 2451545.0
    assert julian_date(datetime(2000, 1, 2, 0, 0)) == 2451545.5


def test_sidereal_time_at_epoch() -> None:
    assert sidereal_degrees(2451545.0, 0.0) == pytest.approx(280.46061837)
    assert sidereal_degrees(2451545.0, 90.0) == pytest.approx(10.46061837)


def test_sun_near_equinox() -> None:
    ra, dec = sun_position(julian_date(datetime(2024, 3, 20, 3, 6)))
    assert abs(dec) < 0.1
    assert ra == pytest.approx(0.0, abs=0.2) or ra == pytest.approx(360.0, abs=0.2)


def test_altitude_of_pole_is_latitude() -> None:
    assert altitude(0.0, 90.0, 123.0, 52.0) == pytest.approx(52.0)


def test_circumpolar_target_observable_all_dark_night() -> None:
    polaris = Target("Polaris", 37.95, 89.26)
    plan = visibility_windows([polaris], CAMBRIDGE, datetime(2024, 12, 21, 12, 0), hours=24, step_minutes=30)
    windows = plan["Polaris"]["windows"]
    assert len(windows) == 1
    first, last = windows[0]
    assert datetime(2024, 12, 21, 17, 0) <= first <= datetime(2024, 12, 21, 18, 0)
    assert datetime(2024, 12, 22, 6, 0) <= last <= datetime(2024, 12, 22, 7, 0)
    assert plan["Polaris"]["peak_altitude"] == pytest.approx(52.2, abs=1.0)


def test_southern_target_never_observable() -> None:
    plan = visibility_windows([Target("Crux", 187.0, -60.0)], CAMBRIDGE, datetime(2024, 12, 21, 12, 0), 24, 30)
    assert plan == {"Crux": {"windows": [], "peak_altitude": None}}


def test_daytime_only_gives_nothing() -> None:
    plan = visibility_windows([Target("Polaris", 37.95, 89.26)], CAMBRIDGE, datetime(2024, 6, 21, 9, 0), 4, 15)
    assert plan["Polaris"]["windows"] == []


def test_every_target_listed() -> None:
    targets = [Target("A", 10.0, 20.0), Target("B", 200.0, 40.0)]
    plan = visibility_windows(targets, CAMBRIDGE, datetime(2024, 10, 7, 17, 0), 12, 60)
    assert list(plan) == ["A", "B"]


def test_zero_step() -> None:
    with pytest.raises(ZeroDivisionError):
        visibility_windows([Target("A", 10.0, 20.0)], CAMBRIDGE, datetime(2024, 10, 7, 17, 0), 12, 0)
