"""Strict equivalence tests for rate_of_rise (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from roast_profiles.ror import rate_of_rise

TARGET = "roast_profiles/ror.py:rate_of_rise"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(readings, window=30, span=60, interval_s=0.5):
    if window < 1 or span < 1:
        raise ValueError("window and span must be at least one sample")
    if interval_s <= 0:
        raise ValueError("the sampling interval must be positive")
    smoothed = []
    for index in range(len(readings)):
        total = 0
        count = 0
        for position in range(max(0, index - window + 1), index + 1):
            value = readings[position]
            if value is not None:
                total += value
                count += 1
        smoothed.append(total / count / 10 if count else None)
    rates = []
    for index, current in enumerate(smoothed):
        before = smoothed[index - span] if index >= span else None
        if current is None or before is None:
            rates.append(None)
        else:
            rates.append(round((current - before) * 60 / (span * interval_s), 1))
    return rates


# --- cases -------------------------------------------------------------------------------

RAMP = [1000 + 7 * i for i in range(40)]
GAPPY = [1500, None, 1510, 1525, None, None, 1530, 1542, 1549, None, 1561, 1570, 1585, None, 1600]

CASES = [
    ([],),
    ((),),
    ([], 0),
    ([], 1, 0),
    ([], 1, 1, 0),
    ([1000],),
    ([None],),
    ([None] * 10, 2, 1, 1),
    (RAMP,),
    (tuple(RAMP),),
    (RAMP, 1, 1, 1),
    (RAMP, 1, 1, 0.5),
    (RAMP, 3, 2, 1),
    (RAMP, 40, 39, 1),
    (RAMP, 41, 40, 1),
    (RAMP, 100, 5, 2),
    (RAMP, 5, 100, 2),
    (RAMP, 0, 5, 1),
    (RAMP, -3, 5, 1),
    (RAMP, 5, 0, 1),
    (RAMP, 5, -1, 1),
    (RAMP, 5, 5, 0),
    (RAMP, 5, 5, -0.5),
    (RAMP, 5, 5, 0.0),
    (RAMP, 5, 5, True),
    (RAMP, True, True, True),
    (RAMP, 5, 5, 3),
    (RAMP, 5, 5, 1e-9),
    (RAMP, 5, 5, 1e300),
    (RAMP, 5, 5, float("inf")),
    (RAMP, 2.0, 3, 1),
    (RAMP, 2.5, 3, 1),
    ([1000, 1010], 2.5, 1, 1),
    ([1000, 1010, 1020], 2.5, 1, 1),
    (RAMP, 3, 2.0, 1),
    ([1000], 3, 2.5, 1),
    (RAMP, None, 3, 1),
    (RAMP, 3, None, 1),
    (RAMP, 3, 3, None),
    ([], None, 3, 1),
    (RAMP, "3", 3, 1),
    (GAPPY, 1, 1, 1),
    (GAPPY, 2, 1, 1),
    (GAPPY, 3, 4, 0.5),
    (GAPPY, 4, 2, 2),
    (GAPPY, 15, 1, 1),
    ([None, None, 1000, None, None, 1010, None, None], 1, 1, 1),
    ([None, None, 1000, None, None, 1010, None, None], 2, 3, 1),
    ([None, None, 1000, None, None, 1010, None, None], 3, 3, 1),
    ([0, 0, 0, 0, 0, 0], 2, 2, 1),
    ([-400, -395, -390, -380, -370], 2, 1, 1),
    ([5, -5, 5, -5, 5, -5, 5], 2, 1, 1),
    ([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 5, 10 ** 20 + 9], 2, 1, 1),
    ([2 ** 60, 1, 2 ** 60, 1, 3, 3, 3, 3], 3, 2, 1),
    ([True, False, True, True, None, False], 2, 1, 1),
    ([1500.0, 1502.5, 1505.0, 1506.25, 1510.5], 2, 1, 1),
    ([1500, 1502.5, None, 1506.0, 1510], 2, 1, 1),
    ([1500, "1510", 1520], 2, 1, 1),
    ([1500, 1510, "x"], 1, 1, 1),
    ([1500, [1510], 1520], 2, 1, 1),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4, 4, 1),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4, 4, 0.25),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4, 4, 3),
    ([1000, 1001, 1002, 1003], 1, 1, 7),
    ([1000, 1001, 1002, 1003], 1, 3, 7),
    ([1000, 1005, 1000, 1005, 1000, 1005], 1, 1, 6),
    (None,),
    (1000,),
    ("1000",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(rate_of_rise, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(rate_of_rise, reference, readings=GAPPY, window=3, span=2, interval_s=1)
    assert_same(rate_of_rise, reference, RAMP, span=4)
    assert_same(rate_of_rise, reference, RAMP, interval_s=2)
    assert_same(rate_of_rise, reference, RAMP, window=7)


def _random_cases():
    rng = random.Random(29021)
    for _ in range(230):
        length = rng.randint(0, 160)
        temp = rng.randint(800, 2200)
        readings = []
        for _ in range(length):
            temp += rng.randint(-6, 14)
            readings.append(None if rng.random() < rng.choice([0.0, 0.05, 0.3, 0.9]) else temp)
        if readings and rng.random() < 0.1:
            readings = [value if value is None else value / 2 for value in readings]
        window = rng.choice([1, 2, 3, 5, 8, 16, 30, 61, 200])
        span = rng.choice([1, 2, 4, 10, 30, 60, 170])
        interval = rng.choice([0.5, 1, 2, 1.5, 0.25, 3])
        yield (readings if rng.random() < 0.85 else tuple(readings), window, span, interval)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(rate_of_rise, reference, *case)


def test_full_batch() -> None:
    """A realistic 19-minute batch logged at 2 Hz, with a few probe dropouts."""
    rng = random.Random(2903)
    temp, readings = 205.0, []
    for sample in range(2300):
        temp = temp - (temp - 85) * 0.02 if sample < 120 else temp + max(0.02, (230 - temp) * 0.0012)
        readings.append(None if rng.random() < 0.004 else int(round(temp * 10)) + rng.randint(-3, 3))
    assert_same(rate_of_rise, reference, readings)
    assert_same(rate_of_rise, reference, readings, 16, 60, 0.5)
