"""Strict equivalence tests for orders_with_customers (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from crm.join import Customer, Order, orders_with_customers
from strict_support import assert_same

TARGET = "crm/join.py:orders_with_customers"


def reference(orders, customers):
    joined = []
    for order in orders:
        for customer in customers:
            if customer.customer_id == order.customer_id:
                joined.append((order.order_id, customer.name, customer.country, order.total))
    return joined


C, O = Customer, Order
CASES = [
    ([], []),
    ([O(1, 1, 1.0)], []),
    ([], [C(1, "a", "FR")]),
    ([O(1, 1, 1.0), O(1, 1, 1.0)], [C(1, "a", "FR")]),
    ([O(1, 1, 1.0)], [C(1, "a", "FR"), C(1, "b", "DE")]),
    ([O(2, 7, 2.0), O(1, 1, 1.0)], [C(1, "a", "FR"), C(7, "b", "DE"), C(1, "c", "IT")]),
    ([O(3, 1, 1.0)], [C(1.0, "float id", "FR"), C(True, "bool id", "DE")]),
    ([O(3, "1", 1.0)], [C(1, "int id", "FR")]),
]


def _random():
    rng = random.Random(10)
    for _ in range(40):
        customers = [C(rng.randrange(8), f"c{i}", rng.choice(["FR", "DE"])) for i in range(rng.randrange(0, 10))]
        orders = [O(i, rng.randrange(10), float(rng.randrange(100))) for i in range(rng.randrange(0, 15))]
        yield orders, customers


@pytest.mark.parametrize(("orders", "customers"), CASES + list(_random()))
def test_same_as_reference(orders, customers) -> None:
    assert_same(orders_with_customers, reference, orders, customers)
