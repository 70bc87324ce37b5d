"""Strict equivalence tests for running_balances (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from stockbook.balance import running_balances
from strict_support import assert_same

TARGET = "stockbook/balance.py:running_balances"


def reference(moves, opening=0):
    balances = []
    for i in range(len(moves)):
        balances.append(opening + sum(moves[: i + 1]))
    return balances


CASES = [
    ([], 0),
    ([], 5),
    ([0], 0),
    ([3], -3),
    ([1, -1, 1, -1], 0),
    ([10**20, 1, -(10**20)], 7),
    ([5, 5, 5], 0),
    ((1, 2, 3), 0),
]


def _random():
    rng = random.Random(12)
    for _ in range(40):
        yield [rng.randint(-50, 50) for _ in range(rng.randrange(0, 30))], rng.randint(-20, 20)


@pytest.mark.parametrize(("moves", "opening"), CASES + list(_random()))
def test_same_as_reference(moves, opening) -> None:
    assert_same(running_balances, reference, moves, opening)


def test_default_opening() -> None:
    assert running_balances([2, 3]) == [2, 5]
