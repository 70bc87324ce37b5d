"""Strict equivalence tests for top_sellers (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from sales.ranking import top_sellers
from strict_support import assert_same

TARGET = "sales/ranking.py:top_sellers"


def reference(sales, k=10):
    remaining = list(sales.items())
    best = []
    while remaining and len(best) < k:
        top = remaining[0]
        for item in remaining:
            if item[1] > top[1] or (item[1] == top[1] and item[0] < top[0]):
                top = item
        best.append(top)
        remaining.remove(top)
    return best


CASES = [
    ({}, 3),
    ({"a": 1}, 0),
    ({"a": 1}, -2),
    ({"a": 1}, 1),
    ({"a": 1, "b": 2}, 5),
    ({"b": 3, "a": 3, "c": 3}, 2),
    ({"b": 3, "a": 3, "c": 3}, 3),
    ({"x": -1, "y": 0, "z": -1}, 2),
    ({"é": 2, "e": 2, "E": 2, "z": 2}, 4),
    ({"a": 2.5, "b": 2, "c": 3}, 2),
]


def _random():
    rng = random.Random(3)
    for _ in range(40):
        sales = {f"p{rng.randrange(50)}": rng.randint(0, 6) for _ in range(rng.randrange(0, 30))}
        yield sales, rng.randint(0, 12)


@pytest.mark.parametrize(("sales", "k"), CASES + list(_random()))
def test_same_as_reference(sales, k) -> None:
    assert_same(top_sellers, reference, sales, k)


def test_default_k() -> None:
    sales = {f"p{i:02d}": i % 7 for i in range(30)}
    assert top_sellers(sales) == reference(sales)
