"""Strict equivalence tests for replay (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from matching.engine import replay
from matching.orders import Cancel, Order

TARGET = "matching/engine.py:replay"


def best_first(side):
    if side == "buy":
        return lambda entry: (-entry[0], entry[1])
    return lambda entry: (entry[0], entry[1])


def reference(messages):
    bids = []
    asks = []
    seen = set()
    trades = []
    unknown_cancels = 0
    for seq, message in enumerate(messages):
        if isinstance(message, Cancel):
            for book in (bids, asks):
                for position, entry in enumerate(book):
                    if entry[3].order_id == message.order_id:
                        del book[position]
                        break
                else:
                    continue
                break
            else:
                unknown_cancels += 1
            continue
        if message.order_id in seen:
            raise ValueError(f"duplicate order id {message.order_id!r}")
        seen.add(message.order_id)
        if message.side not in ("buy", "sell"):
            raise ValueError(f"unknown side {message.side!r}")
        if message.quantity <= 0:
            raise ValueError(f"order {message.order_id!r} has no quantity")
        buying = message.side == "buy"
        own, other = (bids, asks) if buying else (asks, bids)
        other_key = best_first("sell" if buying else "buy")
        remaining = message.quantity
        while remaining and other:
            other.sort(key=other_key)
            best = other[0]
            if (buying and best[0] > message.price) or (not buying and best[0] < message.price):
                break
            lots = min(remaining, best[2])
            if buying:
                trades.append((message.order_id, best[3].order_id, best[0], lots))
            else:
                trades.append((best[3].order_id, message.order_id, best[0], lots))
            remaining -= lots
            best[2] -= lots
            if best[2] == 0:
                other.pop(0)
        if remaining:
            own.append([message.price, seq, remaining, message])
    bids.sort(key=best_first("buy"))
    asks.sort(key=best_first("sell"))
    return {
        "trades": trades,
        "bids": [(entry[0], entry[2], entry[3].order_id) for entry in bids],
        "asks": [(entry[0], entry[2], entry[3].order_id) for entry in asks],
        "unknown_cancels": unknown_cancels,
    }


def B(oid, price, qty, trader=""):
    return Order(oid, "buy", price, qty, trader)


def S(oid, price, qty, trader=""):
    return Order(oid, "sell", price, qty, trader)


X = Cancel

CASES = [
    [],
    [B("b", 100, 1)],
    [S("s", 100, 1)],
    [X("nope")],
    [X("b"), B("b", 100, 1)],
    [B("b", 100, 1), X("b")],
    [B("b", 100, 1), X("b"), X("b")],
    [B("b", 100, 1), X("b"), B("b", 100, 1)],
    [B("b", 100, 1), S("b", 100, 1)],
    [B("b", 100, 1), S("s", 100, 1), B("b", 100, 1)],
    [B("b", 100, 1), S("s", 100, 1)],
    [S("s", 100, 1), B("b", 100, 1)],
    [S("s", 100, 1), B("b", 99, 1)],
    [B("b", 100, 1), S("s", 101, 1)],
    [S("s", 100, 5), B("b", 102, 3)],
    [S("s", 100, 3), B("b", 102, 5)],
    [S("s", 100, 3), B("b", 102, 3)],
    [B("b1", 99, 1), B("b2", 100, 1), S("s", 98, 3)],
    [B("b1", 100, 1), B("b2", 100, 1), B("b3", 100, 1), S("s", 100, 2)],
    [S("s1", 101, 2), S("s2", 100, 2), S("s3", 100, 2), B("b", 101, 5)],
    [S("s1", 101, 2), S("s2", 100, 2), X("s2"), S("s3", 100, 2), B("b", 101, 5)],
    [S("s1", 101, 2), S("s2", 100, 2), S("s3", 100, 2), X("s3"), B("b", 100, 5), X("b"), S("s4", 99, 1)],
    [S("s1", 101, 2), S("s2", 100, 2), B("b1", 100, 1), X("s2"), B("b2", 101, 5), X("s2"), X("s1")],
    [B("b1", 100, 5), S("s1", 90, 2), S("s2", 95, 2), S("s3", 100, 2), S("s4", 100, 2)],
    [B("b1", 100, 5), B("b2", 101, 5), X("b1"), S("s1", 90, 7)],
    [B("b1", 100, 5), B("b2", 101, 5), X("b2"), S("s1", 90, 7)],
    [B("b1", 100, 5), S("s1", 101, 5), X("s1"), X("b1"), B("b2", 102, 1), S("s2", 99, 1)],
    [S("s1", 100, 1), S("s2", 100, 1), S("s3", 100, 1), X("s2"), B("b", 100, 3)],
    [S("s1", 100, 1), B("b", 100, 1), X("s1"), X("b")],
    [B("b", 100, 0)],
    [B("b", 100, -1)],
    [B("b", 100, 1), S("s", 100, 0), S("t", 100, 1)],
    [Order("o", "BUY", 100, 1)],
    [Order("o", "", 100, 1)],
    [Order("o", None, 100, 1)],
    [B("b", 100, 1), Order("o", "hold", 100, 1), S("s", 100, 1)],
    [B("b", 100.5, 2), S("s", 100.25, 1), S("t", 100.5, 2)],
    [B("b", 100, 2.5), S("s", 100, 1), S("t", 100, 2)],
    [B("b", 100, 0.1), B("c", 100, 0.2), S("s", 100, 0.3)],
    [S("s", 100, 0.3), B("b", 100, 0.1), B("c", 100, 0.2), B("d", 100, 0.1)],
    [B("b", 100, True), S("s", 100, 2)],
    [S("s", 100, 2), B("b", 100, True)],
    [B("b", 100, 1), S("s", 100.0, 1)],
    [B("b", -5, 1), S("s", -10, 1), S("t", 0, 1), B("c", 0, 3)],
    [B("b", 0, 1), S("s", 0, 1)],
    [B(None, 100, 1), S("s", 100, 1), X(None)],
    [B(1, 100, 1), S(1.0, 100, 1)],
    [B(1, 100, 1), X(1.0)],
    [B(("a", 1), 100, 1), X(("a", 1))],
    [B(["a"], 100, 1)],
    [X(["a"])],
    [B("b", 100, 1), X(["a"])],
    [B("bü", 100, 1, "Zoë"), S("sé", 100, 1, "Åsa")],
    [B("b", 100, 1), "garbage"],
    [B("b", 100, 1), None],
    [{"order_id": "b"}],
    (B("b", 100, 2), S("s", 99, 1)),
    [B(f"b{i}", 100 - i % 3, 1 + i % 4) for i in range(15)] + [S("big", 90, 30)],
    [S(f"s{i}", 100 + i % 5, 1 + i % 3) for i in range(15)] + [X("s3"), X("s7"), B("big", 103, 20), X("big")],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay, reference, case)


def _random_cases():
    rng = random.Random(1234)
    for index in range(130):
        messages, ids = [], []
        mid = 100
        for number in range(rng.randint(0, 40)):
            roll = rng.random()
            if roll < 0.2:
                messages.append(X(rng.choice(ids + ["ghost"]) if ids else "ghost"))
                continue
            mid += rng.choice([-1, 0, 1])
            side = rng.choice(["buy", "sell"])
            offset = rng.randint(-4, 3)
            price = mid + offset if side == "buy" else mid - offset
            if index % 5 == 0:
                price += rng.choice([0, 0.5, 0.25])
            oid = f"o{number}"
            if index % 23 == 0 and ids and rng.random() < 0.1:
                oid = rng.choice(ids)
            qty = rng.choice([1, 1, 2, 3, 5]) if index % 7 else rng.choice([0.5, 1, 1.5, 2.25])
            messages.append(Order(oid, side, price, qty, f"T{rng.randrange(3)}"))
            ids.append(oid)
        yield messages


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay, reference, case)


def test_large_session() -> None:
    rng = random.Random(77)
    messages, ids = [], []
    mid = 1000
    for number in range(1200):
        if ids and rng.random() < 0.15:
            messages.append(X(ids.pop(rng.randrange(len(ids)))))
            continue
        mid += rng.choice([-1, 0, 1])
        side = rng.choice(["buy", "sell"])
        offset = rng.randint(0, 2) if rng.random() < 0.2 else -rng.randint(1, 15)
        oid = f"o{number}"
        messages.append(Order(oid, side, mid + offset if side == "buy" else mid - offset, rng.choice([1, 2, 5, 10])))
        ids.append(oid)
    assert_same(replay, reference, messages)
