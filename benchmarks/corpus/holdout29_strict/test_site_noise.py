"""Strict equivalence tests for rolling_statistical_levels (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from strict_support import assert_same
from site_noise.levels import rolling_statistical_levels

TARGET = "site_noise/levels.py:rolling_statistical_levels"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(levels, window=300, exceeded=(10, 90), min_coverage=0.5):
    if window < 1:
        raise ValueError("the window must be at least one second")
    for percent in exceeded:
        if not 0 <= percent <= 100:
            raise ValueError(f"percentage {percent} is outside 0-100")
    results = []
    for second in range(len(levels)):
        start = max(0, second - window + 1)
        ordered = sorted((value for value in levels[start:second + 1] if value is not None), reverse=True)
        if not ordered or len(ordered) < min_coverage * window:
            results.append(None)
            continue
        count = len(ordered)
        results.append(tuple(ordered[max(1, math.ceil(percent * count / 100)) - 1] for percent in exceeded))
    return results


# --- cases -------------------------------------------------------------------------------

TEN = [float(value) for value in range(50, 60)]
WAVY = [61.2, 60.8, 63.5, 70.1, 72.4, 68.0, 61.1, 60.9, 59.7, 75.3, 74.8, 62.2, 61.0, 60.5, 61.2, 61.2]
GAPS = [55.0, None, None, 57.5, 58.0, None, 62.5, None, None, None, 60.0, 61.5]

CASES = [
    ([],),
    ((),),
    ([], 0),
    ([], 5, (101,)),
    ([], 5, (10,), None),
    ([60.0],),
    ([60.0], 1),
    ([None],),
    ([None, None, None], 2, (10, 90), None),
    ([60.0, None], 2, (10, 90), None),
    (TEN, 10),
    (TEN, 10, (10, 90), 1.0),
    (TEN, 10, (10, 90), 1),
    (TEN, 4, (0, 50, 100), 0),
    (TEN, 4, (0, 50, 100), -1),
    (TEN, 4, (50,), 1.01),
    (TEN, 4, (), 0),
    (TEN, 4, [90, 10], 0),
    (TEN, 4, (10, 10, 10), 0),
    (TEN, 4, (99.9, 0.1), 0),
    (TEN, 4, (33.333, 66.667), 0),
    (TEN, 3, (True, False), 0),
    (TEN, 3, (101,), 0),
    (TEN, 3, (-0.001,), 0),
    (TEN, 3, (10, "90"), 0),
    (TEN, 3, None, 0),
    (TEN, 3, (float("inf"),), 0),
    (TEN, 0),
    (TEN, -5),
    (TEN, True, (10, 90), 0),
    (TEN, 2.0, (10, 90), 0),
    (TEN, 2.5, (10, 90), 0),
    ([60.0, 61.0], 2.5, (10, 90), 0),
    (TEN, None),
    (TEN, 1000, (10, 90), 0),
    (TEN, 1000, (10, 90), 0.5),
    (TEN, 20, (10, 90), 0.5),
    (TEN, 4, (10, 90), 0.75),
    (TEN, 4, (10, 90), "0.5"),
    (WAVY, 5),
    (WAVY, 5, (10, 50, 90), 0),
    (WAVY, 8, (5, 95), 0.9),
    (WAVY, 16, (1, 99), 0),
    (tuple(WAVY), 6, (10, 90), 0),
    (GAPS, 3, (10, 90), 0),
    (GAPS, 3, (10, 90), 0.5),
    (GAPS, 3, (10, 90), 0.34),
    (GAPS, 4, (0, 100), 0.5),
    (GAPS, 1, (50,), 1),
    ([60, 60.0, 60, 60.0], 4, (0, 25, 50, 75, 100), 0),
    ([60.0, 60, 61, 61.0, 60], 3, (0, 50, 100), 0),
    ([1, 1.0, True, 1, 1.0], 5, (0, 20, 40, 60, 80, 100), 0),
    ([True, False, True, None, False], 3, (10, 90), 0),
    ([-0.0, 0.0, -0.0, 0.0], 2, (0, 100), 0),
    ([float("inf"), 60.0, float("-inf"), 1e308, -1e308], 3, (0, 50, 100), 0),
    ([5e-324, 0.0, 1e-300], 2, (10, 90), 0),
    ([10 ** 20, 10 ** 20 + 1, 3], 2, (10, 90), 0),
    (["60.0", "70.0", "65.5"], 2, (10, 90), 0),
    (["60.0", None, "9.5"], 2, (10, 90), 0),
    ([60.0, "70.0"], 2, (10, 90), 0),
    ([60.0, 61.0, "70.0"], 2, (10, 90), 0),
    ([60.0, (61.0,)], 2, (10, 90), 0),
    ([(60.0,), (61.0, 1), (59.0,)], 2, (50,), 0),
    (None,),
    (60.0,),
    ("noise",),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(rolling_statistical_levels, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(rolling_statistical_levels, reference, levels=WAVY, window=4, exceeded=(90, 10), min_coverage=0.25)
    assert_same(rolling_statistical_levels, reference, GAPS, min_coverage=0)
    assert_same(rolling_statistical_levels, reference, WAVY, exceeded=(50,))
    assert_same(rolling_statistical_levels, reference, TEN, window=3)


def _random_cases():
    rng = random.Random(29031)
    for _ in range(230):
        length = rng.randint(0, 240)
        base = rng.uniform(45, 70)
        gap_rate = rng.choice([0.0, 0.0, 0.05, 0.4, 0.95])
        resolution = rng.choice([1, 1, 0])
        levels = []
        for _ in range(length):
            if rng.random() < gap_rate:
                levels.append(None)
            else:
                value = round(base + rng.gauss(0, 4), resolution)
                levels.append(int(value) if resolution == 0 and rng.random() < 0.5 else value)
        window = rng.choice([1, 2, 3, 7, 10, 30, 60, 300])
        exceeded = rng.choice([(10, 90), (90, 10), (1, 5, 10, 50, 90, 95, 99), (0, 100), (50,), (25.5, 75.25), ()])
        coverage = rng.choice([0, 0.5, 0.9, 1.0, 0.1])
        yield (levels if rng.random() < 0.85 else tuple(levels), window, exceeded, coverage)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(rolling_statistical_levels, reference, *case)


def test_hour_of_piling() -> None:
    """A realistic hour of 1-second readings with piling bursts and a short monitor outage."""
    rng = random.Random(2904)
    levels = []
    for second in range(3600):
        level = 58 + 4 * math.sin(second / 600) + rng.gauss(0, 2.5) + (15 if (second // 240) % 3 == 1 else 0)
        levels.append(None if 1800 <= second < 1830 else round(level, 1))
    assert_same(rolling_statistical_levels, reference, levels)
    assert_same(rolling_statistical_levels, reference, levels, 900, (10, 50, 90), 0.75)
