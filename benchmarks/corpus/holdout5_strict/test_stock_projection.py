"""Strict equivalence tests for project_stock (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from types import MappingProxyType

import pytest
from replenish.projection import Delivery, Projection, project_stock
from strict_support import assert_same

TARGET = "replenish/projection.py:project_stock"


def reference(opening, daily_demand, deliveries, days):
    if days < 0:
        raise ValueError("days must not be negative")
    deliveries = list(deliveries)
    for d in deliveries:
        if d.day < 1:
            raise ValueError(f"delivery of {d.sku} to {d.warehouse} is due before day 1")
        if d.quantity < 0:
            raise ValueError(f"negative delivery quantity for {d.sku}")
    for w, demand in daily_demand.items():
        for sku, q in demand.items():
            if q < 0:
                raise ValueError(f"negative demand for {sku} at {w}")
    state = copy.deepcopy({w: dict(s) for w, s in opening.items()})
    result = Projection(levels=[copy.deepcopy(state)])
    for day in range(1, days + 1):
        for d in deliveries:
            if d.day == day:
                stock = state.setdefault(d.warehouse, {})
                stock[d.sku] = stock.get(d.sku, 0) + d.quantity
        for w, demand in daily_demand.items():
            stock = state.setdefault(w, {})
            for sku, q in demand.items():
                on_hand = stock.get(sku, 0)
                served = min(on_hand, q)
                stock[sku] = on_hand - served
                if served < q:
                    key = (w, sku)
                    result.lost_sales[key] = result.lost_sales.get(key, 0) + q - served
                    result.first_stockout.setdefault(key, day)
        result.levels.append(copy.deepcopy(state))
    return result


D = Delivery
CASES = [
    ({}, {}, [], 0),
    ({}, {}, [], 3),
    ({"A": {"x": 5}}, {}, [], 2),
    ({"A": {"x": 5}}, {"A": {"x": 2}}, [], 4),
    ({"A": {"x": 5}}, {"A": {"x": 0}}, [], 2),
    ({"A": {"x": 1}}, {"A": {"x": 2}}, [], 3),
    ({"A": {}}, {"A": {"x": 2, "y": 1}}, [D(2, "A", "x", 3)], 3),
    ({}, {"B": {"x": 1}}, [D(1, "A", "x", 3), D(1, "B", "x", 1)], 2),
    ({"A": {"x": 0}}, {"A": {"x": 1}}, [D(2, "A", "x", 1), D(2, "A", "x", 1), D(9, "A", "x", 100)], 3),
    ({"A": {"x": 3, "y": 3}, "B": {"x": 0}}, {"B": {"x": 1}, "A": {"y": 2, "x": 1}}, [D(1, "B", "x", 1)], 5),
    ({"A": {"x": 3}}, {"A": {"x": 1}}, [D(4, "A", "x", 0)], 4),
    ({"Ålesund": {"é": 2}}, {"Ålesund": {"é": 1, "e": 1}}, [D(1, "Ålesund", "é", 1)], 3),
    ({"A": {"x": 3}}, {"A": {"x": 1}}, [], -1),
    ({"A": {"x": 3}}, {"A": {"x": 1}}, [D(0, "A", "x", 1)], 2),
    ({"A": {"x": 3}}, {"A": {"x": 1}}, [D(1, "A", "x", -1)], 2),
    ({"A": {"x": 3}}, {"A": {"x": -1}}, [], 2),
    ({"A": {"x": 3}}, {"A": {"x": -1}}, [D(0, "A", "x", -1)], -5),
    ({"A": {"x": 3}}, {"A": {"x": 1}, "B": {"y": -2}}, [D(1, "A", "x", -1), D(-3, "A", "x", 1)], 1),
    ({"A": {"x": 3}}, {"A": {"x": 1}}, [D(5, "A", "x", 2)], 5),
    ({"A": {"x": 10**20}}, {"A": {"x": 10**19}}, [], 12),
]


@pytest.mark.parametrize("opening,demand,deliveries,days", CASES)
def test_same_as_reference(opening, demand, deliveries, days) -> None:
    assert_same(project_stock, reference, opening, demand, deliveries, days)


@pytest.mark.parametrize("opening,demand,deliveries,days", CASES)
def test_tuple_deliveries(opening, demand, deliveries, days) -> None:
    assert_same(project_stock, reference, opening, demand, tuple(deliveries), days)


@pytest.mark.parametrize("opening,demand,deliveries,days", CASES)
def test_same_error_message(opening, demand, deliveries, days) -> None:
    def message(function):
        try:
            return ("ok", function(opening, demand, deliveries, days))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(project_stock) == message(reference)


def test_generator_and_readonly_inputs() -> None:
    opening = MappingProxyType({"A": MappingProxyType({"x": 4})})
    demand = MappingProxyType({"A": MappingProxyType({"x": 3})})
    deliveries = [D(2, "A", "x", 5), D(3, "B", "z", 1)]
    want = reference(opening, demand, deliveries, 4)
    got = project_stock(opening, demand, (d for d in deliveries), 4)
    assert got == want
    assert dict(opening["A"]) == {"x": 4}


def test_snapshots_are_independent() -> None:
    opening = {"A": {"x": 5, "y": 1}, "B": {"x": 1}}
    result = project_stock(opening, {"A": {"x": 1}}, [], 3)
    result.levels[1]["A"]["x"] = 999
    result.levels[1]["B"]["x"] = 999
    result.levels[2]["C"] = {}
    assert result.levels[0] == {"A": {"x": 5, "y": 1}, "B": {"x": 1}}
    assert result.levels[2] == {"A": {"x": 3, "y": 1}, "B": {"x": 1}, "C": {}}
    assert result.levels[3] == {"A": {"x": 2, "y": 1}, "B": {"x": 1}}
    assert opening == {"A": {"x": 5, "y": 1}, "B": {"x": 1}}
    assert result.levels[0] is not opening and result.levels[0]["A"] is not opening["A"]


def test_key_order_of_levels() -> None:
    result = project_stock({"B": {"y": 1, "x": 2}}, {"C": {"z": 1}, "A": {"w": 1}}, [D(1, "D", "q", 1), D(1, "B", "a", 1)], 1)
    assert [list(level) for level in result.levels] == [["B"], ["B", "D", "C", "A"]]
    assert list(result.levels[1]["B"]) == ["y", "x", "a"]
    assert list(result.lost_sales) == [("C", "z"), ("A", "w")]


def _random_cases():
    rng = random.Random(1312)
    for _ in range(120):
        whs = [f"W{i}" for i in range(rng.randint(0, 4))]
        skus = [f"s{i}" for i in range(rng.randint(1, 6))]
        opening = {w: {s: rng.randint(0, 8) for s in rng.sample(skus, rng.randint(0, len(skus)))} for w in whs}
        demand = {w: {s: rng.randint(0, 4) for s in rng.sample(skus, rng.randint(0, len(skus)))} for w in whs + ["X"] if rng.random() < 0.8}
        deliveries = [D(rng.randint(1, 12), rng.choice(whs + ["Y"]), rng.choice(skus), rng.randint(0, 9)) for _ in range(rng.randint(0, 12))]
        yield opening, demand, deliveries, rng.randint(0, 10)


@pytest.mark.parametrize("opening,demand,deliveries,days", list(_random_cases()))
def test_random(opening, demand, deliveries, days) -> None:
    assert_same(project_stock, reference, opening, demand, deliveries, days)


def test_large_network() -> None:
    rng = random.Random(8)
    skus = [f"K{i}" for i in range(60)]
    opening = {w: {s: rng.randint(0, 50) for s in skus} for w in "ABCDE"}
    demand = {w: {s: rng.randint(0, 3) for s in rng.sample(skus, 40)} for w in "ABCDE"}
    deliveries = [D(rng.randint(1, 70), rng.choice("ABCDEF"), rng.choice(skus), rng.choice([10, 20])) for _ in range(300)]
    assert_same(project_stock, reference, opening, demand, deliveries, 60)
