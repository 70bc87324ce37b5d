"""Strict equivalence tests for build_waves (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from strict_support import assert_same
from wavepick.orders import Order, OrderLine
from wavepick.waves import Wave, build_waves

TARGET = "wavepick/waves.py:build_waves"


def order_units(order):
    return sum(line.quantity for line in order.lines)


def order_zones(order):
    return sorted({line.zone for line in order.lines})


def reference(orders, cart_units=60, max_orders=12, max_zones=3):
    pending = sorted(orders, key=lambda order: (order.cutoff, -order.priority))
    waves = []
    while pending:
        seed = pending[0]
        pending.remove(seed)
        members = [seed]
        units = order_units(seed)
        zones = set(order_zones(seed))
        for order in list(pending):
            if len(members) >= max_orders:
                break
            needed = order_units(order)
            if units + needed > cart_units:
                continue
            wanted = set(order_zones(order))
            if zones and not zones & wanted:
                continue
            if len(zones | wanted) > max_zones:
                continue
            members.append(order)
            units += needed
            zones |= wanted
            pending.remove(order)
        waves.append(Wave(len(waves) + 1, seed.cutoff, [order.order_id for order in members], units, sorted(zones)))
    return waves


def o(order_id, *lines, cutoff="15:00", priority=1):
    return Order(order_id, cutoff, priority, [OrderLine(f"SKU-{n}", quantity, zone) for n, (quantity, zone) in
                                              enumerate(lines)])


ONE_A = o("a", (1, "A"))
TWINS = [o("s", (1, "A")), o("x", (1, "B")), o("y", (1, "A"), (1, "B")), o("x", (1, "B"))]

CASES = [
    ([],),
    ((),),
    ([ONE_A],),
    ([ONE_A, ONE_A, ONE_A],),
    ([o("a", (1, "A")), o("b", (1, "A")), o("c", (1, "A"))], 60, 2),
    ([o("a", (1, "A")), o("b", (1, "A")), o("c", (1, "A"))], 60, 1),
    ([o("a", (1, "A")), o("b", (1, "A")), o("c", (1, "A"))], 60, 0),
    ([o("a", (1, "A")), o("b", (1, "A")), o("c", (1, "A"))], 60, -1),
    ([o("a", (1, "A")), o("b", (1, "A"))], 0),
    ([o("a", (100, "A")), o("b", (1, "A"))], 60),
    ([o("a", (30, "A")), o("b", (30, "A")), o("c", (1, "A"))], 60),
    ([o("a", (30, "A")), o("b", (31, "A")), o("c", (30, "A"))], 60),
    ([o("a", (-5, "A")), o("b", (64, "A"))], 60),
    ([o("a", (0.5, "A")), o("b", (59.5, "A")), o("c", (0.1, "A"))], 60),
    ([o("a", (1, "A")), o("b", (1, "A"))], 60.0, 12, 3),
    # zones
    ([o("empty"), o("a", (1, "A")), o("also empty")],),
    ([o("a", (1, "A")), o("empty"), o("b", (1, "A"))],),
    ([o("a", (1, "A")), o("b", (1, "B")), o("c", (1, "A"), (1, "B"))],),
    (TWINS,),
    (TWINS[::-1],),
    ([o("a", (1, "A"), (1, "B")), o("b", (1, "B"), (1, "C"), (1, "D")), o("c", (1, "C"))],),
    ([o("a", (1, "A"), (1, "B")), o("b", (1, "B"), (1, "C"), (1, "D"))], 60, 12, 4),
    ([o("a", (1, "A")), o("b", (1, "A"))], 60, 12, 0),
    ([o("a"), o("b")], 60, 12, 0),
    ([o("a", (1, "A"), (1, "B"), (1, "C"), (1, "D")), o("b", (1, "A"))],),
    ([o("a", (1, "Zoné")), o("b", (1, "zoné")), o("c", (2, "Zoné"))],),
    ([o("a", (1, 1)), o("b", (1, 1.0)), o("c", (1, True))],),
    ([o("a", (1, None)), o("b", (1, None))],),
    ([o("a", (1, "A"), (2, "A"), (3, "A"))],),
    # ordering
    ([o("late", (1, "A"), cutoff="18:00", priority=3), o("early", (1, "A"), cutoff="14:00"),
      o("express", (1, "A"), cutoff="14:00", priority=3)],),
    ([o(f"p{n}", (1, "A"), priority=n % 3) for n in range(9)], 60, 4),
    ([o("a", (1, "A"), priority=1.5), o("b", (1, "A"), priority=2), o("c", (1, "A"), priority=-1)],),
    ([o("a", (1, "A"), cutoff="9:00"), o("b", (1, "A"), cutoff="10:00"), o("c", (1, "A"), cutoff="")],),
    ([o("a", (1, "A"), cutoff="15:00"), o("b", (1, "A"), cutoff=None)],),
    ([o("a", (1, "A"), cutoff=None)],),
    ([o("a", (1, "A"), priority=None), o("b", (1, "A"), priority=None)],),
    ([o(None, (1, "A")), o(7, (1, "A")), o(("x", 1), (1, "A"))],),
    # invalid
    ([o("a", (None, "A"))],),
    ([o("a", ("2", "A"))],),
    ([o("a", (1, "A")), o("b", (1, ["A"]))],),
    ([o("a", (1, "A"), (1, 2))],),
    ([o("a", (1, "A")), None],),
    ([Order("a", "15:00", 1, None)],),
    ([o("a", (1, "A"))], None),
    ([o("a", (1, "A")), o("b", (1, "A"))], None),
    ([o("a", (1, "A")), o("b", (1, "A"))], 60, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_waves, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(build_waves, reference, max_zones=2, max_orders=3, cart_units=10,
                orders=[o(f"SO-{n}", (n % 4 + 1, "ABC"[n % 3])) for n in range(12)])


def test_orders_are_not_modified() -> None:
    orders = [o("a", (1, "A")), o("b", (1, "A"), cutoff="14:00"), o("c", (70, "B"))]
    before = copy.deepcopy(orders)
    build_waves(orders)
    assert orders == before


def _random_cases():
    rng = random.Random(8080)
    for index in range(160):
        zones = ["A", "B", "C", "D", "E"][: rng.randint(1, 5)]
        orders = []
        for number in range(rng.randint(0, 30)):
            lines = [OrderLine(f"SKU-{rng.randint(0, 20)}", rng.choice([1, 1, 2, 3, 5, 10, 20]), rng.choice(zones))
                     for _ in range(rng.choice([0, 1, 1, 1, 2, 3]))]
            orders.append(Order(f"SO-{number}", rng.choice(["14:00", "15:30", "17:00"]), rng.randint(1, 3), lines))
        if orders and index % 3 == 0:
            for _ in range(rng.randint(1, 4)):
                orders.insert(rng.randrange(len(orders) + 1), copy.deepcopy(rng.choice(orders)))
        yield orders, rng.choice([10, 20, 40, 60]), rng.choice([2, 5, 12]), rng.choice([1, 2, 3, 5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_waves, reference, *case)


def test_large_pool() -> None:
    rng = random.Random(21)
    orders = [Order(f"SO-{n}", rng.choice(["14:00", "16:00", "18:00"]), rng.randint(1, 3),
                    [OrderLine(f"SKU-{rng.randint(0, 99)}", rng.choice([1, 1, 2, 5]), rng.choice("ABCDEFG"))
                     for _ in range(rng.randint(1, 4))]) for n in range(400)]
    assert_same(build_waves, reference, orders, 40, 10)
