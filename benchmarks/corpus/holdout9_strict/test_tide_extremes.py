"""Strict equivalence tests for find_extremes (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from tidegauge.extremes import find_extremes
from strict_support import assert_same

TARGET = "tidegauge/extremes.py:find_extremes"


def reference(levels, half_window):
    if half_window < 1:
        raise ValueError("half_window must be at least 1")
    events = []
    for index, level in enumerate(levels):
        start = max(0, index - half_window)
        window = levels[start:index + half_window + 1]
        if level == max(window) and window.index(level) == index - start:
            events.append((index, "high", level))
        elif level == min(window) and window.index(level) == index - start:
            events.append((index, "low", level))
    return events


CASES = [
    ([], 1),
    ([], 50),
    ([1.0], 1),
    ([1.0], 100),
    ([1, 1], 1),
    ([1, 2], 1),
    ([2, 1], 1),
    ([1, 2, 3, 2, 1, 0, 1, 2], 2),
    ([0, 5, 5, 0, -1], 1),
    ([0, 5, 5, 0, -1], 2),
    ([5, 0, 5, 0, 5], 1),
    ([5, 0, 5, 0, 5], 2),
    ([0, 0, 0, 1, 0, 0, 0], 1),
    ([0, 0, 0, 1, 0, 0, 0], 3),
    ([3, 3, 3, 3], 1),
    ([3, 3, 3, 3], 2),
    ([3.0, 3, 3.0, 3], 1),
    ([1, 1.0, True, 0, False], 1),
    ([1, 2, 3, 4, 5, 6], 2),
    ([6, 5, 4, 3, 2, 1], 2),
    ([1, 3, 2, 3, 1], 1),
    ([1, 3, 2, 3, 1], 2),
    ([1, -3, 2, -3, 1], 2),
    ([0.1 + 0.2, 0.3, 0.30000000000000004], 1),
    ([-0.0, 0.0, -0.0], 1),
    ([math.inf, 1, -math.inf, 2], 1),
    ([Fraction(1, 3), 0.5, Fraction(1, 2), 0.25], 1),
    ((1, 2, 3, 2, 1), 1),
    ((1, 2, 3, 2, 1), 2),
    ([1, 2, 3, 2, 1], 10**6),
    ([1, 2, 3], 0),
    ([1, 2, 3], -4),
    ([], 0),
    ([1, 2], 1.0),
    (["b", "a", "c", "a"], 1),
    ([1, "a"], 1),
    ([1, None, 2], 1),
]


def _random():
    rng = random.Random(6020)
    for n in range(130):
        size = rng.randint(0, 120)
        kind = n % 4
        if kind == 0:
            levels = [rng.randint(0, 4) for _ in range(size)]
        elif kind == 1:
            levels = [round(math.sin(i / rng.uniform(2, 9)) + rng.gauss(0, 0.1), 1) for i in range(size)]
        elif kind == 2:
            levels = [round(rng.uniform(-1, 1), 3) for _ in range(size)]
        else:
            levels = [rng.choice([0, 0.0, 1, 1.0, 2]) for _ in range(size)]
        yield levels, rng.choice([1, 1, 2, 3, 5, 8, 20, 200])


@pytest.mark.parametrize("levels, half_window", CASES + list(_random()))
def test_same_as_reference(levels, half_window) -> None:
    assert_same(find_extremes, reference, levels, half_window)


@pytest.mark.parametrize("half_window", [1, 17, 150, 400])
def test_large_series(half_window) -> None:
    rng = random.Random(half_window)
    levels = []
    for minute in range(6000):
        levels.append(round(2 * math.cos(minute / 118.6) + rng.gauss(0, 0.05), 2))
    assert_same(find_extremes, reference, levels, half_window)
