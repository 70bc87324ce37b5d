from datetime import datetime

import pytest

from site_noise.compliance import Exceedance, exceedances
from site_noise.levels import rolling_statistical_levels
from site_noise.readings import parse_monitor_export


def test_parse_export_fills_gaps() -> None:
    start, levels = parse_monitor_export("time,laeq\n2024-05-01T07:00:00,55.0\n2024-05-01T07:00:03,57.5\n")
    assert start == datetime(2024, 5, 1, 7)
    assert levels == [55.0, None, None, 57.5]
    with pytest.raises(ValueError):
        parse_monitor_export("2024-05-01T07:00:03,55\n2024-05-01T07:00:01,56\n")
    with pytest.raises(ValueError):
        parse_monitor_export("time,laeq\n")


def test_l10_and_l90() -> None:
    levels = [float(value) for value in range(50, 60)]
    rolling = rolling_statistical_levels(levels, window=10, min_coverage=1.0)
    assert rolling[:9] == [None] * 9
    assert rolling[9] == (59.0, 51.0)
    rolling = rolling_statistical_levels(levels, window=4, exceeded=(0, 50, 100), min_coverage=0)
    assert rolling[0] == (50.0, 50.0, 50.0)
    assert rolling[9] == (59.0, 58.0, 56.0)


def test_gaps_and_coverage() -> None:
    rolling = rolling_statistical_levels([60.0, None, None, 62.0], window=2, exceeded=(10,), min_coverage=0.5)
    assert rolling == [(60.0,), (60.0,), None, (62.0,)]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        rolling_statistical_levels([50.0], window=0)
    with pytest.raises(ValueError):
        rolling_statistical_levels([50.0], exceeded=(10, 101))


def test_exceedances() -> None:
    start = datetime(2024, 5, 1, 7)
    rolling = [70.0] * 3 + [76.0, 77.0, 75.5] + [None] + [80.0] * 2
    assert exceedances(start, rolling, 75.0, min_seconds=2) == [
        Exceedance(datetime(2024, 5, 1, 7, 0, 3), 3, 77.0),
        Exceedance(datetime(2024, 5, 1, 7, 0, 7), 2, 80.0),
    ]
    assert exceedances(start, rolling, 75.0, min_seconds=4) == []
