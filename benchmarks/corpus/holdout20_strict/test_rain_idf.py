"""Strict equivalence tests for annual_maxima (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from raingauge.idf import annual_maxima
from strict_support import assert_same

TARGET = "raingauge/idf.py:annual_maxima"


# --- verbatim copy of the original implementation and its helpers -------------------------

def max_window_total(bins, width):
    best, best_start = -1, None
    for start in range(len(bins) - width + 1):
        total = sum(bins[start:start + width])
        if total > best:
            best, best_start = total, start
    return best, best_start


def reference(bins, durations, bin_minutes=5, bucket_mm=0.2):
    result = {}
    for duration in durations:
        if duration <= 0 or duration % bin_minutes:
            raise ValueError(f"duration {duration} is not a positive multiple of {bin_minutes} minutes")
        width = duration // bin_minutes
        if width > len(bins):
            result[duration] = None
            continue
        tips, start = max_window_total(bins, width)
        result[duration] = (round(tips * bucket_mm, 1), start * bin_minutes)
    return result


# --- cases -------------------------------------------------------------------------------

STANDARD = [5, 10, 15, 30, 60, 120]

CASES = [
    ([], []),
    ([], [5]),
    ([], STANDARD),
    ([0], [5]),
    ([3], [5]),
    ([3], [5, 10]),
    ([1, 2], [5, 10, 15]),
    ([0] * 10, [5, 20, 50, 55]),
    ([0, 2, 7, 1, 0, 0, 4, 4, 0], [5, 10, 15]),
    ([0, 2, 7, 1, 0, 0, 4, 4, 0], [15, 10, 5]),
    ([0, 2, 7, 1, 0, 0, 4, 4, 0], [45]),
    ([1, 3, 0, 3, 1], [10]),
    ([5, 0, 5, 0, 5], [5, 10, 15]),
    ([5, 5, 5, 5], [5, 10, 15, 20, 25]),
    ([0, 0, 0, 9], [5, 10, 15, 20]),
    ([9, 0, 0, 0], [5, 10, 15, 20]),
    ([1, 0, 3], [2, 4], 2, 0.5),
    ([1, 0, 3], [2, 4, 6], 2, 1),
    ([1, 0, 3], [1, 2, 3], 1, 1),
    ([1, 0, 3], [1, 2, 3], 1, 0.1),
    ([7, 7, 7], [5], 5, 0.3),
    ([1, 1, 1, 1, 1, 1, 1], [5, 15, 35], 5, 0.25),
    ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [5, 10, 20, 30, 55]),
    ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [60], 10, 0.2),
    ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [60, 110], 10),
    ([2, 2, 0, 4, 0, 0, 4], [10]),
    ([0, 4, 0, 0, 4, 0, 0], [5, 10]),
    ((4, 1, 0, 2), [5, 10]),
    ([True, False, True, True], [5, 10, 15]),
    ([True, True], [5], 5, 1),
    ([10 ** 20, 1, 10 ** 20], [5, 10, 15]),
    ([1, 2, 3], [5, 5, 10]),
    ([1, 2, 3], [10, 5, 10]),
    ([1, 2, 3], (5, 10)),
    ([1, 2, 3], {10, 5}),
    ([1, 2, 3], {5: "a", 15: "b"}),
    ([0, -1, 0], [5, 10]),
    ([-1, -1], [10]),
    ([-1, 0, 3, -5, 4], [5, 10, 15]),
    ([1, 2, 3], [5], 5, 0.0),
    ([1, 2, 3], [5], 5, -0.2),
    ([1, 2, 3], [5], 5, 2.675),
    ([1, 2, 3], [5], 5, 0.15),
    ([1, 2, 3], [5], 5, 0.05),
    ([13, 2, 3], [5], 5, 0.25),
    # invalid input
    ([1, 2, 3], [7]),
    ([1, 2, 3], [5, 7]),
    ([1, 2, 3], [0]),
    ([1, 2, 3], [-5]),
    ([1, 2, 3], [5, 0]),
    ([], [3]),
    ([1, 2, 3], [5], 0),
    ([1, 2, 3], [5.0]),
    ([1, 2, 3], [7.5], 2.5),
    ([1, 2, 3], ["5"]),
    ([1, 2, 3], [None]),
    ([1, 2, 3], None),
    ([1, 2, 3], 5),
    (None, [5]),
    (None, []),
    ([-3, -2], [5]),
    ([-3, -2], [10]),
    ([1, None, 3], [5]),
    ([1, None, 3], [15]),
    ([1, "2", 3], [5]),
    ([1, 2, 3], [5], 5, None),
    ([1, 2, 3], [5], 5, "0.2"),
    ([], [5], 5, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(annual_maxima, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(annual_maxima, reference, bucket_mm=0.5, bin_minutes=10, durations=[10, 30], bins=[1, 4, 2, 0, 6])


def test_bins_are_not_modified() -> None:
    bins = [0, 3, 1, 4, 1, 5]
    durations = [5, 10]
    annual_maxima(bins, durations)
    assert bins == [0, 3, 1, 4, 1, 5] and durations == [5, 10]


def _storm_record(rng, length):
    bins = [0] * length
    for _ in range(rng.randint(0, 6)):
        start = rng.randrange(length) if length else 0
        for offset in range(rng.randint(1, 25)):
            if start + offset < length:
                bins[start + offset] += rng.choice([0, 1, 1, 2, 3, 5, 8])
    if rng.random() < 0.2 and length:
        for _ in range(rng.randint(1, 5)):
            bins[rng.randrange(length)] = rng.choice([1, 4, 4, 10])
    return bins


def _random_cases():
    rng = random.Random(3232)
    for index in range(180):
        bin_minutes = rng.choice([1, 2, 5, 5, 5, 10, 15])
        bins = _storm_record(rng, rng.choice([0, 1, 2, 3, 7, 20, 60, 150, 300]))
        durations = sorted({bin_minutes * rng.choice([1, 2, 3, 4, 6, 12, 24, 36, 72]) for _ in range(rng.randint(0, 7))})
        if index % 4 == 0:
            rng.shuffle(durations)
        bucket = rng.choice([0.2, 0.2, 0.1, 0.5, 0.25, 1, 0.254])
        yield (bins, durations, bin_minutes, bucket) if index % 3 else (bins, durations, bin_minutes)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(annual_maxima, reference, *case)


def test_year_of_five_minute_bins() -> None:
    rng = random.Random(11)
    bins = _storm_record(rng, 6000) + [0] * 3000 + _storm_record(rng, 3000)
    assert_same(annual_maxima, reference, bins, [5, 10, 15, 30, 60, 120, 360, 720, 1440])
