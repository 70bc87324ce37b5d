"""Strict equivalence tests for option_value (never shown to wattlens)."""

from __future__ import annotations

import math
import random

import pytest
from esoval.lattice import option_value
from strict_support import assert_same

TARGET = "esoval/lattice.py:option_value"


# --- verbatim copy of the original implementation ----------------------------------------

def reference(spot, strike, rate, volatility, years, steps, dividend_yield=0.0, american=True):
    if not isinstance(steps, int) or steps < 1:
        raise ValueError("steps must be a positive integer")
    if spot <= 0 or strike <= 0 or volatility <= 0 or years <= 0:
        raise ValueError("spot, strike, volatility and term must be positive")
    dt = years / steps
    up = math.exp(volatility * math.sqrt(dt))
    down = 1 / up
    probability = (math.exp((rate - dividend_yield) * dt) - down) / (up - down)
    if not 0 < probability < 1:
        raise ValueError("the lattice is not arbitrage-free; use more steps")
    discount = math.exp(-rate * dt)

    def node(step, ups):
        price = spot * up ** ups * down ** (step - ups)
        exercise = max(price - strike, 0.0)
        if step == steps:
            return exercise
        held = discount * (probability * node(step + 1, ups + 1) + (1 - probability) * node(step + 1, ups))
        return max(held, exercise) if american else held

    return node(0, 0)


# --- cases -------------------------------------------------------------------------------

BASE = (100.0, 100.0, 0.05, 0.2, 1.0)

CASES = [
    (*BASE, 1),
    (*BASE, 2),
    (*BASE, 3),
    (*BASE, 8),
    (*BASE, 10),
    (*BASE, 10, 0.0, False),
    (*BASE, 10, 0.08),
    (*BASE, 10, 0.08, False),
    (*BASE, 9, 0.03, True),
    (*BASE, True),
    (*BASE, False),
    (*BASE, 0),
    (*BASE, -3),
    (*BASE, 2.0),
    (*BASE, 2.5),
    (*BASE, "4"),
    (*BASE, None),
    (*BASE, [4]),
    (100, 100, 0, 1, 1, 4),
    (100, 100, 0, 1, 1, 4, 0, 0),
    (100, 100, 0, 1, 1, 4, 0, 1),
    (100, 100, 0, 1, 1, 4, 0, None),
    (100, 100, 0, 1, 1, 4, 0, "no"),
    (100, 100, 0, 1, 1, 4, 0, ""),
    (100, 100, 0, 1, 1, 4, 0, []),
    (True, True, False, True, True, True),
    (100, 100, 0.05, 0.2, 1, 6),
    (100.0, 100, 0.05, 0.2, 1, 6),
    (10, 15, 0.04, 0.35, 6.5, 10, 0.012),
    (10, 5, 0.04, 0.35, 6.5, 10, 0.012),
    (10, 50, 0.04, 0.35, 6.5, 10, 0.012),
    (10, 1e6, 0.04, 0.35, 6.5, 10),
    (1e6, 1, 0.04, 0.35, 6.5, 10),
    (1e-9, 1e-9, 0.04, 0.35, 6.5, 10),
    (1e200, 1e200, 0.04, 0.35, 2, 7),
    (2 ** 70, 2 ** 69, 0.01, 0.5, 3, 5),
    (100, 100, -0.01, 0.2, 1, 6),
    (100, 100, -0.01, 0.2, 1, 6, -0.05),
    (100, 100, 0.05, 0.2, 1, 6, 0.5),
    (100, 100, 0.5, 0.05, 1, 1),
    (100, 100, 0.5, 0.05, 1, 12),
    (100, 100, 0.05, 0.001, 1, 3),
    (100, 100, 0.05, 5.0, 1, 6),
    (100, 100, 0.05, 40.0, 30, 8),
    (100, 100, 0.05, float("inf"), 1, 3),
    (100, 100, 0.05, 0.2, float("inf"), 3),
    (100, 100, float("inf"), 0.2, 1, 3),
    (100, 100, 0.05, 0.2, 1e-12, 3),
    (100, 100, 0.05, 0.2, 1e6, 3),
    (100, 100, 0.05, 0.2, 50, 10, 0.02),
    (0, 100, 0.05, 0.2, 1, 3),
    (-1, 100, 0.05, 0.2, 1, 3),
    (100, 0, 0.05, 0.2, 1, 3),
    (100, -5, 0.05, 0.2, 1, 3),
    (100, 100, 0.05, 0, 1, 3),
    (100, 100, 0.05, -0.2, 1, 3),
    (100, 100, 0.05, 0.2, 0, 3),
    (100, 100, 0.05, 0.2, -1, 3),
    (None, 100, 0.05, 0.2, 1, 3),
    ("100", 100, 0.05, 0.2, 1, 3),
    (100, 100, None, 0.2, 1, 3),
    (100, 100, "0.05", 0.2, 1, 3),
    (100, 100, 0.05, 0.2, 1, 3, None),
    (100, 100, 0.05, 0.2, 1, 3, "0"),
    (100, 100, 0.05, 0.2, 1, 0.0),
    (100, 100, 0.05, 0.2, 1, -0.0),
    (float("nan"), 100, 0.05, 0.2, 1, 0),
    (100, 100, 0.05, float("nan"), 1, 3),
    (100, 100, float("nan"), 0.2, 1, 3),
    (100, 100, 0.05, 0.2, 1, 3, float("nan")),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(option_value, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(option_value, reference, spot=12.5, strike=12.5, rate=0.04, volatility=0.3, years=5.5, steps=9)
    assert_same(option_value, reference, 12.5, 12.5, 0.04, 0.3, 5.5, american=False, steps=9, dividend_yield=0.02)
    assert_same(option_value, reference, 12.5, 12.5, 0.04, 0.3, 5.5, 9, american=True)


def _random_cases():
    rng = random.Random(2)
    for _ in range(230):
        spot = rng.choice([rng.uniform(1, 200), rng.randint(1, 200), 10.0])
        strike = rng.choice([spot, spot * rng.uniform(0.5, 1.5), rng.randint(1, 200)])
        rate = rng.choice([0.0, 0.03, rng.uniform(-0.01, 0.08)])
        volatility = rng.choice([0.2, rng.uniform(0.05, 0.9)])
        years = rng.choice([1, 2.5, rng.uniform(0.1, 10)])
        steps = rng.randint(1, 10)
        args = [spot, strike, rate, volatility, years, steps]
        if rng.random() < 0.6:
            args.append(rng.choice([0.0, 0.01, rng.uniform(0, 0.1)]))
            if rng.random() < 0.6:
                args.append(rng.choice([True, False]))
        yield tuple(args)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(option_value, reference, *case)


def test_board_grant() -> None:
    assert_same(option_value, reference, 18.4, 18.4, 0.041, 0.37, 6.5, 15, 0.012)
