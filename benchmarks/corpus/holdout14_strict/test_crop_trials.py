"""Strict equivalence tests for relative_performance (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from fieldtrial.blocks import relative_performance
from strict_support import assert_same

TARGET = "fieldtrial/blocks.py:relative_performance"


def mean(values):
    if not values:
        raise ValueError("mean of no values")
    return sum(values) / len(values)


def sample_sd(values):
    if len(values) < 2:
        return 0.0
    centre = mean(values)
    return math.sqrt(sum((value - centre) ** 2 for value in values) / (len(values) - 1))


def block_mean(plots, trial, block):
    return mean([plot["yield_t_ha"] for plot in plots
                 if plot["trial"] == trial and plot["block"] == block and plot["yield_t_ha"] is not None])


def reference(plots):
    relative = {}
    yields = {}
    for plot in plots:
        if plot["yield_t_ha"] is None:
            continue
        reference = block_mean(plots, plot["trial"], plot["block"])
        relative.setdefault(plot["variety"], []).append(plot["yield_t_ha"] / reference * 100)
        yields.setdefault(plot["variety"], []).append(plot["yield_t_ha"])
    summary = {}
    for variety in sorted(relative):
        summary[variety] = {
            "plots": len(relative[variety]),
            "mean_yield": round(mean(yields[variety]), 2),
            "relative": round(mean(relative[variety]), 1),
            "relative_sd": round(sample_sd(relative[variety]), 1),
        }
    scores = sorted((row["relative"] for row in summary.values()), reverse=True)
    for row in summary.values():
        row["rank"] = scores.index(row["relative"]) + 1
    return summary


def P(trial, block, variety, value, **extra):
    return {"trial": trial, "block": block, "variety": variety, "yield_t_ha": value, **extra}


CASES = [
    [],
    [P("T", 1, "A", 5.0)],
    [P("T", 1, "A", None)],
    [P("T", 1, "A", None), P("T", 1, "B", None)],
    [P("T", 1, "A", 8.0), P("T", 1, "B", 6.0), P("T", 2, "A", 9.0), P("T", 2, "B", 9.0)],
    [P("T", 1, "A", 8), P("T", 1, "B", 6), P("T", 2, "A", 9), P("T", 2, "B", 9)],
    [P("T", 1, "A", 8), P("T", 1, "B", 6.5)],
    [P("T", 1, "A", 5.0), P("T", 1, "B", 5.0)],
    [P("T", 1, "A", 5.0), P("T", 1, "B", 5.0), P("T", 1, "C", 4.0)],
    [P("T", 1, "A", 4.0), P("T", 1, "B", 5.0), P("T", 1, "C", 5.0), P("T", 1, "D", 6.0)],
    [P("T", 1, "A", 0.0)],
    [P("T", 1, "A", 0.0), P("T", 1, "B", 0.0)],
    [P("T", 1, "A", 0), P("T", 1, "B", 0)],
    [P("T", 1, "A", 1.0), P("T", 1, "B", -1.0)],
    [P("T", 1, "A", 3.0), P("T", 1, "B", -1.0)],
    [P("T", 1, "A", -3.0), P("T", 1, "B", -1.0)],
    [P("T", 1, "A", 0.1), P("T", 1, "B", 0.2), P("T", 1, "C", 0.3)],
    [P("T", 1, "A", 1e-300), P("T", 1, "B", 1e-300)],
    [P("T", 1, "A", 1e308), P("T", 1, "B", 1e308)],
    [P("T", 1, "A", 1e15), P("T", 1, "B", 1e-15)],
    [P("T", 1, "A", 4.0), P("T", 2, "A", 10.0)],
    [P("T1", 1, "A", 4.0), P("T2", 1, "A", 10.0)],
    [P("T", 1, "A", 4.0), P("T", 1.0, "B", 6.0), P("T", True, "C", 8.0)],
    [P("T", 1, "A", 4.0), P("T", "1", "B", 6.0)],
    [P("T", 0, "A", 4.0), P("T", False, "B", 6.0), P("T", None, "C", 2.0)],
    [P(None, None, "A", 4.0), P(None, None, "B", 6.0)],
    [P(("T", 2024), 1, "A", 4.0), P(("T", 2024), 1, "B", 6.0)],
    [P("T", 1, "A", True), P("T", 1, "B", 3)],
    [P("T", 1, "A", "5")],
    [P("T", 1, "A", 5.0), P("T", 1, "B", "5")],
    [P("T", 1, "A", 5.0), P("T", 2, "B", "5")],
    [P("T", 1, "A", 5.0), {"trial": "T", "block": 1, "variety": "B"}],
    [P("T", 1, "A", 5.0), {"trial": "T", "variety": "B", "yield_t_ha": 2.0}],
    [P("T", 1, "A", 5.0), {"block": 1, "variety": "B", "yield_t_ha": 2.0}],
    [P("T", 1, "A", 5.0), {"trial": "T", "block": 1, "yield_t_ha": 2.0}],
    [P("T", 1, "A", 5.0), {"trial": "T", "block": 1, "yield_t_ha": None}],
    [P("T", 1, "Ä", 5.0), P("T", 1, "a", 6.0), P("T", 1, "B", 7.0), P("T", 1, "", 1.0)],
    [P("T", 1, 1, 5.0), P("T", 1, 2, 6.0)],
    [P("T", 1, 1, 5.0), P("T", 1, "2", 6.0)],
    [P("T", 1, None, 5.0)],
    [P("T", 1, "A", 5.0, plot_id=1, notes="hail"), P("T", 1, "A", 7.0, plot_id=2)],
    (P("T", 1, "A", 5.0), P("T", 1, "B", 7.0)),
    [P("T", 1, "A", 5.555), P("T", 1, "B", 5.565), P("T", 1, "C", 5.575)],
    [P("T", b, v, 3.0 + b * 0.1 + i * 0.01) for b in range(1, 5) for i, v in enumerate("ABCDE")],
    [P("T", 1, "A", 2.5), P("T", 1, "A", 2.5), P("T", 1, "A", 2.5)],
]


@pytest.mark.parametrize("plots", CASES)
def test_cases(plots) -> None:
    assert_same(relative_performance, reference, plots)


def _random_cases():
    rng = random.Random(2718)
    for _ in range(140):
        varieties = [f"V{n}" for n in range(rng.randint(1, 7))]
        plots = []
        for trial in range(rng.randint(0, 3)):
            for block in range(1, rng.randint(1, 4) + 1):
                for variety in varieties:
                    if rng.random() < 0.1:
                        continue
                    value = None if rng.random() < 0.08 else rng.choice([round(rng.uniform(2, 12), 2), rng.randint(2, 12), 5.0])
                    plots.append(P(f"T{trial}", block, variety, value))
        rng.shuffle(plots)
        yield plots


@pytest.mark.parametrize("plots", list(_random_cases()))
def test_random(plots) -> None:
    assert_same(relative_performance, reference, plots)


def test_large_trial_series() -> None:
    rng = random.Random(3)
    plots = [P(f"S{t}", b, f"W{v:02d}", None if rng.random() < 0.03 else round(rng.uniform(5, 11), 2))
             for t in range(4) for b in range(1, 7) for v in range(30)]
    assert_same(relative_performance, reference, plots)
