import pytest

from degreedays.report import Observation, annual_totals, day_of, monthly_degree_days


def obs(station: str, stamp: str, temp: float) -> Observation:
    return Observation(station, stamp, temp)


def test_day_of() -> None:
    assert day_of(obs("X", "2023-05-06T21:00", 1.0)) == "2023-05-06"


def test_cold_day_counts_as_heating() -> None:
    report = monthly_degree_days([obs("A", "2023-01-01T00:00", 4.0), obs("A", "2023-01-01T12:00", 6.0)])
    assert report == {"A": {"2023-01": (10.5, 0.0)}}


def test_warm_day_counts_as_cooling() -> None:
    assert monthly_degree_days([obs("A", "2023-07-01T12:00", 25.5)]) == {"A": {"2023-07": (0.0, 10.0)}}


def test_custom_base() -> None:
    assert monthly_degree_days([obs("A", "2023-01-01T12:00", 10.0)], base_c=18.0) == {"A": {"2023-01": (8.0, 0.0)}}


def test_months_and_stations_are_separate() -> None:
    data = [obs("B", "2023-01-31T12:00", 5.5), obs("A", "2023-02-01T12:00", 5.5), obs("A", "2023-01-31T12:00", 15.5)]
    assert monthly_degree_days(data) == {"A": {"2023-01": (0.0, 0.0), "2023-02": (10.0, 0.0)}, "B": {"2023-01": (10.0, 0.0)}}


def test_empty() -> None:
    assert monthly_degree_days([]) == {}


def test_annual_totals() -> None:
    report = {"A": {"2023-01": (300.2, 0.0), "2023-07": (1.0, 40.3)}}
    assert annual_totals(report) == {"A": (301.2, 40.3)}
    assert annual_totals({}) == {}


def test_daily_mean_uses_all_readings() -> None:
    data = [obs("A", f"2023-03-01T{h:02d}:00", t) for h, t in [(0, 0.0), (6, 10.0), (12, 20.0)]]
    assert monthly_degree_days(data)["A"]["2023-03"] == pytest.approx((5.5, 0.0))
