import pytest

from soilwater.crops import CROPS, crop_coefficient, total_available_water
from soilwater.season import Field, Weather, simulate_season
from soilwater.weather import extraterrestrial_radiation, hargreaves_et0


def test_crop_coefficient_curve() -> None:
    maize = CROPS["maize"]
    assert crop_coefficient(maize, -1) == 0.0
    assert crop_coefficient(maize, 0) == 0.3
    assert crop_coefficient(maize, 45) == pytest.approx(0.75)
    assert crop_coefficient(maize, 80) == 1.2
    assert crop_coefficient(maize, 125) == pytest.approx(0.9)
    assert crop_coefficient(maize, 140) == 0.0


def test_water_and_weather() -> None:
    assert total_available_water(0.30, 0.15, 0.6) == pytest.approx(90.0)
    ra = extraterrestrial_radiation(41.5, 172)
    assert 16 < ra < 18
    assert hargreaves_et0(15.0, 30.0, ra) == pytest.approx(6.5, abs=0.5)


def test_irrigation_is_triggered_and_applied_next_day() -> None:
    field = Field("p1", "maize", 0, 0.20, 0.10, 0.5, 8.0)  # TAW 50 mm, RAW 27.5 mm
    weather = [Weather(10.0, 0.0)] * 12  # Kc 0.3 -> 3 mm/day
    result = simulate_season([field], weather)["p1"]
    assert result["depletion"][:10] == [3.0, 6.0, 9.0, 12.0, 15.0, 18.0, 21.0, 24.0, 27.0, 30.0]
    assert result["events"] == [(9, 8.0), (11, 8.0)]
    assert result["depletion"][10] == 25.0
    assert result["total_mm"] == 16.0 and result["stress_days"] == 0


def test_rain_refills_and_stress() -> None:
    field = Field("p2", "potato", 0, 0.20, 0.10, 0.3, 2.0)  # TAW 30, RAW 10.5
    weather = [Weather(8.0, 0.0)] * 5 + [Weather(4.0, 40.0)] + [Weather(8.0, 0.0)] * 3
    result = simulate_season([field], weather)["p2"]
    assert result["depletion"][5] == 0.0
    assert result["stress_days"] >= 1
    assert simulate_season([], weather) == {}


def test_errors() -> None:
    with pytest.raises(ValueError):
        simulate_season([Field("x", "rice", 0, 0.2, 0.1, 0.5, 8.0)], [])
    with pytest.raises(ValueError):
        simulate_season([Field("x", "maize", 0, 0.2, 0.1, 0.5, 8.0)] * 2, [])
