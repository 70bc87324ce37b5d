"""Strict equivalence tests for replay_auction (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from silentauction.replay import replay_auction
from strict_support import assert_same

TARGET = "silentauction/replay.py:replay_auction"


def high_bid(accepted, lot):
    best = 0
    for bid in accepted:
        if bid["lot"] == lot and bid["amount"] > best:
            best = bid["amount"]
    return best


def standings(accepted, lot, top):
    best = {}
    for order, bid in enumerate(accepted):
        if bid["lot"] != lot:
            continue
        current = best.get(bid["bidder"])
        if current is None or bid["amount"] > current[0]:
            best[bid["bidder"]] = (bid["amount"], order)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1]))
    return [(bidder, amount) for bidder, (amount, _) in ranked[:top]]


def reference(bids, reserves, increment=5, top=3):
    accepted = []
    timeline = []
    rejected = []
    for position, bid in enumerate(bids):
        lot = bid["lot"]
        if lot not in reserves:
            rejected.append(position)
            continue
        current = high_bid(accepted, lot)
        needed = reserves[lot] if current == 0 else current + increment
        if bid["amount"] < needed:
            rejected.append(position)
            continue
        accepted.append(bid)
        timeline.append((lot, tuple(standings(accepted, lot, top))))
    winners = {}
    for lot in sorted({bid["lot"] for bid in accepted}):
        winners[lot] = standings(accepted, lot, 1)[0]
    return {"timeline": timeline, "rejected": rejected, "winners": winners}


def B(lot, bidder, amount, **extra):
    return {"lot": lot, "bidder": bidder, "amount": amount, **extra}


R = {"L1": 10, "L2": 50}

CASES = [
    ([], {}),
    ([], R),
    ([B("L1", "a", 10)], R),
    ([B("L1", "a", 9)], R),
    ([B("L1", "a", 10)], {}),
    ([B("L1", "a", 10), B("L1", "b", 14), B("L1", "b", 15)], R),
    ([B("L1", "a", 10), B("L1", "a", 15), B("L1", "a", 20)], R),
    ([B("L1", "a", 10), B("L1", "b", 15), B("L1", "a", 20), B("L1", "c", 25), B("L1", "d", 30)], R),
    ([B("L1", "a", 10), B("L1", "b", 15), B("L1", "a", 20), B("L1", "c", 25), B("L1", "d", 30)], R, 5, 1),
    ([B("L1", "a", 10), B("L1", "b", 15), B("L1", "a", 20), B("L1", "c", 25)], R, 5, 0),
    ([B("L1", "a", 10), B("L1", "b", 15), B("L1", "a", 20), B("L1", "c", 25)], R, 5, -1),
    ([B("L1", "a", 10), B("L1", "b", 15)], R, 5, None),
    ([B("L1", "a", 10), B("L1", "b", 10), B("L1", "c", 10)], R, 0),
    ([B("L1", "a", 10), B("L1", "b", 10), B("L1", "a", 10)], R, 0),
    ([B("L1", "a", 10), B("L1", "b", 8), B("L1", "c", 12)], R, -2),
    ([B("L1", "a", 10), B("L1", "b", 8)], R, -2),
    ([B("L1", "a", 10), B("L1", "b", 13)], R, 2.5),
    ([B("L1", "a", 10.0), B("L1", "b", 15.0), B("L1", "c", 20)], R),
    ([B("L1", "a", 10.5), B("L1", "b", 15.5)], R),
    ([B("L1", "a", 0)], {"L1": 0}),
    ([B("L1", "a", 0), B("L1", "b", 0), B("L1", "c", 5)], {"L1": 0}),
    ([B("L1", "a", -5), B("L1", "b", -5)], {"L1": -10}),
    ([B("L1", "a", 0), B("L1", "b", 3)], {"L1": -10}),
    ([B("L1", "a", True), B("L1", "b", 6)], {"L1": 1}),
    ([B("L1", "a", 10), B("L2", "a", 50), B("L1", "b", 15), B("L2", "b", 54), B("L2", "c", 55)], R),
    ([B("L2", "z", 60), B("L1", "y", 10), B("L2", "x", 70)], R),
    ([B("L1", "ä", 10), B("L1", "Ä", 15), B("L1", "a", 20)], R),
    ([B("L1", "", 10), B("L1", None, 15)], R),
    ([B("L1", 7, 10), B("L1", 7.0, 15), B("L1", True, 20)], R),
    ([B(1, "a", 10), B(True, "b", 20)], {1: 10}),
    ([B(None, "a", 10)], {None: 5}),
    ([B("L1", "a", 10), B("L2", "a", 50)], {"L2": 50, "L1": 10}),
    ([B("L1", "a", 10), B(2, "a", 50)], {"L1": 10, 2: 50}),
    ([B("L1", "a", "10")], R),
    ([B("L1", "a", 10), B("L1", "b", "20")], R),
    ([B("L1", "a", 10), {"lot": "L1", "amount": 20}], R),
    ([{"lot": "L1", "amount": 20}], R),
    ([{"bidder": "a", "amount": 20}], R),
    ([B("L1", "a", 10), {"lot": "L1", "bidder": "b"}], R),
    ([B("L1", "a", 10), B("L9", "a", 10), {"lot": "L9", "bidder": "b"}], R),
    ([B(["L1"], "a", 10)], R),
    ([B("L1", "a", 10), B("L1", ["b"], 15)], R),
    ([B("L1", ["b"], 10)], R),
    ([B("L1", "a", 10, table=4, note="ünï")], R),
    ((B("L1", "a", 10), B("L1", "b", 15)), R),
    ([B("L1", "a", 10), B("L1", "b", 15)], {"L1": 10.0}),
    ([B("L1", "a", 10)], {"L1": None}),
    ([B("L1", "a", 10), B("L1", "b", 15)], R, None),
    ([B("L1", "a", 10 ** 20), B("L1", "b", 10 ** 20 + 5)], R),
    ([B("L1", "a", 10), B("L1", "a", 10), B("L1", "a", 16)], R),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_auction, reference, *case)


def _random_cases():
    rng = random.Random(808)
    for _ in range(140):
        lots = [f"L{n}" for n in range(rng.randint(1, 5))]
        reserves = {lot: rng.choice([0, 5, 10, 20]) for lot in lots if rng.random() < 0.9}
        people = [f"p{n}" for n in range(rng.randint(1, 6))]
        bids = []
        for _ in range(rng.randint(0, 40)):
            bids.append(B(rng.choice(lots), rng.choice(people), rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100])))
        yield bids, reserves, rng.choice([0, 1, 5, 5, 10]), rng.choice([1, 2, 3, 3, 4])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay_auction, reference, *case)


def test_large_gala() -> None:
    rng = random.Random(5)
    lots = [f"LOT-{n}" for n in range(25)]
    reserves = {lot: rng.choice([10, 50, 100]) for lot in lots}
    high = dict.fromkeys(lots, 0)
    bids = []
    for _ in range(2500):
        lot = rng.choice(lots)
        amount = max(high[lot], reserves[lot]) + rng.choice([-1, 0, 5, 10, 25])
        high[lot] = max(high[lot], amount)
        bids.append(B(lot, f"g{rng.randrange(120)}", amount))
    assert_same(replay_auction, reference, bids, reserves, 5, 3)
