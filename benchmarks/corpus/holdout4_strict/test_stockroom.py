"""Strict equivalence tests for Inventory.low_stock (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from inventory.stock import Inventory, Movement, Product, ReorderLine
from strict_support import assert_same

TARGET = "inventory/stock.py:Inventory.low_stock"


def reference(self):
    lines = []
    for product in self._products.values():
        level = sum(movement.quantity for movement in self._movements if movement.sku == product.sku)
        if level <= product.reorder_point:
            lines.append(ReorderLine(product.sku, product.name, level, product.reorder_point - level))
    lines.sort(key=lambda line: (-line.shortfall, line.sku))
    return lines


def build(products, movements):
    inventory = Inventory([Product(*p) for p in products])
    for movement in movements:
        inventory.record(*movement)
    return inventory


CASES = [
    ([], []),
    ([("A", "a", 0)], []),
    ([("A", "a", -1)], []),
    ([("A", "a", 5)], [("A", 5)]),
    ([("A", "a", 5)], [("A", 6)]),
    ([("A", "a", 5)], [("A", 6), ("A", -1)]),
    ([("A", "a", 5)], [("A", -3)]),
    ([("B", "b", 5), ("A", "a", 5), ("C", "c", 5)], []),
    ([("B", "b", 5), ("A", "a", 5), ("C", "c", 7)], [("C", 2)]),
    ([("B", "b", 3), ("A", "a", 9)], [("A", 1), ("B", 1), ("A", 1), ("B", -10)]),
    ([("x", "x", 1.5)], [("x", 0.1), ("x", 0.2), ("x", 1.2)]),
    ([("x", "x", 0.6), ("y", "y", 0.3)], [("x", 0.1), ("x", 0.2), ("x", 0.3), ("y", 0.1), ("y", 0.2)]),
    ([("x", "x", 10**20)], [("x", 10**19), ("x", -1)]),
    ([("x", "x", 0)], [("x", 1), ("x", -1)]),
    ([("x", "x", 0)], [("x", 1.0), ("x", -1)]),
    ([("x", "x", 0)], [("x", -0.5), ("x", 0.5)]),
    ([("zoë", "Zoë's ünïcode", 3), ("Zoe", "ascii", 3), ("zoe", "lower", 3)], [("zoë", 1)]),
    ([("b", "", 2), ("B", "", 2), ("a", "", 2), ("", "empty sku", 2)], [("a", 2)]),
    ([("A", "a", 5), ("B", "b", 5)], [("A", 1, "ref"), ("B", 2, "ref"), ("A", 1, "ref")]),
]


def _random():
    rng = random.Random(8080)
    for _ in range(80):
        skus = [f"S{n}" for n in rng.sample(range(30), rng.randint(0, 8))]
        products = [(sku, sku.lower(), rng.choice([-2, 0, 1, 3, 5, 8])) for sku in skus]
        movements = [(rng.choice(skus), rng.choice([-4, -1, 1, 2, 3, 6])) for _ in range(rng.randint(0, 30))] if skus else []
        yield products, movements


@pytest.mark.parametrize("products, movements", CASES + list(_random()))
def test_same_as_reference(products, movements) -> None:
    assert_same(Inventory.low_stock, reference, build(products, movements))


def test_large_journal() -> None:
    rng = random.Random(99)
    products = [(f"P{n:04d}", f"part {n}", rng.choice([0, 5, 20, 50])) for n in range(300)]
    movements = [(f"P{rng.randrange(300):04d}", rng.choice([-5, -1, 2, 10, 25])) for _ in range(3000)]
    inventory = build(products, movements)
    assert_same(Inventory.low_stock, reference, inventory)


def test_report_changes_after_new_movements() -> None:
    inventory = build([("A", "a", 10), ("B", "b", 10)], [("A", 20)])
    assert [line.sku for line in inventory.low_stock()] == ["B"]
    inventory.record("B", 50)
    inventory.record("A", -15)
    assert inventory.low_stock() == [ReorderLine("A", "a", 5, 5)]
    inventory.add_product(Product("C", "c", 1))
    assert inventory.low_stock() == [ReorderLine("A", "a", 5, 5), ReorderLine("C", "c", 0, 1)]


def test_repeated_calls_agree_and_return_fresh_lists() -> None:
    inventory = build([("A", "a", 10), ("B", "b", 3)], [("A", 2)])
    first = inventory.low_stock()
    first.clear()
    assert inventory.low_stock() == reference(inventory)


def test_inventory_is_not_modified() -> None:
    inventory = build([("A", "a", 10), ("B", "b", 3)], [("A", 2), ("B", 1), ("A", -1)])
    before = (dict(inventory._products), list(inventory._movements))
    inventory.low_stock()
    assert (inventory._products, inventory._movements) == before
    assert inventory.movements("A") == [Movement("A", 2), Movement("A", -1)]
