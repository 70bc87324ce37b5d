"""Strict equivalence tests for mean_max_power (never shown to wattlens)."""

from __future__ import annotations

import array
import math
import random

import pytest
from powerfile.curve import mean_max_power
from strict_support import assert_same

TARGET = "powerfile/curve.py:mean_max_power"


# --- verbatim copy of the original implementation and its constant --------------------------

STANDARD_DURATIONS = (1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600)


def reference(watts, durations=STANDARD_DURATIONS):
    curve = {}
    for duration in durations:
        if duration < 1:
            raise ValueError(f"duration must be at least one second, not {duration}")
        if duration > len(watts):
            continue
        best = max(sum(watts[start:start + duration]) for start in range(len(watts) - duration + 1))
        curve[duration] = round(best / duration, 1)
    return curve


# --- cases -------------------------------------------------------------------------------

SHORT = [100, 300, 200, 400, 0, 250]
FLAT = [250] * 90
CANCEL = [1e16, 1.0, 1.0, -1e16, 3.0, 3.0, 1e16, -1e16, 0.5, 0.25]
TENTHS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0] * 3

CASES = [
    ([],),
    ([], []),
    ([], [1]),
    ([], [0]),
    ([], (5, 0)),
    ((), ()),
    (SHORT,),
    (SHORT, [1, 2, 3, 6, 10]),
    (SHORT, [6]),
    (SHORT, [7]),
    (SHORT, [1]),
    (SHORT, [10, 7, 6]),
    (SHORT, [3, 3, 3]),
    (SHORT, [6, 1, 3, 2]),
    (SHORT, (2,)),
    (SHORT, range(1, 8)),
    (SHORT, {2: "a", 1: "b"}),
    (SHORT, {3}),
    (SHORT, [0]),
    (SHORT, [-1]),
    (SHORT, [2, 0]),
    (SHORT, [10, 0]),
    (SHORT, [0, 2]),
    (SHORT, [True]),
    (SHORT, [True, 1]),
    (SHORT, [1, True]),
    (SHORT, [False]),
    (SHORT, [2.0]),
    (SHORT, [10.0]),
    (SHORT, [0.5]),
    (SHORT, [1.5, 3]),
    (SHORT, [None]),
    (SHORT, ["2"]),
    (SHORT, None),
    (SHORT, 3),
    (SHORT, [10 ** 20]),
    (SHORT, [float("inf")]),
    (tuple(SHORT), [1, 2]),
    (FLAT,),
    (FLAT, [90, 89, 91]),
    ([0] * 40,),
    ([-50, -10, -30, -20], [1, 2, 4]),
    ([5], [1]),
    ([5], [1, 2]),
    ([0, 0, 0, 1000, 0, 0], [1, 2, 3, 4, 5, 6]),
    ([1000, 0, 0, 0, 1000], [2, 3, 5]),
    ([3, 1, 3, 1, 3, 1, 3], [2, 3, 4]),
    ([10 ** 20, 1, 10 ** 20], [1, 2, 3]),
    ([2 ** 63, 2 ** 63], [1, 2]),
    ([True, False, True, True], [1, 2, 3]),
    ([1, 2.5, 3, 4.25], [1, 2, 3]),
    ([100.04, 100.05, 100.06], [1, 2, 3]),
    ([0.15, 0.25, 0.35], [1, 2, 3]),
    (CANCEL, [1, 2, 3, 4, 5]),
    (CANCEL, range(1, 11)),
    (TENTHS, range(1, 31)),
    ([1e308, 1e308], [1, 2]),
    ([math.inf, 1.0, 2.0], [1, 2]),
    ([1e-320, 1e-320], [1, 2]),
    ([None, 1], [1]),
    ([1, None], [2]),
    (["100", "200"], [1]),
    (["100", "200"], [3]),
    ("12345", [1]),
    ("12345", [9]),
    (None, [1]),
    ([[100], [200]], [1]),
    (array.array("i", SHORT), [1, 2, 3]),
    (array.array("d", [0.1, 0.2, 0.3]), [1, 2, 3]),
    (range(0, 600, 7), [1, 5, 30, 60]),
    (bytes(range(0, 250, 3)), [1, 4, 16]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(mean_max_power, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(mean_max_power, reference, durations=[2, 3], watts=SHORT)
    assert_same(mean_max_power, reference, watts=FLAT)


def _random_cases():
    rng = random.Random(1200)
    for _ in range(260):
        length = rng.choice([0, 1, 2, 5, 17, 40, 120, 300])
        kind = rng.random()
        if kind < 0.6:
            watts = [max(0, int(rng.gauss(220, 90))) for _ in range(length)]
        elif kind < 0.8:
            watts = [round(rng.uniform(0, 600), rng.choice([0, 1, 2])) for _ in range(length)]
        elif kind < 0.9:
            watts = [rng.choice([0, 0, 1200, 150]) for _ in range(length)]
        else:
            watts = [rng.uniform(-1e12, 1e12) if rng.random() < 0.3 else rng.random() for _ in range(length)]
        durations = rng.sample([1, 2, 3, 5, 10, 15, 30, 60, 120, 300, 400], rng.randint(0, 6))
        if rng.random() < 0.05:
            durations.append(0)
        if rng.random() < 0.2:
            yield (tuple(watts),)
        else:
            yield (watts, durations)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(mean_max_power, reference, *case)


def test_hour_ride() -> None:
    rng = random.Random(7)
    watts = []
    target = 200
    for second in range(3600):
        if second % 300 == 0:
            target = rng.choice([160, 200, 240, 300, 350])
        watts.append(0 if rng.random() < 0.03 else max(0, int(rng.gauss(target, 25))))
    assert_same(mean_max_power, reference, watts)
