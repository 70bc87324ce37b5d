"""Strict equivalence tests for Inventory.shortages (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from warehouse.stock import Inventory, OrderLine

TARGET = "warehouse/stock.py:Inventory.shortages"


def reference(self, lines):
    short = []
    for line in lines:
        if line.sku not in self.skus:
            short.append((line.order_id, line.sku, "not carried"))
        elif self.on_hand.get(line.sku, 0) < line.quantity:
            short.append((line.order_id, line.sku, "insufficient"))
    return short


def _cases():
    L = OrderLine
    yield Inventory([], {}), []
    yield Inventory([], {}), [L(1, "A", 1)]
    yield Inventory(["A"], {"A": 1}), []
    yield Inventory(["A"], {"A": 1}), [L(1, "A", 1), L(1, "A", 1), L(2, "A", 2)]
    yield Inventory(["A", "A", "B"], {"A": 0}), [L(1, "A", 0), L(2, "B", 1), L(3, "B", 0), L(4, "C", 0)]
    yield Inventory(["a", "A"], {"A": 3, "C": 5}), [L(1, "C", 1), L(2, "a", 1), L(3, "A", 4), L(4, "A", -1)]
    yield Inventory(["é", "e\u0301"], {"é": 2}), [L(1, "e\u0301", 1), L(2, "é", 2), L(3, "é", 3)]
    yield Inventory(["X"], {"X": 2}), [L(5, "X", 3), L(4, "Y", 1), L(5, "X", 3), L(3, "Y", 1)]
    rng = random.Random(1)
    for _ in range(60):
        skus = [f"S{rng.randrange(30)}" for _ in range(rng.randrange(0, 20))]
        on_hand = {f"S{rng.randrange(40)}": rng.randint(-1, 5) for _ in range(rng.randrange(0, 20))}
        lines = [L(rng.randrange(10), f"S{rng.randrange(40)}", rng.randint(0, 6)) for _ in range(rng.randrange(0, 30))]
        yield Inventory(skus, on_hand), lines


@pytest.mark.parametrize(("inventory", "lines"), list(_cases()))
def test_same_as_reference(inventory, lines) -> None:
    assert_same(Inventory.shortages, reference, inventory, lines)


def test_inventory_attributes_keep_their_types() -> None:
    inventory = Inventory(["A", "B"], {"A": 1})
    inventory.shortages([OrderLine(1, "A", 1), OrderLine(2, "Z", 1)])
    assert inventory.skus == ["A", "B"] and type(inventory.skus) is list
    assert inventory.on_hand == {"A": 1}


def test_later_changes_to_the_stock_list_are_seen() -> None:
    inventory = Inventory(["A"], {"A": 5, "B": 5})
    assert inventory.shortages([OrderLine(1, "B", 1)]) == [(1, "B", "not carried")]
    inventory.skus.append("B")
    assert inventory.shortages([OrderLine(1, "B", 1)]) == []
