"""Strict equivalence tests for tier_changes (never shown to wattlens)."""

from __future__ import annotations

import random
import types

import pytest
from loyalty.tiers import Purchase, TierChange, tier_changes
from strict_support import assert_same

TARGET = "loyalty/tiers.py:tier_changes"

TIERS = [(500_000, "platinum"), (200_000, "gold"), (50_000, "silver"), (0, "bronze")]


def _tier(spend):
    for threshold, name in TIERS:
        if spend >= threshold:
            return name
    return "bronze"


def reference(purchases, window=365):
    history = []
    current = {}
    for purchase in purchases:
        if history and purchase.day < history[-1].day:
            raise ValueError(f"purchase on day {purchase.day} after day {history[-1].day}")
        history.append(purchase)
        spend = sum(p.cents for p in history if p.customer == purchase.customer and purchase.day - window < p.day <= purchase.day)
        tier = _tier(spend)
        old = current.get(purchase.customer, "bronze")
        if tier != old:
            current[purchase.customer] = tier
            yield TierChange(purchase.day, purchase.customer, old, tier)


def collected(function):
    def run(*args, **kwargs):
        return list(function(*args, **kwargs))

    return run


def events(function, *args, **kwargs):
    """Everything observable while consuming: the events, then the error if any."""
    seen = []
    try:
        for change in function(*args, **kwargs):
            seen.append(("event", change, type(change).__name__))
    except Exception as error:  # noqa: BLE001
        seen.append(("raised", type(error).__name__, str(error)))
    return seen


P = Purchase

CASES = [
    [],
    [P(1, "a", 0)],
    [P(1, "a", 49_999)],
    [P(1, "a", 50_000)],
    [P(1, "a", 200_000)],
    [P(1, "a", 500_000)],
    [P(1, "a", 10 ** 9)],
    [P(1, "a", -1)],
    [P(1, "a", 60_000), P(1, "a", -20_000)],
    [P(1, "a", 60_000), P(1, "b", 60_000), P(2, "a", 150_000)],
    [P(1, "a", 60_000), P(365, "a", 1)],
    [P(1, "a", 60_000), P(366, "a", 1)],
    [P(1, "a", 60_000), P(300, "a", 1), P(366, "a", 1), P(367, "b", 50_000)],
    [P(0, "a", 300_000), P(0, "a", 300_000), P(364, "a", -600_000), P(365, "a", 0)],
    [P(-10, "a", 60_000), P(-5, "a", 200_000), P(0, "a", 300_000)],
    [P(1, "a", 60_000), P(1, "a", 60_000), P(1, "a", 60_000), P(1, "a", 60_000)],
    [P(5, "a", 1), P(4, "a", 1)],
    [P(5, "a", 60_000), P(6, "b", 60_000), P(5, "c", 1)],
    [P(5, "a", 1), P(5, "b", 2), P(3, "c", 3), P(9, "d", 4)],
    [P(1, "Zo\u00eb", 60_000), P(2, "zoe", 60_000), P(3, "Zo\u00eb ", 200_000)],
    [P(1, "a\n", 60_000), P(2, "a", 60_000)],
    [P(1, 1, 60_000), P(2, True, 160_000), P(3, 1.0, 300_000)],
    [P(1, ("shop", 7), 60_000), P(2, ("shop", 7), 150_000)],
    [P(1.5, "a", 60_000), P(2, "a", 1), P(366.5, "a", 1), P(367, "a", 1)],
    [P(1, "a", 60_000), P(2, "a", -60_000), P(3, "a", 60_000), P(4, "a", -60_000)],
    [P(1, "a", 199_999), P(2, "a", 1), P(3, "a", 299_999), P(4, "a", 1), P(5, "a", -500_000)],
    [P(1, "a", 1), P(None, "a", 1)],
]
WINDOWS = [365, 0, 1, 2, 30, -3, 10.5]


def _random():
    rng = random.Random(4242)
    for _ in range(150):
        customers = [f"c{n}" for n in range(rng.randint(1, 4))]
        day = rng.randint(-5, 5)
        purchases = []
        for _ in range(rng.randint(0, 25)):
            day += rng.choice([0, 0, 1, 2, 5, 30])
            if rng.random() < 0.02:
                day -= 40
            cents = rng.choice([1, 10_000, 49_999, 50_000, 120_000, 300_000, -50_000, -1])
            purchases.append(P(day, rng.choice(customers), cents))
        yield purchases, rng.choice(WINDOWS + [365, 365, 60])


@pytest.mark.parametrize("purchases", CASES)
@pytest.mark.parametrize("window", WINDOWS)
def test_same_as_reference(purchases, window) -> None:
    assert_same(collected(tier_changes), collected(reference), purchases, window)
    assert events(tier_changes, purchases, window) == events(reference, purchases, window)


@pytest.mark.parametrize("args", list(_random()))
def test_random_histories(args) -> None:
    purchases, window = args
    assert_same(collected(tier_changes), collected(reference), purchases, window)
    assert events(tier_changes, purchases, window) == events(reference, purchases, window)


def test_default_and_keyword_window() -> None:
    purchases = [P(1, "a", 60_000), P(365, "a", 1), P(366, "a", 1)]
    assert_same(collected(tier_changes), collected(reference), purchases)
    assert_same(collected(tier_changes), collected(reference), purchases=purchases, window=100)


def test_is_a_lazy_generator() -> None:
    changes = tier_changes(None)
    assert isinstance(changes, types.GeneratorType)
    with pytest.raises(TypeError):
        next(changes)


def test_consumes_input_lazily() -> None:
    pulled = []

    def feed():
        for purchase in [P(1, "a", 60_000), P(2, "b", 1), P(3, "c", 60_000), P(4, "d", 1)]:
            pulled.append(purchase.customer)
            yield purchase

    changes = tier_changes(feed())
    assert next(changes) == TierChange(1, "a", "bronze", "silver")
    assert pulled == ["a"]
    assert next(changes) == TierChange(3, "c", "bronze", "silver")
    assert pulled == ["a", "b", "c"]


def test_events_before_an_out_of_order_purchase_are_delivered() -> None:
    purchases = [P(1, "a", 60_000), P(2, "a", 200_000), P(1, "b", 1)]
    got = events(tier_changes, purchases)
    assert got[:2] == [("event", TierChange(1, "a", "bronze", "silver"), "TierChange"), ("event", TierChange(2, "a", "silver", "gold"), "TierChange")]
    assert got[2] == ("raised", "ValueError", "purchase on day 1 after day 2")


def test_input_not_mutated() -> None:
    purchases = [P(1, "a", 60_000), P(2, "a", 1)]
    list(tier_changes(purchases))
    assert purchases == [P(1, "a", 60_000), P(2, "a", 1)]


def test_two_years_of_a_store() -> None:
    rng = random.Random(8)
    customers = [f"card{n}" for n in range(60)]
    purchases = []
    for day in range(730):
        for _ in range(rng.randint(0, 4)):
            purchases.append(P(day, rng.choice(customers), rng.randint(500, 40_000) if rng.random() < 0.95 else -rng.randint(500, 20_000)))
    for window in (365, 90):
        assert_same(collected(tier_changes), collected(reference), purchases, window)
