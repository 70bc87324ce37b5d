"""Strict equivalence tests for evaluate_chart (never shown to wattlens)."""

from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest
from strict_support import assert_same
from controlchart.chart import evaluate_chart

TARGET = "controlchart/chart.py:evaluate_chart"

CHART_CONSTANTS = {
    2: (1.880, 0.0, 3.267),
    3: (1.023, 0.0, 2.574),
    4: (0.729, 0.0, 2.282),
    5: (0.577, 0.0, 2.114),
    6: (0.483, 0.0, 2.004),
    7: (0.419, 0.076, 1.924),
    8: (0.373, 0.136, 1.864),
    9: (0.337, 0.184, 1.816),
    10: (0.308, 0.223, 1.777),
}


@dataclass
class Limits:
    center: float
    upper: float
    lower: float
    range_center: float
    range_upper: float
    range_lower: float

    def sigma(self):
        return (self.upper - self.center) / 3


def subgroup_summary(values):
    if len(values) < 2:
        raise ValueError("a subgroup needs at least two measurements")
    return statistics.mean(values), max(values) - min(values)


def control_limits(subgroups):
    if not subgroups:
        raise ValueError("no baseline subgroups")
    size = len(subgroups[0])
    if any(len(values) != size for values in subgroups):
        raise ValueError("baseline subgroups differ in size")
    if size not in CHART_CONSTANTS:
        raise ValueError(f"no chart constants for subgroups of {size}")
    a2, d3, d4 = CHART_CONSTANTS[size]
    summaries = [subgroup_summary(values) for values in subgroups]
    grand_mean = statistics.mean(mean for mean, _ in summaries)
    mean_range = statistics.mean(spread for _, spread in summaries)
    return Limits(
        center=grand_mean,
        upper=grand_mean + a2 * mean_range,
        lower=grand_mean - a2 * mean_range,
        range_center=mean_range,
        range_upper=d4 * mean_range,
        range_lower=d3 * mean_range,
    )


def run_rule_signals(means, limits):
    center = limits.center
    sigma = limits.sigma()
    last = means[-1]
    signals = []
    if last > limits.upper or last < limits.lower:
        signals.append("WE1")
    side = 1 if last > center else -1 if last < center else 0
    if side == 0:
        return signals
    recent = means[-3:]
    if len(recent) == 3 and (last - center) * side > 2 * sigma:
        if sum(1 for value in recent if (value - center) * side > 2 * sigma) >= 2:
            signals.append("WE2")
    recent = means[-5:]
    if len(recent) == 5 and (last - center) * side > sigma:
        if sum(1 for value in recent if (value - center) * side > sigma) >= 4:
            signals.append("WE3")
    recent = means[-8:]
    if len(recent) == 8 and all((value - center) * side > 0 for value in recent):
        signals.append("WE4")
    return signals


def reference(subgroups, baseline=20):
    if baseline < 2:
        raise ValueError("the baseline needs at least two subgroups")
    limits = None
    points = []
    flagged = []
    for index, values in enumerate(subgroups):
        limits = control_limits(subgroups[:baseline])
        means = [subgroup_summary(group)[0] for group in subgroups[: index + 1]]
        mean, spread = subgroup_summary(values)
        signals = run_rule_signals(means, limits)
        if spread > limits.range_upper or spread < limits.range_lower:
            signals.append("R")
        points.append((index, round(mean, 4), round(spread, 4), signals))
        if signals:
            flagged.append(index)
    return {"limits": limits, "points": points, "flagged": flagged}


STEADY = [[10.0, 10.2, 9.8, 10.1, 9.9], [10.1, 9.9, 10.0, 10.2, 9.8]] * 10
HIGH = [11.0, 11.1, 10.9, 11.0, 11.0]
LOW = [9.0, 9.1, 8.9, 9.0, 9.0]
SLIGHT = [10.15, 10.2, 10.1, 10.15, 10.15]

