from leakwatch.alerts import LeakAlert, flag_leaks
from leakwatch.readings import Reading, day_gap, district_baseline


def week(meter, district, litres, night=0, start=1):
    return [Reading(meter, district, f"2024-03-{start + n:02d}", value, night) for n, value in enumerate(litres)]


NEIGHBOURS = [reading for n in range(6) for reading in week(f"M{n}", "D1", [300] * 5)]


def test_baseline() -> None:
    readings = week("A", "D1", [100, 200]) + week("B", "D1", [300, 200]) + week("C", "D2", [999, 999])
    assert district_baseline(readings, "D1", "2024-03-01") == (200, 100.0)
    assert district_baseline(readings, "D1", "2024-03-02") == (200, 0.0)


def test_day_gap() -> None:
    assert day_gap("2024-02-28", "2024-03-01") == 2
    assert day_gap("2024-03-01", "2024-03-01") == 0


def test_no_readings() -> None:
    assert flag_leaks([]) == []


def test_quiet_district_has_no_alerts() -> None:
    assert flag_leaks(NEIGHBOURS) == []


def test_night_flow_run() -> None:
    readings = NEIGHBOURS + week("LEAK", "D1", [300] * 5, night=40)
    assert flag_leaks(readings) == [LeakAlert("LEAK", "D1", "2024-03-01", "2024-03-05", 5, 0.0, True)]


def test_high_usage_run() -> None:
    readings = NEIGHBOURS + week("LEAK", "D1", [300, 2000, 2000, 2000, 300])
    (alert,) = flag_leaks(readings, sigma=2.0)
    assert (alert.first_day, alert.last_day, alert.days, alert.night_flow) == ("2024-03-02", "2024-03-04", 3, False)
    assert alert.excess_litres == round(3 * (2000 - (6 * 300 + 2000) / 7), 1)


def test_short_runs_and_gaps_are_ignored() -> None:
    readings = NEIGHBOURS + week("LEAK", "D1", [300] * 2, night=40) + week("LEAK", "D1", [300] * 2, night=40, start=4)
    assert flag_leaks(readings) == []
    assert len(flag_leaks(readings, min_days=2)) == 2
