"""Strict equivalence tests for cheapest_cost (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from shopcart.packs import cheapest_cost, quote
from strict_support import assert_same

TARGET = "shopcart/packs.py:cheapest_cost"


def reference(units, packs, handling=0):
    if units <= 0:
        return 0
    if not packs:
        raise ValueError("the supplier sells no packs")
    best = None
    for size, price in packs.items():
        if size <= 0:
            raise ValueError(f"pack size must be positive, got {size}")
        cost = price + handling + reference(units - size, packs, handling)
        if best is None or cost < best:
            best = cost
    return best


SCREWS = {1: 30, 6: 150, 12: 270}

CASES = [
    (0, {}),
    (-5, {}),
    (-5, {0: 1}),
    (0, {-1: 3}),
    (1, {}),
    (1, SCREWS),
    (5, SCREWS),
    (6, SCREWS),
    (7, SCREWS),
    (13, SCREWS),
    (18, SCREWS),
    (3, {10: 500}),
    (25, {10: 500}),
    (9, {4: 100, 3: 80}),
    (9, {3: 80, 4: 100}),
    (12, {2: 10, 3: 15, 6: 30}),
    (7, {2: 1.5, 3: 2.25}),
    (7, {2: 0.1, 3: 0.2, 1: 0.3}),
    (4, {1: -5, 2: 3}),
    (11, {5: 0, 1: 7}),
    (2.5, {1: 10, 2: 15}),
    (True, {1: 4}),
    (3, {0: 10}),
    (3, {1: 10, 0: 10}),
    (3, {-2: 10, 1: 10}),
    (3, {1: None, 0: 10}),
    (3, {0: 10, 1: None}),
    (3, {1: "5"}),
    (3, {"1": 5}),
    (None, SCREWS),
    (4, None),
    (20, {1: 11, 4: 40, 7: 65}),
]


@pytest.mark.parametrize("units, packs", CASES)
def test_same_as_reference(units, packs) -> None:
    assert_same(cheapest_cost, reference, units, packs)


@pytest.mark.parametrize("handling", [0, 1, 25, 100, -3, 0.5, 12.75])
@pytest.mark.parametrize("units, packs", [c for c in CASES if isinstance(c[1], dict) and c[1]
                                          and all(isinstance(k, int) and k > 0 and isinstance(v, (int, float))
                                                  for k, v in c[1].items())])
def test_handling(units, packs, handling) -> None:
    assert_same(cheapest_cost, reference, units, packs, handling)
    assert_same(cheapest_cost, reference, units, packs, handling=handling)


def test_handling_errors() -> None:
    assert_same(cheapest_cost, reference, 4, SCREWS, None)
    assert_same(cheapest_cost, reference, 4, SCREWS, "1")
    assert_same(cheapest_cost, reference, 0, SCREWS, None)


@pytest.mark.parametrize("seed", range(40))
def test_random_catalogues(seed) -> None:
    rng = random.Random(seed)
    sizes = rng.sample(range(1, 13), rng.randrange(1, 4))
    packs = {s: rng.randrange(1, 40) * s - rng.randrange(0, 20) for s in sizes}
    for units in (rng.randrange(-2, 20), rng.randrange(1, 16)):
        assert_same(cheapest_cost, reference, units, packs, rng.choice([0, 0, 5, 30]))


def test_float_prices_rounding() -> None:
    rng = random.Random(9)
    packs = {1: 0.1, 3: 0.35, 4: 0.41, 9: round(rng.random(), 3)}
    for units in range(0, 22):
        assert_same(cheapest_cost, reference, units, packs, 0.07)


def test_larger_order() -> None:
    assert_same(cheapest_cost, reference, 31, {1: 19, 5: 85, 8: 129, 20: 299, 50: 690}, 25)


def test_quote_still_works() -> None:
    assert quote(13, SCREWS) == "13 pcs: EUR 3.00"
    assert quote(0, {}) == "0 pcs: EUR 0.00"
