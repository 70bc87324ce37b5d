import pytest

from metarwx.decode import decode_report, decode_reports
from metarwx.observation import Observation
from metarwx.summary import flight_category, station_summary


def test_full_report() -> None:
    report = "METAR EGKA 010950Z 24012G25KT 9999 -RA BR FEW012 BKN030 08/M03 Q1018 RMK AO2"
    assert decode_report(report) == Observation(
        "EGKA", 1, "0950", 240, 12, 25, 10000, ("-RA", "BR"), (("FEW", 1200), ("BKN", 3000)), 3000, 8, -3, 1018
    )


def test_missing_groups_and_variable_wind() -> None:
    observation = decode_report("KJFK 151651Z VRB03KT 1200 FG VV002 M01/ A2992")
    assert observation.wind_direction is None and observation.wind_speed == 3
    assert observation.visibility_m == 1200 and observation.weather == ("FG",)
    assert observation.ceiling_ft == 200 and observation.temperature == -1 and observation.dewpoint is None
    assert observation.qnh_hpa == 1013
    assert flight_category(observation) == "LIFR"


def test_cavok_and_blank_lines() -> None:
    observations = decode_reports(["", "EGLL 021020Z 27005KT CAVOK 15/09 Q1022\n", "   "])
    assert len(observations) == 1
    assert observations[0].visibility_m == 10000 and observations[0].clouds == ()
    assert flight_category(observations[0]) == "VFR"


def test_bad_report() -> None:
    with pytest.raises(ValueError):
        decode_report("HELLO WORLD")


def test_station_summary() -> None:
    observations = decode_reports([
        "EGKA 010950Z 24012G25KT 9999 SCT040 08/03 Q1018",
        "EGKA 011050Z 24012KT 3000 BR OVC004 08/07 Q1018",
        "EGHH 011050Z 18005KT 9999 FEW050 10/03 Q1020",
    ])
    assert station_summary(observations) == {
        "EGHH": {"reports": 1, "vfr_percent": 100.0, "max_gust": 0},
        "EGKA": {"reports": 2, "vfr_percent": 50.0, "max_gust": 25},
    }
