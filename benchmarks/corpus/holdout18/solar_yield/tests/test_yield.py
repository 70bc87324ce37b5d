from datetime import datetime

import pytest

from pvyield.arrays import PVArray, Site, ac_output
from pvyield.estimate import fleet_yield
from pvyield.irradiance import cell_temperature, incidence_cosine, plane_of_array
from pvyield.sun import julian_day, solar_position

BRISTOL = Site("Bristol", 51.45, -2.59)


def test_julian_day_of_j2000() -> None:
    assert julian_day(datetime(2000, 1, 1, 12)) == 2451545.0


def test_noon_sun_in_summer_is_high_and_south() -> None:
    elevation, azimuth = solar_position(51.45, -2.59, datetime(2023, 6, 21, 12, 10))
    assert 61 < elevation < 63
    assert 170 < azimuth < 190


def test_sun_is_down_at_midnight() -> None:
    elevation, _ = solar_position(51.45, -2.59, datetime(2023, 12, 21, 0, 30))
    assert elevation < -50


def test_flat_plane_sees_global_irradiance() -> None:
    assert incidence_cosine(90.0, 180.0, 0.0, 180.0) == pytest.approx(1.0)
    assert plane_of_array(800, 900, 100, 45.0, 180.0, 0.0, 180.0) == pytest.approx(900 * 0.7071068 + 100, rel=1e-6)
    assert plane_of_array(800, 900, 100, -1.0, 180.0, 30.0, 180.0) == 0.0


def test_cell_temperature_rises_with_irradiance() -> None:
    assert cell_temperature(0.0, 12.0, 3.0) == 12.0
    assert cell_temperature(1000.0, 25.0, 1.0) > 50


def test_inverter_clips_output() -> None:
    array = PVArray("A", "Bristol", 30, 180, 5.0, 3.5)
    assert ac_output(array, 1000.0, 25.0) == 3.5
    assert ac_output(array, 500.0, 25.0) == pytest.approx(2.5 * 0.86)


def test_fleet_yield_totals_by_month() -> None:
    weather = {"Bristol": [
        {"time": "2023-06-21T12:30:00", "ghi": 800, "dni": 700, "dhi": 150, "temp": 20.0, "wind": 2.0},
        {"time": "2023-06-21T23:30:00", "ghi": 0, "dni": 0, "dhi": 0, "temp": 12.0, "wind": 2.0},
        {"time": "2023-01-10T12:30:00", "ghi": 300, "dni": 400, "dhi": 100, "temp": 4.0, "wind": 6.0},
    ]}
    arrays = [PVArray("roof", "Bristol", 35, 180, 4.0, 3.6)]
    result = fleet_yield(arrays, {"Bristol": BRISTOL}, weather)["roof"]
    assert result["monthly_kwh"][6 - 1] > result["monthly_kwh"][0] > 0
    assert result["annual_kwh"] == pytest.approx(sum(result["monthly_kwh"]), abs=0.2)
    assert result["peak_time"] == "2023-06-21T12:30:00"
    assert result["specific_yield"] == pytest.approx(result["annual_kwh"] / 4.0, abs=0.1)


def test_unknown_site_raises() -> None:
    with pytest.raises(KeyError):
        fleet_yield([PVArray("roof", "Leeds", 35, 180, 4.0, 3.6)], {"Bristol": BRISTOL}, {"Bristol": []})
