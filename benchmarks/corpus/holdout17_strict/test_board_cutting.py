"""Strict equivalence tests for plan_boards (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from sawmill.cutting import plan_boards
from sawmill.pricing import StockLength

TARGET = "sawmill/cutting.py:plan_boards"


def best_cut(length, stock, kerf):
    best_value = 0
    best_pieces = ()
    for item in stock:
        if item.length_mm > length:
            continue
        rest = length - item.length_mm - kerf
        if rest < 0:
            rest = 0
        value, pieces = best_cut(rest, stock, kerf)
        value += item.price
        if value > best_value:
            best_value, best_pieces = value, (item,) + pieces
    return best_value, best_pieces


def reference(boards, stock, kerf=4):
    if kerf < 0:
        raise ValueError("kerf cannot be negative")
    if any(item.length_mm <= 0 for item in stock):
        raise ValueError("stock lengths must be positive")
    plans = []
    counts = {}
    total = 0.0
    for board_id, length in boards:
        value, pieces = best_cut(length, stock, kerf)
        used = sum(item.length_mm for item in pieces) + kerf * max(len(pieces) - 1, 0)
        plans.append((board_id, [item.name for item in pieces], round(value, 2), max(length - used, 0)))
        for item in pieces:
            counts[item.name] = counts.get(item.name, 0) + 1
        total += value
    return {"plans": plans, "pieces": counts, "value": round(total, 2)}


S = StockLength
STOCK = [S("S600", 600, 10.0), S("S900", 900, 16.5), S("S1800", 1800, 30.0)]
OAK = [S("OAK-0400", 400, 6.1), S("OAK-0600", 600, 9.6), S("OAK-0900", 900, 15.3), S("OAK-1200", 1200, 21.0),
       S("OAK-1500", 1500, 27.75), S("OAK-1800", 1800, 34.2), S("OAK-2400", 2400, 47.0), S("OAK-3000", 3000, 60.0)]

CASES = [
    ([], STOCK),
    ([], []),
    ([], STOCK, 0),
    ([], STOCK, -1),
    ([], STOCK, None),
    ([], [S("zero", 0, 1.0)]),
    ([], [S("neg", -5, 1.0)]),
    ([("A", 1800)], STOCK, -0.5),
    ([("A", 1800)], []),
    ([("A", 1800)], ()),
    ([("A", 1800)], STOCK),
    ([("A", 1804)], STOCK),
    ([("A", 1803)], STOCK),
    ([("A", 1800), ("B", 2500), ("C", 1000)], STOCK),
    ([("A", 1200)], STOCK, 0),
    ([("A", 1200)], STOCK, 4),
    ([("A", 1200)], STOCK, 2.5),
    ([("A", 1200.5)], STOCK, 4),
    ([("A", 599)], STOCK),
    ([("A", 600)], STOCK),
    ([("A", 0)], STOCK),
    ([("A", -100)], STOCK),
    ([("A", 10**4)], [S("long", 2500, 1.0)]),
    ([("A", 3600)], STOCK, 600),
    ([("A", 3600)], STOCK, 10**6),
    ([("A", "1800")], STOCK),
    ([("A", None)], STOCK),
    ([("A",)], STOCK),
    ([("A", 1800, "extra")], STOCK),
    ([["A", 1800], ["B", 900]], STOCK),
    ((("A", 1800), ("B", 900)), tuple(STOCK)),
    ([(None, 1800), (7, 900), ("Ünïcødé", 1200), ("A", 600), ("A", 600)], STOCK),
    # ties between equally valuable plans
    ([("A", 1200)], [S("a", 600, 10.0), S("b", 1200, 20.0)], 0),
    ([("A", 1200)], [S("b", 1200, 20.0), S("a", 600, 10.0)], 0),
    ([("A", 1800)], [S("a", 600, 10), S("b", 1200, 20), S("c", 1800, 30)], 0),
    ([("A", 1800)], [S("c", 1800, 30), S("a", 600, 10), S("b", 1200, 20)], 0),
    ([("A", 1000)], [S("x", 500, 5.0), S("x", 500, 6.0)], 0),
    ([("A", 1000)], [S("x", 500, 6.0), S("x", 500, 5.0)], 0),
    ([("A", 1000)], [S("x", 500, 5.0), S("y", 500, 5.0)], 0),
    # prices
    ([("A", 1800)], [S("free", 600, 0.0), S("neg", 900, -5.0)]),
    ([("A", 1800)], [S("free", 600, 0), S("p", 900, 0.01)]),
    ([("A", 2400)], [S("a", 600, 0.1), S("b", 300, 0.05)], 0),
    ([("A", 2400), ("B", 2400)], [S("a", 700, 1 / 3), S("b", 300, 0.1)], 1),
    ([("A", 1800)], [S("int", 600, 10), S("int2", 900, 15)]),
    ([("A", 1800)], [S("big", 600, 1e15), S("small", 900, 1e-3)]),
    ([("A", 1800)], [S("a", 600, None)]),
    ([("A", 1800)], [S("a", "600", 1.0)]),
    ([("A", 500)], [S("a", 600, None)]),
    ([("A", 1800), ("B", 700)], [S("a", 600, True), S("b", 650, 1)], 0),
    ([("A", 4020), ("B", 3001), ("C", 2999)], OAK),
    ([("A", 3600), ("B", 3600)], OAK, 0),
    ([("A", 3000)], OAK, 3),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(plan_boards, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(plan_boards, reference, [("A", 2500)], STOCK, kerf=0)
    assert_same(plan_boards, reference, boards=[("A", 2500)], stock=STOCK)


def _random_cases():
    rng = random.Random(6006)
    for index in range(150):
        stock = []
        for number in range(rng.randint(0, 5)):
            length = rng.choice([300, 400, 450, 600, 750, 900, 1200, 1800])
            price = rng.choice([round(length / 60 * rng.uniform(0.8, 1.2), 2), length // 100, 0.0, round(rng.uniform(0, 30), 1)])
            stock.append(StockLength(f"P{number % 4}", length, price))
        boards = [(f"B{n}", rng.choice([rng.randrange(0, 2600, 10), rng.randint(250, 2400)])) for n in range(rng.randint(0, 5))]
        kerf = rng.choice([0, 3, 4, 5, 10])
        yield (boards, stock) if index % 5 == 0 else (boards, stock, kerf)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(plan_boards, reference, *case)


def test_large_delivery() -> None:
    rng = random.Random(44)
    boards = [(f"B{n:02d}", rng.randrange(2400, 4400, 10)) for n in range(12)]
    assert_same(plan_boards, reference, boards, OAK, 4)
