"""Strict equivalence tests for find_duplicate_charges (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from payments.duplicates import Charge, find_duplicate_charges, same_purchase
from strict_support import assert_same

TARGET = "payments/duplicates.py:find_duplicate_charges"


def reference(charges, window=120):
    if window < 0:
        raise ValueError("window must not be negative")
    pairs = []
    for i, first in enumerate(charges):
        for second in charges[i + 1:]:
            if same_purchase(first, second) and abs(first.timestamp - second.timestamp) <= window:
                pairs.append((first.charge_id, second.charge_id))
    return pairs


def C(charge_id, at=0, card="fp", amount=100, currency="EUR"):
    return Charge(charge_id, card, amount, currency, at)


NAN, INF = float("nan"), float("inf")
CASES = [
    ([],),
    ([], 0),
    ([], -1),
    ([], -0.5),
    ([C("a")], -1),
    ([C("a")],),
    ([C("a"), C("a")],),
    ([C("a"), C("b")], 0),
    ([C("a", 0), C("b", 1)], 0),
    ([C("a", 0), C("b", 120)],),
    ([C("a", 0), C("b", 120.0001)],),
    ([C("b", 120), C("a", 0)],),
    ([C("a", 0), C("b", 5), C("c", 10), C("d", 15)], 5),
    ([C("d", 15), C("c", 10), C("b", 5), C("a", 0)], 5),
    ([C("a", 0), C("x", 1, card="other"), C("b", 2), C("y", 3, card="other")], 10),
    ([C("a", 0, amount=100), C("b", 0, amount=100.0), C("c", 0, amount=True), C("d", 0, amount=1)],),
    ([C("a", 0, currency="EUR"), C("b", 0, currency="eur"), C("c", 0, currency="EUR")],),
    ([C("a", 0.1), C("b", 0.3)], 0.2),
    ([C("a", 0.3), C("b", 0.1)], 0.2),
    ([C("a", 1e16), C("b", 1e16 + 2)], 1),
    ([C("a", NAN), C("b", NAN), C("c", 0)],),
    ([C("a", 0), C("b", NAN), C("c", 1)], INF),
    ([C("a", INF), C("b", INF)],),
    ([C("a", -INF), C("b", INF)], INF),
    ([C("a", 0), C("b", 10**9)], INF),
    ([C("a", 0), C("b", 1)], NAN),
    ([C("a", 0), C("b", 1)], True),
    ([C("a", 0, card="zoë"), C("b", 1, card="zoë"), C("c", 1, card="zoe")],),
    ([C("a", 0, card=""), C("b", 1, card=""), C("", 2, card="")],),
    ((C("a", 0), C("b", 1), C("c", 500)),),
    ([C("a", 0)] * 4,),
    ([C("a", 0), C("b", 0), C("a", 0)], 0),
]


def _random():
    rng = random.Random(909)
    for _ in range(100):
        charges = [C(f"c{n}", rng.choice([0, 1, 5, 60, 119, 120, 121, 240, 1000]), rng.choice(["f1", "f2", "f3"]),
                     rng.choice([100, 250]), rng.choice(["EUR", "EUR", "USD"])) for n in range(rng.randint(0, 25))]
        yield charges, rng.choice([0, 1, 60, 120, 1000])


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(find_duplicate_charges, reference, *args)


def test_window_by_keyword() -> None:
    charges = [C("a", 0), C("b", 50), C("c", 100), C("d", 150)]
    for window in (0, 49.9, 50, 100, 1e9):
        assert_same(lambda cs, w=window: find_duplicate_charges(cs, window=w), lambda cs, w=window: reference(cs, window=w), charges)


def test_a_busy_day() -> None:
    rng = random.Random(66)
    cards = [f"fp{n}" for n in range(40)]
    charges = [C(f"ch{n}", rng.uniform(0, 20000), rng.choice(cards), rng.choice([500, 999, 1999]), "EUR") for n in range(700)]
    assert_same(find_duplicate_charges, reference, charges)
    assert_same(find_duplicate_charges, reference, charges, 600)
    charges.sort(key=lambda c: c.timestamp)
    assert_same(find_duplicate_charges, reference, charges, 30)


def test_one_card_hammered() -> None:
    charges = [C(f"r{n}", n * 7 % 50) for n in range(60)]
    assert_same(find_duplicate_charges, reference, charges, 10)


def test_charges_are_not_modified() -> None:
    charges = [C("b", 5), C("a", 1)]
    find_duplicate_charges(charges)
    assert charges == [C("b", 5), C("a", 1)]
