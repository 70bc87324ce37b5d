import math

import pytest

from telemetry.smoothing import rolling_median


def test_odd_window_removes_spikes() -> None:
    assert list(rolling_median([1, 2, 90, 3, 4], 3)) == [2, 3, 4]


def test_even_window_averages_the_middle() -> None:
    assert list(rolling_median([1, 3, 5, 7], 2)) == [2.0, 4.0, 6.0]


def test_short_input_yields_nothing() -> None:
    assert list(rolling_median([1.0, 2.0], 3)) == []
    assert list(rolling_median([], 1)) == []


def test_window_of_one_is_identity() -> None:
    assert list(rolling_median([3, 1, 2], 1)) == [3, 1, 2]


def test_errors() -> None:
    with pytest.raises(ValueError):
        list(rolling_median([1, 2], 0))
    medians = rolling_median([1.0, 2.0, math.nan], 1)
    assert next(medians) == 1.0 and next(medians) == 2.0
    with pytest.raises(ValueError):
        next(medians)
