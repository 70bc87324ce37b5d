import pytest

from airwatch.rolling import exceedance_report, rolling_means


def test_needs_full_window() -> None:
    assert rolling_means([10, 20, 30, 40], window=3, min_valid=3) == [None, None, 20.0, 30.0]


def test_missing_hours_skipped() -> None:
    assert rolling_means([10, None, 30, None], window=3, min_valid=2) == [None, None, 20.0, None]


def test_too_few_valid() -> None:
    assert rolling_means([10, None, None, 5], window=3, min_valid=2) == [None, None, None, None]


def test_rounding() -> None:
    assert rolling_means([1, 1, 2], window=3, min_valid=1) == [None, None, 1.3]


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        rolling_means([1, 2], window=0)


def test_report() -> None:
    report = exceedance_report({"A": [10, 20, 30, 10], "B": [None, None]}, limit=15, window=2, min_valid=1)
    assert report["A"] == {"hours": 4, "valid_hours": 3, "peak": 25.0, "peak_hour": 2, "exceedances": 2}
    assert report["B"] == {"hours": 2, "valid_hours": 0, "peak": None, "peak_hour": None, "exceedances": 0}


def test_default_24_hour_window() -> None:
    values = [12] * 30
    means = rolling_means(values)
    assert means[:23] == [None] * 23 and means[23:] == [12.0] * 7
