import pytest

from calcurve.readings import Calibrated, RawReading, calibrate
from calcurve.tables import CalibrationError, interpolate, parse_table

CERT = "2000:20.0; 1000:0.0 ; 3000:50.0;"


def test_parse_table_sorts_points() -> None:
    assert parse_table(CERT) == [(1000.0, 0.0), (2000.0, 20.0), (3000.0, 50.0)]


def test_parse_table_errors() -> None:
    with pytest.raises(CalibrationError):
        parse_table("1000:0")
    with pytest.raises(CalibrationError):
        parse_table("1000:0; abc:1")


def test_interpolate() -> None:
    points = parse_table(CERT)
    assert interpolate(points, 1500) == (10.0, False)
    assert interpolate(points, 2500) == (35.0, False)
    assert interpolate(points, 3000) == (50.0, False)
    assert interpolate(points, 900) == (0.0, True)
    assert interpolate(points, 3100) == (50.0, True)


def test_calibrate_readings() -> None:
    readings = [RawReading("P1", "2024-04-01T00:00:00", 1500), RawReading("P1", "2024-04-01T00:15:00", None),
                RawReading("P1", "2024-04-01T00:30:00", 3333)]
    assert calibrate(readings, {"P1": CERT}) == [
        Calibrated("P1", "2024-04-01T00:00:00", 10.0, False),
        Calibrated("P1", "2024-04-01T00:15:00", None, False),
        Calibrated("P1", "2024-04-01T00:30:00", 50.0, True),
    ]


def test_temperature_offset() -> None:
    readings = [RawReading("P1", "t", 1600)]
    assert calibrate(readings, {"P1": CERT}, {"P1": 100.0})[0].vwc == 10.0


def test_rounding() -> None:
    assert calibrate([RawReading("P1", "t", 1001)], {"P1": CERT})[0].vwc == 0.02


def test_unknown_probe() -> None:
    with pytest.raises(KeyError):
        calibrate([RawReading("P9", "t", 1500)], {"P1": CERT})