CASES = [
    ([],),
    ([], 2),
    ([], 1),
    ([], 0),
    ([], -5),
    ([], 2.5),
    ([], None),
    (STEADY, None),
    (STEADY, "20"),
    (STEADY, 2.5),
    (STEADY,),
    (STEADY, 2),
    (STEADY, 3),
    (STEADY, 100),
    (STEADY + [HIGH],),
    (STEADY + [HIGH, HIGH],),
    (STEADY + [HIGH, SLIGHT, HIGH],),
    (STEADY + [LOW, LOW, LOW],),
    (STEADY + [HIGH, LOW, HIGH, LOW],),
    (STEADY + [SLIGHT] * 9,),
    (STEADY + [SLIGHT] * 7 + [LOW],),
    (STEADY + [[10.0, 10.0, 10.0, 10.0, 10.0]] * 9,),
    (STEADY + [[9.0, 11.0, 10.0, 10.0, 10.0]],),
    (STEADY + [[10.0, 10.0]],),
    (STEADY + [[10.0, 10.5, 9.5, 10.0, 10.0, 10.0, 10.0, 10.0]],),
    (STEADY + [[10.0]],),
    (STEADY + [[]],),
    (STEADY + [[10.0, None]],),
    (STEADY + [[10.0, "10.0"]],),
    (STEADY + [HIGH, [10.0]],),
    ([[10.0]],),
    ([[10.0], [10.0]],),
    ([[1.0, 2.0], [1.0, 2.0, 3.0]],),
    ([[1.0, 2.0], [1.0, 2.0, 3.0]], 2),
    ([[1.0, 2.0], [2.0, 3.0], [1.0, 2.0, 3.0]], 2),
    ([[1.0] * 11, [2.0] * 11],),
    ([[1.0] * 10, [2.0] * 10, [1.5] * 10],),
    ([[5, 5], [5, 5], [5, 5]],),
    ([[5, 5], [5, 5], [6, 6]],),
    ([[1, 2, 3], [2, 3, 4], [3, 4, 5]], 2),
    ([[1, 2, 3], [2, 3, 4], [3, 4, 5], [9, 9, 9]], 3),
    ([[1, 2], [3, 4], [5, 6], [7, 8]], 2),
    ([[1, 2.5], [3, 4], [5, 6], [7, 8]], 2),
    ([[0, 0], [0, 0], [0, 0], [1, 1], [0, 0]], 3),
    ([[0.0, 0.0], [0.0, 0.0], [-0.0, 0.0]],),
    ([[-3.5, -4.0, -3.75], [-3.0, -3.25, -3.5], [-4.0, -4.5, -4.25], [-1.0, -1.0, -1.0]], 3),
    ([[1e-9, 2e-9], [3e-9, 1e-9], [2e-9, 2e-9], [5e-9, 5e-9]], 3),
    ([[1e12, 1e12 + 1], [1e12, 1e12 + 3], [1e12 + 2, 1e12], [1e12 + 9, 1e12 + 9]], 3),
    ([[0.1, 0.2], [0.3, 0.1], [0.2, 0.2], [0.1 + 0.2, 0.3]], 3),
    ([(10.0, 10.2, 9.8), (10.1, 9.9, 10.0), (10.4, 10.6, 10.5)], 2),
    (tuple(tuple(group) for group in STEADY), 5),
    ([[Fraction(1, 3), Fraction(2, 3)], [Fraction(1, 2), Fraction(1, 2)], [Fraction(5, 3), Fraction(2, 1)]], 2),
    ([[Decimal("1.5"), Decimal("2.5")], [Decimal("1.0"), Decimal("2.0")]], 2),
    ([[True, False], [True, True], [False, False]], 2),
    ([[10.0, 10.2, 9.8, 10.1, 9.9]] * 3 + [[10.0, 10.2]], 3),
    ([[10.0, 10.2, 9.8, 10.1, 9.9]] * 3 + [[10.0, 10.2]], 4),
    ([[10.0, 10.2, 9.8, 10.1, 9.9]] * 3 + [[10.0, 10.2]], 5),
    ([[2.0, 4.0], [2.0, 4.0], [8.0, 10.0], [8.0, 10.0], [8.0, 10.0], [8.0, 10.0], [8.0, 10.0], [8.0, 10.0],
      [8.0, 10.0], [8.0, 10.0]], 2),
    ([[2.0, 4.0], [4.0, 2.0]] + [[3.5, 3.5]] * 9 + [[2.5, 2.5]] * 9, 2),
    ([[2.0, 4.0], [4.0, 2.0]] + [[3.0, 3.0]] * 9, 2),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(evaluate_chart, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(evaluate_chart, reference, STEADY + [HIGH, HIGH], baseline=4)
    assert_same(evaluate_chart, reference, subgroups=STEADY[:6])


def _random_cases():
    rng = random.Random(1931)
    for index in range(150):
        size = rng.choice([2, 3, 4, 5, 5, 5, 6, 8, 10])
        count = rng.randint(0, 40)
        level = rng.uniform(-50, 500)
        noise = rng.choice([0.01, 0.5, 1.0, 5.0])
        drift = 0.0
        subgroups = []
        for step in range(count):
            if rng.random() < 0.1:
                drift += rng.choice([-3, -1, 1, 3]) * noise
            if index % 5 == 1 and rng.random() < 0.05:
                size_here = rng.choice([2, 3, 7])
            else:
                size_here = size
            if index % 6 == 0:
                group = [rng.randint(0, 4) for _ in range(size_here)]
            else:
                group = [round(rng.gauss(level + drift, noise), rng.choice([1, 2, 3])) for _ in range(size_here)]
            subgroups.append(group)
        baseline = rng.choice([2, 3, 5, 10, 20, 25, 50])
        yield (subgroups,) if index % 4 == 0 else (subgroups, baseline)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(evaluate_chart, reference, *case)


def test_long_run() -> None:
    rng = random.Random(8)
    subgroups = []
    level = 502.0
    for step in range(220):
        if step > 60 and rng.random() < 0.05:
            level += rng.choice([-0.5, 0.4])
        subgroups.append([round(rng.gauss(level, 1.0), 2) for _ in range(5)])
    assert_same(evaluate_chart, reference, subgroups, 25)
