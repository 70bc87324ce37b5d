"""Strict equivalence tests for count_cycles (never shown to wattlens)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction
from typing import Sequence

import pytest
from strict_support import assert_same
from cyclecount.rainflow import count_cycles

TARGET = "cyclecount/rainflow.py:count_cycles"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(reversals: Sequence[float]) -> list[tuple[float, float, float]]:
    """Rainflow counting of a sequence of reversals (ASTM E1049-85, section 5.4.4).

    Returns (range, mean, count) for each counted range in the order the ranges are
    extracted: 1.0 for a full cycle, 0.5 for a half cycle that includes the starting point,
    then the residue, whose ranges all count as half cycles.
    """
    points = list(reversals)
    cycles = []
    while len(points) >= 3:
        ranges = [abs(points[i + 1] - points[i]) for i in range(len(points) - 1)]
        for i in range(1, len(ranges)):
            if ranges[i] >= ranges[i - 1]:
                start = i - 1
                mean = (points[start] + points[start + 1]) / 2
                if start == 0:
                    cycles.append((ranges[start], mean, 0.5))
                    del points[0]
                else:
                    cycles.append((ranges[start], mean, 1.0))
                    del points[start:start + 2]
                break
        else:
            break
    for first, second in zip(points, points[1:]):
        cycles.append((abs(second - first), (first + second) / 2, 0.5))
    return cycles


# --- cases -------------------------------------------------------------------------------

CASES = [
    [],
    (),
    [50],
    [20, 90],
    [90, 20],
    [5, 5],
    [5, 5, 5],
    [5, 5, 5, 5, 5],
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
    [0, 10, 0, 10, 0, 10, 0],
    [0, 10, 5, 10, 0],
    [0, 10, 5, 15, 0],
    [-2, 1, -3, 5, -1, 3, -4, 4, -2],
    [0, 80, 40, 60, 20, 100],
    [0, 100, 10, 90, 20, 80, 30, 70, 40, 60, 50],
    [50, 60, 40, 70, 30, 80, 20, 90, 10, 100, 0],
    [0, 100, 50, 100, 0, 100, 50, 100, 0],
    [10.5, 80.25, 40.125, 60.0625, 20.5, 99.9],
    [0.1, 0.7, 0.2, 0.8, 0.3, 0.9],
    [1e308, -1e308, 1e308],
    [float("inf"), 5, 7, 4],
    [-0.0, 0.0, -0.0, 0.0],
    [True, False, True, False],
    [1, 2.5, 1, 2.5, Fraction(1, 3), 2],
    [Fraction(1, 3), Fraction(5, 2), Fraction(1, 7), Fraction(9, 4)],
    [Decimal("10.5"), Decimal("80.25"), Decimal("40"), Decimal("60"), Decimal("20")],
    [3 ** 40, -(3 ** 40), 3 ** 39, 0],
    (0, 80, 40, 60, 20, 100),
    [0, 80, "40", 60],
    [0, 80, None, 60],
    ["a", "b"],
    [0, None],
    None,
    5,
    "0180",
    {0: 0, 1: 80, 2: 40, 3: 60},
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(count_cycles, reference, case)


def test_keyword_argument() -> None:
    assert_same(count_cycles, reference, reversals=[0, 80, 40, 60, 20, 100])


def _random_cases():
    rng = random.Random(33081)
    for _ in range(260):
        kind = rng.random()
        length = rng.choice([0, 1, 2, 3, 4, 7, 15, 40, 120])
        if kind < 0.4:
            values, direction, level = [], rng.choice([-1, 1]), rng.uniform(5, 95)
            for _ in range(length):
                values.append(round(level, 1))
                level = min(100.0, max(0.0, level + direction * rng.uniform(0.5, 60)))
                direction = -direction
        elif kind < 0.7:
            values = [rng.randint(0, 6) for _ in range(length)]
        elif kind < 0.9:
            values = [round(rng.uniform(-50, 50), rng.choice([0, 1, 3])) for _ in range(length)]
        else:
            values = [rng.choice([0, 25, 50, 75, 100]) for _ in range(length)]
        yield tuple(values) if rng.random() < 0.1 else values


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(count_cycles, reference, case)
