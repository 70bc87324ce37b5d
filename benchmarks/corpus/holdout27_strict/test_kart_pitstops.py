"""Strict equivalence tests for best_strategy (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from pitwall.model import RacePlan, Strategy
from pitwall.strategy import best_strategy

TARGET = "pitwall/strategy.py:best_strategy"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_lap_time(plan, age):
    time = plan.base_lap + plan.degradation * age
    if age >= plan.cliff_age:
        time += plan.cliff_penalty * (age - plan.cliff_age + 1)
    return time


def _ref_fastest_from(plan, lap, age, stops):
    if lap > plan.laps:
        return (0.0, ()) if stops >= plan.min_stops else (math.inf, ())
    rest, pits = _ref_fastest_from(plan, lap + 1, age + 1, stops)
    best = (_ref_lap_time(plan, age) + rest, pits)
    if stops < plan.max_stops and lap > 1:
        rest, pits = _ref_fastest_from(plan, lap + 1, 1, stops + 1)
        candidate = plan.pit_loss + _ref_lap_time(plan, 0) + rest
        if candidate < best[0]:
            best = (candidate, (lap,) + pits)
    return best


def reference(plan):
    if plan.laps < 1:
        raise ValueError("a race needs at least one lap")
    if not 0 <= plan.min_stops <= plan.max_stops:
        raise ValueError(f"stop limits {plan.min_stops}..{plan.max_stops} are inconsistent")
    race_time, pit_laps = _ref_fastest_from(plan, 1, 0, 0)
    if math.isinf(race_time):
        raise ValueError(f"{plan.min_stops} stops do not fit into {plan.laps} laps")
    return Strategy(round(race_time, 3), pit_laps)


# --- cases -------------------------------------------------------------------------------

def plan(laps=10, base=60.0, degradation=0.5, cliff=6, penalty=3.0, pit=20.0, lo=0, hi=2):
    return RacePlan(laps, base, degradation, cliff, penalty, pit, lo, hi)


CASES = [
    plan(),
    plan(laps=1),
    plan(laps=1, lo=1, hi=1),
    plan(laps=2, lo=1, hi=1),
    plan(laps=2, lo=2, hi=2),
    plan(laps=3, lo=2, hi=2),
    plan(laps=0),
    plan(laps=-4),
    plan(laps=5, lo=3, hi=2),
    plan(laps=5, lo=-1, hi=2),
    plan(laps=5, lo=0, hi=-1),
    plan(laps=12, hi=0),
    plan(laps=12, lo=0, hi=0, cliff=3),
    plan(laps=12, degradation=0.0, penalty=0.0),
    plan(laps=12, degradation=0.0, penalty=0.0, lo=1, hi=3),
    plan(laps=12, degradation=0.0, penalty=0.0, pit=0.0, lo=1, hi=3),
    plan(laps=12, pit=0.0, hi=4),
    plan(laps=12, pit=-5.0, hi=4),
    plan(laps=12, pit=-5.0, lo=4, hi=4),
    plan(laps=12, cliff=0),
    plan(laps=12, cliff=0, penalty=10.0, hi=5),
    plan(laps=12, cliff=1, penalty=10.0, hi=11),
    plan(laps=12, cliff=-3, penalty=1.0),
    plan(laps=12, penalty=-3.0),
    plan(laps=12, degradation=-0.5),
    plan(laps=12, cliff=100),
    plan(laps=9, degradation=0.1, penalty=0.1, pit=0.3, hi=3),
    plan(laps=9, degradation=0.1, penalty=0.2, pit=0.30000000000000004, hi=3),
    plan(laps=10, base=60, degradation=1, cliff=5, penalty=2, pit=4, hi=3),
    plan(laps=10, base=60, degradation=1, cliff=5, penalty=2, pit=4, lo=1, hi=1),
    plan(laps=10, base=True, degradation=True, cliff=True, penalty=True, pit=True),
    plan(laps=10.0, hi=3),
    plan(laps=7.5, hi=3),
    plan(laps=True),
    plan(laps=True, lo=False, hi=True),
    plan(laps=8, lo=1.0, hi=2.0),
    plan(laps=8, lo=0.5, hi=2.5),
    plan(laps=8, hi=float("inf")),
    plan(laps=8, lo=1, hi=float("inf"), pit=1000.0),
    plan(laps=8, base=float("inf")),
    plan(laps=8, base=-float("inf")),
    plan(laps=8, base=1e308, degradation=1e308),
    plan(laps=8, base=1e-300, degradation=1e-300, penalty=1e-300, pit=1e-300, hi=3),
    plan(laps=8, base=0.1, degradation=0.2, cliff=2, penalty=0.3, pit=0.7, hi=4),
    plan(laps=15, base=47.123456, degradation=0.0004, cliff=9, penalty=0.00051, pit=0.0009, hi=3),
    plan(laps=200, degradation=0.01, cliff=80, penalty=0.5, pit=30.0, hi=1),
    plan(laps=120, degradation=0.0, penalty=0.0, hi=0),
    plan(laps=25, degradation=0.12, cliff=12, penalty=0.9, pit=31.0, lo=1, hi=3),
    plan(laps=25, degradation=0.12, cliff=12, penalty=0.9, pit=31.0, lo=3, hi=3),
    plan(laps="10"),
    plan(laps=None),
    plan(laps=10, lo=None),
    plan(laps=10, base=None),
    plan(laps=10, base="60"),
    plan(laps=10, pit=None),
    plan(laps=10, pit=None, hi=0),
    plan(laps=10, cliff=None),
    SimpleNamespace(laps=10, base_lap=60.0, degradation=0.5, cliff_age=6, cliff_penalty=3.0, pit_loss=20.0, min_stops=0, max_stops=2),
    SimpleNamespace(laps=6, base_lap=60.0, degradation=0.5, cliff_age=3, cliff_penalty=3.0, pit_loss=2.0, min_stops=1, max_stops=2),
    SimpleNamespace(laps=6, base_lap=60.0, degradation=0.5, cliff_age=3, cliff_penalty=3.0, pit_loss=2.0, min_stops=1),
    SimpleNamespace(laps=0),
    None,
    (10, 60.0, 0.5, 6, 3.0, 20.0, 0, 2),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(best_strategy, reference, case)


def test_keyword_argument() -> None:
    assert_same(best_strategy, reference, plan=plan(laps=11, hi=3))


def test_plan_is_reusable() -> None:
    race = plan(laps=14, hi=3)
    assert best_strategy(race) == best_strategy(race) == reference(race)
    other = plan(laps=14, hi=3, pit=2.0)
    assert best_strategy(other) == reference(other)


def _random_cases():
    rng = random.Random(6061)
    for _ in range(220):
        hi = rng.randint(0, 4)
        yield RacePlan(
            laps=rng.randint(-1, 16),
            base_lap=rng.choice([45.0, 50, 61.25, round(rng.uniform(40, 70), 3)]),
            degradation=rng.choice([0, 0.0, 0.05, 0.1, round(rng.uniform(0, 0.6), 4)]),
            cliff_age=rng.randint(0, 14),
            cliff_penalty=rng.choice([0, 0.5, 1.0, round(rng.uniform(0, 4), 3)]),
            pit_loss=rng.choice([0, 1.5, 3.0, 10.0, round(rng.uniform(0, 25), 2)]),
            min_stops=rng.randint(0, hi + (rng.random() < 0.1)),
            max_stops=hi,
        )


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(best_strategy, reference, case)


def test_endurance_race() -> None:
    """A realistic 36-lap endurance race with a mandatory stop and up to three stops."""
    race = RacePlan(laps=36, base_lap=52.37, degradation=0.137, cliff_age=17, cliff_penalty=0.85, pit_loss=33.4,
                    min_stops=1, max_stops=3)
    assert_same(best_strategy, reference, race)
