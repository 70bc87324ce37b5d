import pytest

from raingauge.gauge import bin_tips
from raingauge.idf import annual_maxima, max_window_total


def test_bin_tips() -> None:
    assert bin_tips([0, 1, 4, 5, 9, 12, 30], 0, 15) == [3, 2, 1]
    assert bin_tips([], 0, 11, 5) == [0, 0, 0]
    with pytest.raises(ValueError):
        bin_tips([1], 0, 10, 0)


def test_max_window_total_prefers_earliest() -> None:
    assert max_window_total([1, 3, 0, 3, 1], 2) == (4, 0)
    assert max_window_total([0, 0, 5, 0, 5], 1) == (5, 2)


def test_annual_maxima_depths() -> None:
    bins = [0, 2, 7, 1, 0, 0, 4, 4, 0]
    result = annual_maxima(bins, [5, 10, 15])
    assert result == {5: (1.4, 10), 10: (1.8, 5), 15: (2.0, 5)}


def test_dry_year() -> None:
    assert annual_maxima([0] * 10, [5, 20]) == {5: (0.0, 0), 20: (0.0, 0)}


def test_duration_longer_than_record() -> None:
    assert annual_maxima([1, 2], [5, 10, 15]) == {5: (0.4, 5), 10: (0.6, 0), 15: None}


def test_bad_duration() -> None:
    with pytest.raises(ValueError):
        annual_maxima([1, 2, 3], [7])
    with pytest.raises(ValueError):
        annual_maxima([1, 2, 3], [0])


def test_other_bucket_and_bin() -> None:
    assert annual_maxima([1, 0, 3], [2, 4], bin_minutes=2, bucket_mm=0.5) == {2: (1.5, 4), 4: (1.5, 2)}
