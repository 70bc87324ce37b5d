"""Strict equivalence tests for realized_gains (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple

import pytest
from strict_support import assert_same
from taxlots.fifo import Trade, realized_gains

TARGET = "taxlots/fifo.py:realized_gains"


def reference(trades):
    lots = {}
    gains = {}
    for trade in trades:
        if trade.quantity < 0:
            raise ValueError(f"negative quantity in {trade}")
        if trade.side == "buy":
            lots.setdefault(trade.symbol, []).append([trade.quantity, trade.price_cents])
        elif trade.side == "sell":
            open_lots = lots.get(trade.symbol, [])
            remaining, gain = trade.quantity, 0
            while remaining:
                if not open_lots:
                    raise ValueError(f"selling more {trade.symbol} than held")
                lot = open_lots[0]
                used = min(lot[0], remaining)
                gain += used * (trade.price_cents - lot[1])
                lot[0] -= used
                remaining -= used
                if lot[0] == 0:
                    open_lots.pop(0)
            gains[trade.symbol] = gains.get(trade.symbol, 0) + gain
        else:
            raise ValueError(f"unknown side {trade.side!r}")
    return gains


def B(symbol, quantity, price):
    return Trade(symbol, "buy", quantity, price)


def S(symbol, quantity, price):
    return Trade(symbol, "sell", quantity, price)


Plain = namedtuple("Plain", "symbol side quantity price_cents")

CASES = [
    [],
    [B("A", 1, 10)],
    [S("A", 0, 10)],
    [B("A", 1, 10), S("A", 0, 99)],
    [S("B", 0, 1), S("A", 0, 1), S("B", 0, 1)],
    [B("A", 10, 100), B("A", 10, 200), S("A", 5, 300)],
    [B("A", 10, 100), B("A", 10, 200), S("A", 15, 300)],
    [B("A", 10, 100), B("A", 10, 200), S("A", 20, 300)],
    [B("A", 10, 100), B("A", 10, 200), S("A", 20, 300), B("A", 1, 1), S("A", 1, 5)],
    [B("A", 10, 100), S("A", 21, 300)],
    [B("A", 10, 100), S("A", 5, 300), S("A", 5, 50), S("A", 1, 1)],
    [S("A", 1, 10)],
    [B("A", 3, 10), B("B", 3, 10), S("B", 2, 5), S("A", 2, 50), S("B", 1, 20), S("A", 1, 1)],
    [B("A", 1, 10), B("B", 5, 10), S("A", 1, 10), S("B", 6, 10)],
    [B("A", 0, 10), B("A", 2, 20), S("A", 2, 30)],
    [B("A", 0, 10), S("A", 0, 30), B("A", 1, 5), S("A", 1, 6)],
    [B("A", 0, 10), S("A", 1, 30)],
    [B("A", 2, 10), S("A", 1, 10), S("A", 1, 10), S("A", 0, 10)],
    [B("A", -1, 10)],
    [B("A", 5, 10), S("A", -1, 10)],
    [B("A", 5, 10), Trade("A", "Buy", 1, 10)],
    [B("A", 5, 10), Trade("A", "SELL", 1, 10)],
    [Trade("A", "", 0, 0)],
    [Trade("A", "hold", -1, 0)],
    [B("A", 5, 10), S("A", 2, 12), Trade("A", "short", 1, 10), S("A", 2, 12)],
    [B("A", 1, -10), S("A", 1, -20)],
    [B("A", 2, 10.5), S("A", 1, 11.25)],
    [B("A", 2, 10), S("A", 1, 11.0)],
    [B("A", 2.5, 10), S("A", 1.5, 12), S("A", 1.0, 14)],
    [B("A", 0.1, 10), B("A", 0.2, 10), S("A", 0.3, 11)],
    [B("A", True, 7), S("A", True, 9)],
    [B(1, 3, 10), B("1", 3, 20), S(1, 2, 15), S("1", 2, 15)],
    [B(("X", "NYSE"), 3, 10), S(("X", "NYSE"), 3, 9)],
    [B("Ωmega", 1, 1), S("Ωmega", 1, 2)],
    [B("A", 10**20, 3), S("A", 10**19, 10**9)],
    [Plain("A", "buy", 3, 10), Plain("A", "sell", 2, 15)],
    [B("A", 1, 10)] * 5 + [S("A", 5, 11)],
]


def _random():
    rng = random.Random(404)
    for _ in range(60):
        trades = []
        held = {}
        for _ in range(rng.randint(0, 40)):
            symbol = rng.choice("ABC")
            if rng.random() < 0.6:
                quantity = rng.randint(0, 5)
                trades.append(B(symbol, quantity, rng.randint(1, 50)))
                held[symbol] = held.get(symbol, 0) + quantity
            else:
                quantity = rng.randint(0, max(0, held.get(symbol, 0)) + (1 if rng.random() < 0.05 else 0))
                trades.append(S(symbol, quantity, rng.randint(1, 50)))
                held[symbol] = held.get(symbol, 0) - quantity
        yield trades


@pytest.mark.parametrize("trades", CASES + list(_random()))
def test_same_as_reference(trades) -> None:
    assert_same(realized_gains, reference, trades)


def test_any_iterable_of_trades() -> None:
    trades = [B("A", 3, 10), S("A", 2, 15)]
    assert_same(lambda: realized_gains(iter(trades)), lambda: reference(iter(trades)))
    assert_same(lambda: realized_gains(tuple(trades)), lambda: reference(tuple(trades)))


def test_long_history() -> None:
    rng = random.Random(9)
    trades = [B(rng.choice("XY"), rng.randint(1, 3), rng.randint(90, 110)) for _ in range(3000)]
    trades += [S("X", 500, 120), S("Y", 700, 80), S("X", 1, 100), S("Y", 2000, 95)]
    assert_same(realized_gains, reference, trades)


def test_trades_are_not_modified() -> None:
    trades = [B("A", 3, 10), B("A", 3, 20), S("A", 4, 15)]
    copy = list(trades)
    realized_gains(trades)
    assert trades == copy
    assert realized_gains(trades) == realized_gains(trades) == {"A": 3 * 5 - 5}


def test_result_is_a_plain_dict_in_order_of_first_sale() -> None:
    result = realized_gains([B("B", 1, 1), B("A", 1, 1), S("A", 1, 2), S("B", 1, 2), S("A", 0, 9)])
    assert type(result) is dict
    assert list(result) == ["A", "B"]
