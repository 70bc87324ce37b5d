"""Strict equivalence tests for replay_day (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from vending.replay import replay_day

TARGET = "vending/replay.py:replay_day"


def apply_event(stock, event):
    updated = {key: dict(slot) for key, slot in stock.items()}
    key = (event["machine"], event["slot"])
    if key not in updated:
        raise KeyError(f"unknown slot {key}")
    slot = updated[key]
    kind = event["type"]
    if kind == "sale":
        if slot["qty"] > 0:
            slot["qty"] -= 1
            slot["sold"] += 1
            slot["revenue"] += slot["price"]
        else:
            slot["failed"] += 1
    elif kind == "restock":
        if event["qty"] < 0:
            raise ValueError("cannot restock a negative quantity")
        slot["qty"] += min(event["qty"], slot["capacity"] - slot["qty"])
    elif kind == "price":
        slot["price"] = event["price"]
    elif kind == "audit":
        slot["qty"] = event["qty"]
    else:
        raise ValueError(f"unknown event type {kind!r}")
    return updated


def reference(stock, events, low_water=2):
    current = stock
    stockouts = []
    for event in events:
        key = (event["machine"], event["slot"])
        before = current[key]["qty"] if key in current else None
        current = apply_event(current, event)
        after = current[key]
        if event["type"] == "sale" and before and after["qty"] == 0:
            stockouts.append((event["time"], event["machine"], event["slot"], after["product"]))
    revenue = {}
    for (machine, _), slot in current.items():
        revenue[machine] = revenue.get(machine, 0) + slot["revenue"]
    picks = [(machine, slot_id, slot["product"], slot["capacity"] - slot["qty"])
             for (machine, slot_id), slot in sorted(current.items()) if slot["qty"] <= low_water]
    return {"stock": current, "stockouts": stockouts, "revenue": revenue, "pick_list": picks}


def new_slot(product, capacity, price, qty=0):
    return {"product": product, "capacity": capacity, "price": price, "qty": qty, "sold": 0, "revenue": 0, "failed": 0}


def fleet():
    return {("M1", "A1"): new_slot("Cola", 8, 150, qty=2), ("M1", "A2"): new_slot("Water", 10, 100, qty=10),
            ("M2", "A1"): new_slot("Crisps", 12, 120, qty=0), ("M0", "B9"): new_slot("Gum", 5, 90, qty=3)}


def ev(kind, machine="M1", slot="A1", time="08:00", **extra):
    return {"type": kind, "machine": machine, "slot": slot, "time": time, **extra}


def sales(count, **kw):
    return [ev("sale", time=f"08:{n:02d}", **kw) for n in range(count)]


CASES = [
    ({}, []),
    (fleet(), []),
    (fleet(), [], 0),
    (fleet(), [], -1),
    (fleet(), [], 100),
    (fleet(), [], 2.5),
    ({}, [], None),
    (fleet(), [], None),
    ({}, [ev("sale")]),
    (fleet(), [ev("sale")]),
    (fleet(), sales(2)),
    (fleet(), sales(3)),
    (fleet(), sales(5)),
    (fleet(), sales(3) + [ev("restock", qty=4)] + sales(5)),
    (fleet(), [ev("sale", "M2")]),
    (fleet(), [ev("sale", "M9")]),
    (fleet(), [ev("sale", slot="a1")]),
    (fleet(), [ev("restock", qty=0)]),
    (fleet(), [ev("restock", qty=100)]),
    (fleet(), [ev("restock", qty=-1)]),
    (fleet(), [ev("restock", qty=2.5)]),
    (fleet(), [ev("restock", qty=2.5)] + sales(5)),
    (fleet(), [ev("restock", qty=None)]),
    (fleet(), [ev("restock")]),
    (fleet(), [ev("audit", qty=12)]),
    (fleet(), [ev("audit", qty=12), ev("restock", qty=3)]),
    (fleet(), [ev("audit", qty=0), ev("sale")]),
    (fleet(), [ev("audit", qty=1), ev("sale"), ev("sale")]),
    (fleet(), [ev("audit", qty=1.0), ev("sale")]),
    (fleet(), [ev("audit", qty=-2), ev("sale")]),
    (fleet(), [ev("audit", qty=None)]),
    (fleet(), [ev("audit", qty=None), ev("sale")]),
    (fleet(), [ev("price", price=175)] + sales(2)),
    (fleet(), [ev("price", price=1.75)] + sales(2)),
    (fleet(), [ev("price", price=0.1)] + sales(2) + [ev("restock", qty=3)] + sales(3)),
    (fleet(), [ev("price", price=None)]),
    (fleet(), [ev("price", price=None), ev("sale")]),
    (fleet(), [ev("price")]),
    (fleet(), [ev("refund")]),
    (fleet(), [ev("Sale")]),
    (fleet(), [ev(None)]),
    (fleet(), [ev("sale"), ev("bogus")]),
    (fleet(), [{"machine": "M1", "slot": "A1", "time": "08:00"}]),
    (fleet(), [{"type": "sale", "slot": "A1"}]),
    (fleet(), [{"type": "sale", "machine": "M1", "slot": "A1"}]),
    (fleet(), [{"type": "sale", "machine": "M1", "slot": "A1"}, {"type": "sale", "machine": "M1", "slot": "A1"}]),
    (fleet(), [ev("sale", time=None), ev("sale", time=None)]),
    (fleet(), [ev("sale", slot="A2", time=t) for t in ("07:59", "23:59")]),
    (fleet(), sales(2), 0),
    (fleet(), sales(2), None),
    (fleet(), sales(2), -5),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=10)}, sales(1)),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=10)}, [ev("restock", qty=5)]),
    ({("M1", "A1"): {"product": "Cola", "qty": 1}}, [ev("sale")]),
    ({("M1", "A1"): {"product": "Cola", "qty": 0, "failed": 0}}, [ev("sale")]),
    ({("M1", "A1"): {"product": "Cola", "qty": 0, "failed": 0, "revenue": 0, "capacity": 5}}, [ev("sale")]),
    ({("M1", "A1"): {**new_slot("Cola", 8, 150, qty=1), "note": "door sticks"}}, sales(2)),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=2), (1, "A1"): new_slot("Tea", 8, 150, qty=2)}, sales(1)),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=2), (1, "A1"): new_slot("Tea", 8, 150, qty=9)}, [], 0),
    ({("Automat Köln", "A1"): new_slot("Spezi", 8, 190, qty=1), ("自販機", "B2"): new_slot("お茶", 8, 150, qty=1)},
     [ev("sale", "Automat Köln"), ev("sale", "自販機", "B2")]),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=True)}, sales(2)),
    ({("M1", "A1"): new_slot("Cola", 8, 150.5, qty=3)}, sales(3)),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=None)}, sales(1)),
    ({("M1", "A1"): new_slot("Cola", 8, 150, qty=None)}, []),
    ({("M1", "A1"): new_slot("Cola", None, 150, qty=1)}, [ev("restock", qty=1)]),
    ({("M1", "A1"): new_slot("Cola", None, 150, qty=1)}, []),
    ({("M1", "A1", "x"): new_slot("Cola", 8, 150, qty=1)}, []),
    (fleet(), (ev("sale"), ev("sale", "M0", "B9"))),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_day, reference, *case)


def test_keyword_low_water() -> None:
    assert_same(replay_day, reference, fleet(), sales(2), low_water=5)


def _random_cases():
    rng = random.Random(2402)
    for index in range(140):
        stock = {}
        for machine in rng.sample(["M1", "M2", "M3"], rng.randint(1, 3)):
            for slot in rng.sample(["A1", "A2", "B1"], rng.randint(1, 3)):
                capacity = rng.choice([3, 5, 8])
                stock[(machine, slot)] = new_slot(rng.choice(["Cola", "Water", "Gum"]), capacity,
                                                  rng.choice([90, 150, 1.5]), rng.randint(0, capacity))
        keys = list(stock) or [("M1", "A1")]
        events = []
        for number in range(rng.randint(0, 25)):
            machine, slot = rng.choice(keys)
            kind = rng.choices(["sale", "restock", "price", "audit"], weights=[12, 2, 1, 1])[0]
            event = ev(kind, machine, slot, f"{8 + number // 60:02d}:{number % 60:02d}")
            if kind in ("restock", "audit"):
                event["qty"] = rng.randint(0, 6)
            elif kind == "price":
                event["price"] = rng.choice([100, 120, 2.25])
            events.append(event)
        yield (stock, events) if index % 2 else (stock, events, rng.choice([0, 1, 2, 3]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay_day, reference, *case)


def test_large_day() -> None:
    rng = random.Random(5)
    stock = {(f"VM{m:02d}", f"{row}{col}"): new_slot(rng.choice(["Cola", "Water", "Crisps"]), 10, rng.choice([110, 150]), rng.randint(0, 10))
             for m in range(10) for row in "ABC" for col in range(1, 6)}
    keys = list(stock)
    events = []
    for minute in range(400):
        machine, slot = rng.choice(keys)
        kind = "sale" if rng.random() < 0.95 else rng.choice(["restock", "audit"])
        event = ev(kind, machine, slot, f"{6 + minute // 60:02d}:{minute % 60:02d}")
        if kind != "sale":
            event["qty"] = rng.randint(0, 10)
        events.append(event)
    assert_same(replay_day, reference, stock, events)
