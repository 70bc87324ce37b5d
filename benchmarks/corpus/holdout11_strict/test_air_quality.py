"""Strict equivalence tests for exceedance_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from airwatch.rolling import exceedance_report
from strict_support import assert_same

TARGET = "airwatch/rolling.py:exceedance_report"


def _rolling(values, window=24, min_valid=18):
    if window < 1 or min_valid < 1:
        raise ValueError("window and min_valid must be at least 1")
    means = []
    for end in range(len(values)):
        if end + 1 < window:
            means.append(None)
            continue
        valid = [value for value in values[end + 1 - window : end + 1] if value is not None]
        means.append(round(sum(valid) / len(valid), 1) if len(valid) >= min_valid else None)
    return means


def reference(series, limit=15.0, window=24, min_valid=18):
    report = {}
    for station, values in series.items():
        means = _rolling(values, window, min_valid)
        valid = [(mean, hour) for hour, mean in enumerate(means) if mean is not None]
        if valid:
            peak = max(mean for mean, _ in valid)
            peak_hour = next(hour for mean, hour in valid if mean == peak)
        else:
            peak, peak_hour = None, None
        report[station] = {
            "hours": len(values),
            "valid_hours": len(valid),
            "peak": peak,
            "peak_hour": peak_hour,
            "exceedances": sum(1 for mean, _ in valid if mean > limit),
        }
    return report


N = None
CASES = [
    ({},),
    ({"A": []},),
    ({"A": [5]},),
    ({"A": [5]}, 15.0, 1, 1),
    ({"A": [5, 6, 7]}, 5, 1, 1),
    ({"A": [5, 6, 7]}, 5, 0, 1),
    ({"A": [5, 6, 7]}, 5, 2, 0),
    ({"A": [5, 6, 7]}, 5, -3, 1),
    ({}, 5, 0, 0),
    ({"A": [5, 6, 7]}, 5, 2, 3),
    ({"A": [5, 6, 7]}, 5, 3, 3),
    ({"A": [5, 6, 7]}, 5, 4, 1),
    ({"A": [N, N, N, N]}, 5, 2, 1),
    ({"A": [0, 0, 0, 0]}, 0, 2, 1),
    ({"A": [1, 2, 1, 2, 1, 2]}, 1.5, 2, 2),
    ({"A": [1, 1, 2, 2, 1, 1]}, 1.3, 3, 1),
    ({"A": [10, N, 30, N, 50, N, N, N, 5]}, 20, 3, 1),
    ({"A": [10, N, 30, N, 50, N, N, N, 5]}, 20, 3, 2),
    ({"A": [7, 7, 9, 9, 7, 7, 9, 9]}, 8, 2, 2),
    ({"A": [3, 8, 3, 8]}, 5.5, 2, 1),
    ({"A": [1, 2, 3, 4, 5] * 10, "B": [N] * 30, "C": []}, 2.9, 5, 4),
    ({"Zürich": [12] * 30, "São Paulo": [40] * 30}, 15.0),
    ({"A": [12] * 23},),
    ({"A": [12] * 24},),
    ({"A": [12] * 23 + [N]},),
    ({"A": [N] * 6 + [30] * 18},),
    ({"A": [N] * 7 + [30] * 18},),
    ({"A": (1, 2, 3, 4)}, 2, 2, 1),
    ({"A": [1, 2, 3, 4]}, 2.5, 2, 1),
    ({"A": [1, 2, "x", 4]}, 2, 2, 1),
    ({"A": [1, 2, 3, 4], "B": [1, "x"]}, 2, 2, 1),
    ({"A": [10 ** 18, 10 ** 18, 1]}, 1, 2, 1),
    ({"A": [-5, 5, -5, 5]}, 0, 2, 2),
    ({1: [1, 2], (2, 3): [3, 4]}, 1, 1, 1),
]


def _random():
    rng = random.Random(1952)
    for n in range(130):
        series = {}
        for s in range(rng.randint(1, 4)):
            length = rng.randint(0, 120)
            missing = rng.choice([0.0, 0.1, 0.4, 0.9])
            series[f"S{s}"] = [None if rng.random() < missing else rng.randint(0, 40) for _ in range(length)]
        window = rng.choice([1, 2, 3, 8, 24, 24, 24, 100])
        min_valid = rng.randint(1, window + 1)
        limit = rng.choice([15.0, 15, 25.0, 0, 12.5])
        yield series, limit, window, min_valid


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(exceedance_report, reference, *case)


def test_year_of_hourly_data() -> None:
    rng = random.Random(6)
    series = {f"S{s}": [None if rng.random() < 0.05 else rng.randint(0, 60) for _ in range(24 * 120)] for s in range(3)}
    assert_same(exceedance_report, reference, series)
    assert_same(exceedance_report, reference, series, 20.0, 8, 6)


def test_defaults() -> None:
    series = {"A": [10] * 30 + [30] * 30}
    assert exceedance_report(series) == reference(series)
