import pytest

from tidegauge.extremes import find_extremes, tidal_ranges


def test_simple_peak_and_trough() -> None:
    levels = [1, 2, 3, 2, 1, 0, 1, 2]
    assert find_extremes(levels, 2) == [(0, "low", 1), (2, "high", 3), (5, "low", 0), (7, "high", 2)]


def test_flat_top_reports_first_reading() -> None:
    assert find_extremes([0, 5, 5, 0, -1], 1) == [(0, "low", 0), (1, "high", 5), (4, "low", -1)]


def test_wide_window_suppresses_small_wiggles() -> None:
    levels = [0, 3, 2, 2.5, 1, 0, -2, 0]
    assert [e[0] for e in find_extremes(levels, 3) if e[1] == "high"] == [1]


def test_empty() -> None:
    assert find_extremes([], 5) == []


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        find_extremes([1, 2, 3], 0)


def test_constant_series_is_one_high() -> None:
    assert find_extremes([2.0] * 6, 10) == [(0, "high", 2.0)]


def test_tidal_ranges() -> None:
    assert tidal_ranges([(0, "low", 1.0), (5, "high", 4.0), (9, "low", 0.5)]) == [3.0, 3.5]
