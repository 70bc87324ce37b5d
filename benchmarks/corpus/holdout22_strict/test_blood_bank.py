"""Strict equivalence tests for replay (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from strict_support import assert_same
from transfusion.stock import Receipt, Request, Unit, replay

TARGET = "transfusion/stock.py:replay"


# --- verbatim copy of the original implementation and its helpers -------------------------
# (Receipt is the package's own record type: the replay tells receipts apart by isinstance.)

RED_CELL_DONORS = {
    "O-": ["O-"],
    "O+": ["O+", "O-"],
    "A-": ["A-", "O-"],
    "A+": ["A+", "A-", "O+", "O-"],
    "B-": ["B-", "O-"],
    "B+": ["B+", "B-", "O+", "O-"],
    "AB-": ["AB-", "A-", "B-", "O-"],
    "AB+": ["AB+", "AB-", "A+", "A-", "B+", "B-", "O+", "O-"],
}


def normalise_group(group):
    compact = group.upper().replace(" ", "").replace("POS", "+").replace("NEG", "-")
    if compact not in RED_CELL_DONORS:
        raise ValueError(f"unknown blood group {group!r}")
    return compact


def donor_groups(recipient):
    return RED_CELL_DONORS[normalise_group(recipient)]


def reference(events):
    stock = []
    issued = {}
    short = {}
    wasted = []
    for event in events:
        if isinstance(event, Receipt):
            event.unit.group = normalise_group(event.unit.group)
            stock.append(event.unit)
            stock.sort(key=lambda unit: (unit.expires, unit.unit_id))
            continue
        for unit in list(stock):
            if unit.expires < event.day:
                stock.remove(unit)
                wasted.append(unit.unit_id)
        chosen = []
        for group in donor_groups(event.group):
            for unit in list(stock):
                if len(chosen) >= event.units:
                    break
                if unit.group == group:
                    chosen.append(unit)
                    stock.remove(unit)
        issued[event.request_id] = [unit.unit_id for unit in chosen]
        if len(chosen) < event.units:
            short[event.request_id] = event.units - len(chosen)
    counts = {}
    for unit in stock:
        counts[unit.group] = counts.get(unit.group, 0) + 1
    return {"issued": issued, "short": short, "wasted": wasted,
            "remaining": [unit.unit_id for unit in stock], "stock": dict(sorted(counts.items()))}


# --- cases -------------------------------------------------------------------------------

def rc(day, unit_id, group, expires):
    return Receipt(day, Unit(unit_id, group, expires))


def rq(day, request_id, group, units=1):
    return Request(day, request_id, group, units)


D1 = "2024-01-01"
MIXED = [rc(D1, "U3", "A+", "2024-02-10"), rc(D1, "U1", "A+", "2024-02-01"), rc(D1, "O1", "O-", "2024-01-20"),
         rc(D1, "O2", "O+", "2024-01-15"), rc(D1, "B1", "B-", "2024-01-12"), rc(D1, "AB1", "AB+", "2024-03-01"),
         rq("2024-01-05", "R1", "A+", 2), rq("2024-01-06", "R2", "O-", 1), rq("2024-01-13", "R3", "AB+", 3),
         rq("2024-01-14", "R4", "B+", 1), rc("2024-01-14", "A9", "a neg", "2024-01-30"), rq("2024-01-25", "R5", "AB-", 2)]
SHARED = Unit("S1", "o pos", "2024-01-10")
TWIN_A, TWIN_B = Unit("T1", "A+", "2024-01-10"), Unit("T1", "A+", "2024-01-10")

CASES = [
    ([],),
    ([rc(D1, "U1", "A+", "2024-01-10")],),
    ([rq(D1, "R1", "A+", 2)],),
    (MIXED,),
    (MIXED[:6],),
    (MIXED[6:],),
    (tuple(MIXED),),
    (MIXED + MIXED,),
    (list(reversed(MIXED)),),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-10", "R1", "O-")],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-11", "R1", "O-")],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-11", "R1", "O-", 0)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rc(D1, "U2", "O-", "2024-01-09"), rq("2024-01-11", "R1", "A+", 0)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-09", "R1", "O-", -2)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rc(D1, "U2", "O-", "2024-01-11"), rq("2024-01-09", "R1", "O-", 1.5)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-09", "R1", "O-", True)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-09", "R1", "O-", 10)],),
    ([rc(D1, f"U{n}", g, "2024-01-20") for n, g in enumerate(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"])]
     + [rq("2024-01-02", "R1", "AB+", 7), rq("2024-01-02", "R2", "AB+", 7)],),
    ([rc(D1, f"U{n}", g, "2024-01-20") for n, g in enumerate(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"])]
     + [rq("2024-01-02", f"R{g}", g, 1) for g in ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]],),
    ([rc(D1, "U2", "A+", "2024-01-10"), rc(D1, "U10", "A+", "2024-01-10"), rc(D1, "U1", "A+", "2024-01-10"),
      rq("2024-01-02", "R1", "A+", 2)],),
    ([Receipt(D1, TWIN_A), Receipt(D1, TWIN_B), rq("2024-01-02", "R1", "A+", 1)],),
    ([Receipt(D1, TWIN_A), Receipt("2024-01-02", TWIN_A), rq("2024-01-03", "R1", "A+", 1)],),
    ([Receipt(D1, SHARED), Receipt(D1, SHARED), rq("2024-01-02", "R1", "O+", 1), rq("2024-01-03", "R2", "O+", 5)],),
    ([Receipt(D1, SHARED), Receipt(D1, SHARED), rq("2024-01-12", "R1", "O+", 1)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A+", 2), rq("2024-01-03", "R1", "A+", 0)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A+", 0), rq("2024-01-03", "R1", "A+", 2)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", None, "A+", 1), rq("2024-01-03", 7, "A+", 2)],),
    ([rc(D1, "U1", " a pos ", "2024-01-10"), rc(D1, "U2", "ab NEG", "2024-01-10"), rc(D1, "U3", "Opos", "2024-01-10"),
      rc(D1, "U4", "b\tneg".replace("\t", " "), "2024-01-10"), rq("2024-01-02", "R1", "ab pos", 4)],),
    ([rc(D1, "U1", "O-", "2024-1-5"), rc(D1, "U2", "O-", "2024-01-10"), rq("2024-01-07", "R1", "O-", 1)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-20", "R1", "O-", 0), rc("2024-01-20", "U2", "O-", "2024-01-05"),
      rq("2024-01-21", "R2", "O-", 0)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rq("2024-01-05", "R1", "O-", 0), rq("2023-12-31", "R2", "O-", 1)],),
    ([rc(D1, "U1", "O-", "2024-01-10"), rc(D1, "U2", "O-", "2024-01-11"), rc(D1, "U3", "O+", "2024-01-09"),
      rq("2024-01-11", "R1", "AB+", 0)],),
    ([rc(D1, 3, "O-", "2024-01-10"), rc(D1, 1, "O-", "2024-01-10"), rc(D1, 2, "O-", "2024-01-09"), rq(D1, "R", "O-", 2)],),
    ([rc(D1, "U1", "O-", 20240110), rc(D1, "U2", "O-", 20240109), rq(20240110, "R", "O-", 1)],),
    ([rc(D1, "U1", "O-", ""), rq(D1, "R", "O-", 1)],),
    # invalid input
    (None,),
    ([None],),
    ([rc(D1, "U1", "C+", "2024-01-10")],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rc(D1, "U2", "A", "2024-01-10")],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A", 1)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A+", 1), rq("2024-01-02", "R2", "Rh+", 1)],),
    ([rc(D1, "U1", None, "2024-01-10")],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", None, 1)],),
    ([Receipt(D1, None)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rc(D1, "U2", "A+", None)],),
    ([rc(D1, "U1", "A+", None), rq("2024-01-02", "R1", "A+", 1)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq(None, "R1", "A+", 1)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A+", None)],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", "R1", "A+", "2")],),
    ([rq("2024-01-02", "R1", "A+", "2")],),
    ([rc(D1, "U1", "A+", "2024-01-10"), {"day": D1, "request_id": "R1", "group": "A+", "units": 1}],),
    ([rc(D1, "U1", "A+", "2024-01-10"), "request"],),
    ([rc(D1, "U1", "A+", "2024-01-10"), rq("2024-01-02", ["R1"], "A+", 1)],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay, reference, events=MIXED)


GROUPS = ["O+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"]
SPELLINGS = {"O+": "o pos", "A-": "A NEG", "AB+": "ab pos", "B-": "b neg"}


def _random_cases():
    rng = random.Random(1901)
    for _ in range(200):
        events = []
        serial = 0
        start = date(2024, 1, 1)
        for offset in range(rng.choice([1, 2, 5, 15, 40])):
            day = start + timedelta(days=offset)
            for _ in range(rng.choice([0, 1, 2, 4])):
                serial += 1
                group = rng.choice(GROUPS)
                if rng.random() < 0.1:
                    group = SPELLINGS.get(group, group)
                unit_id = f"U{rng.randint(0, serial)}" if rng.random() < 0.15 else f"U{serial:03d}"
                events.append(rc(day.isoformat(), unit_id, group, (day + timedelta(days=rng.randint(0, 10))).isoformat()))
            for _ in range(rng.choice([0, 1, 2])):
                group = rng.choice(GROUPS) if rng.random() > 0.02 else "Bombay"
                events.append(rq(day.isoformat(), f"R{rng.randint(0, 30)}", group, rng.choice([0, 1, 1, 2, 3, 5])))
        if rng.random() < 0.1:
            rng.shuffle(events)
        yield (events,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay, reference, *case)


def test_quarter() -> None:
    rng = random.Random(12)
    events = []
    serial = 0
    for offset in range(90):
        day = date(2024, 1, 1) + timedelta(days=offset)
        for _ in range(rng.randint(10, 20)):
            serial += 1
            events.append(rc(day.isoformat(), f"G{serial:05d}", rng.choice(GROUPS), (day + timedelta(days=rng.randint(5, 35))).isoformat()))
        for number in range(rng.randint(5, 12)):
            events.append(rq(day.isoformat(), f"XM{offset}-{number}", rng.choice(GROUPS), rng.choice([1, 2, 2, 3, 4])))
    assert_same(replay, reference, events)
