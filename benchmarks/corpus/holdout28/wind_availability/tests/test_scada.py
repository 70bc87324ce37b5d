import pytest

from scada.availability import AvailabilityReport, monthly_availability
from scada.powercurve import PowerCurve, expected_power
from scada.records import TenMinuteRecord, TurbineLog, parse_records

CURVE = PowerCurve(((3.0, 0.0), (5.0, 200.0), (10.0, 2000.0), (25.0, 2000.0)))


def test_expected_power_interpolates() -> None:
    assert expected_power(CURVE, 2.0) == 0.0
    assert expected_power(CURVE, 4.0) == 100.0
    assert expected_power(CURVE, 12.0) == 2000.0
    assert expected_power(CURVE, 26.0) == 0.0


def test_log_orders_records_and_returns_copies() -> None:
    log = TurbineLog("T1", 2000.0, [TenMinuteRecord(10, 5.0, 200.0, 0), TenMinuteRecord(0, 5.0, 200.0, 0)])
    assert [record.minute for record in log.records] == [0, 10]
    log.records.clear()
    assert len(log) == 2


def test_parse_records() -> None:
    lines = ["# turbine T1", "0;5.5;210.0;0", "", "10;6.0;0.0;2"]
    assert parse_records(lines) == [TenMinuteRecord(0, 5.5, 210.0, 0), TenMinuteRecord(10, 6.0, 0.0, 2)]


def test_availability_of_a_short_month() -> None:
    records = [
        TenMinuteRecord(0, 10.0, 1800.0, 0),
        TenMinuteRecord(10, 10.0, 0.0, 2),
        TenMinuteRecord(20, 10.0, -5.0, 2),
        TenMinuteRecord(30, 2.0, 0.0, 1),
        TenMinuteRecord(40, 10.0, 1200.0, 0),
        TenMinuteRecord(60, 4.0, 0.0, 2),
    ]
    report = monthly_availability(TurbineLog("T1", 2000.0, records), CURVE, month_minutes=70)
    assert report == AvailabilityReport("T1", 7, 1, 33.33, 0.5, 0.683, 42.25, 2)


def test_empty_month_and_errors() -> None:
    empty = monthly_availability(TurbineLog("T2", 2000.0, []), CURVE, month_minutes=60)
    assert (empty.missing, empty.time_availability, empty.energy_availability) == (6, 0.0, 100.0)
    with pytest.raises(ValueError):
        monthly_availability(TurbineLog("T2", 2000.0, []), CURVE, month_minutes=65)
    with pytest.raises(ValueError):
        monthly_availability(TurbineLog("T2", 2000.0, [TenMinuteRecord(60, 5.0, 0.0, 0)]), CURVE, month_minutes=60)
    with pytest.raises(ValueError):
        monthly_availability(TurbineLog("T2", 2000.0, [TenMinuteRecord(0, 5.0, 0.0, 0)] * 2), CURVE, month_minutes=60)
    with pytest.raises(ValueError):
        monthly_availability(TurbineLog("T2", 2000.0, [TenMinuteRecord(0, 5.0, 0.0, 9)]), CURVE, month_minutes=60)
