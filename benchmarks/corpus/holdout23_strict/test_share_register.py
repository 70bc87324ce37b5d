"""Strict equivalence tests for registers_at (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from sharereg.events import ShareEvent
from sharereg.register import registers_at
from strict_support import assert_same

TARGET = "sharereg/register.py:registers_at"


# --- verbatim copy of the original implementation and its helpers -------------------------

KINDS = ("issue", "transfer", "buyback")


def _remove(register, holder, share_class, shares):
    held = register.get(holder, {}).get(share_class, 0)
    if shares > held:
        raise ValueError(f"{holder} holds {held} {share_class} shares, cannot part with {shares}")
    if shares == held:
        del register[holder][share_class]
        if not register[holder]:
            del register[holder]
    else:
        register[holder][share_class] = held - shares


def apply_event(register, event):
    if event.kind not in KINDS:
        raise ValueError(f"unknown event kind {event.kind!r}")
    if event.shares <= 0:
        raise ValueError("the number of shares must be positive")
    if event.kind == "issue":
        holding = register.setdefault(event.holder, {})
        holding[event.share_class] = holding.get(event.share_class, 0) + event.shares
        return
    if event.kind == "transfer" and event.counterparty is None:
        raise ValueError("a transfer needs a counterparty")
    _remove(register, event.holder, event.share_class, event.shares)
    if event.kind == "transfer":
        holding = register.setdefault(event.counterparty, {})
        holding[event.share_class] = holding.get(event.share_class, 0) + event.shares


def reference(events, record_dates):
    history = []
    register = {}
    for event in sorted(events, key=lambda event: event.date):
        apply_event(register, event)
        history.append((event.date, copy.deepcopy(register)))
    result = {}
    for record_date in record_dates:
        snapshot = {}
        for when, state in history:
            if when > record_date:
                break
            snapshot = state
        result[record_date] = snapshot
    return result


# --- cases -------------------------------------------------------------------------------

E = ShareEvent


@dataclass
class Entry:  # a look-alike record from the old spreadsheet register
    date: object
    kind: object
    holder: object
    share_class: object
    shares: object
    counterparty: object = None


Row = namedtuple("Row", "date kind holder share_class shares counterparty")

BOOKS = [E("2020-01-01", "issue", "Founder", "ORD", 1000), E("2020-01-02", "transfer", "Founder", "ORD", 510, "EOT"),
         E("2021-03-01", "issue", "Ann", "A", 50), E("2021-03-01", "transfer", "EOT", "ORD", 100, "Ann"),
         E("2021-03-01", "buyback", "Ann", "A", 50), E("2022-06-30", "transfer", "Ann", "ORD", 100, "Bob"),
         E("2022-06-30", "issue", "Cal", "PREF", 7), E("2023-01-15", "buyback", "Bob", "ORD", 100)]
DATES = ["2019-12-31", "2020-01-01", "2020-06-30", "2021-03-01", "2022-06-30", "2023-06-30"]

CASES = [
    ([], []),
    ([], DATES),
    (BOOKS, []),
    (BOOKS, DATES),
    (BOOKS[::-1], DATES),
    (BOOKS, DATES[::-1]),
    (tuple(BOOKS), tuple(DATES)),
    (BOOKS, DATES + DATES),
    (BOOKS, ["2021-03-01"]),
    (BOOKS, ["2021-03-01 "]),
    (BOOKS, ["2021-3-1"]),
    (BOOKS, ["2021-03-01T00:00"]),
    (BOOKS, ["2021"]),
    (BOOKS, ["9999-12-31", "0000-01-01", ""]),
    (BOOKS, [None]),
    ([], [None]),
    (BOOKS, [20210301]),
    (BOOKS, "2021-03-01"),
    (BOOKS, None),
    (BOOKS, {"2021-03-01": 1, "2022-06-30": 2}),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-01", "buyback", "A", "ORD", 5)], ["2020-01-01"]),
    ([E("2020-01-01", "buyback", "A", "ORD", 5), E("2020-01-01", "issue", "A", "ORD", 5)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-01", "transfer", "A", "ORD", 5, "A")], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-01", "transfer", "A", "ORD", 2, "A")], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-02", "transfer", "A", "ORD", 5, "")], ["2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-02", "transfer", "A", "ORD", 5)], ["2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-02", "buyback", "A", "ORD", 6)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2020-01-02", "buyback", "A", "A", 1)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 5), E("2030-01-02", "gift", "A", "ORD", 1)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 0)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", -3)], ["2020-01-01"]),
    ([E("2020-01-01", "Issue", "A", "ORD", 3)], ["2020-01-01"]),
    ([E("2020-01-01", None, "A", "ORD", 3)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", None)], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", "3")], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 1.5), E("2020-01-02", "issue", "A", "ORD", 2)], ["2020-01-01", "2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", 0.1), E("2020-01-01", "issue", "A", "ORD", 0.2),
      E("2020-01-02", "buyback", "A", "ORD", 0.3)], ["2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", True), E("2020-01-02", "issue", "A", "ORD", True)], ["2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", 2), E("2020-01-02", "buyback", "A", "ORD", 2.0)], ["2020-01-02"]),
    ([E("2020-01-01", "issue", "A", "ORD", 10 ** 30), E("2020-01-02", "transfer", "A", "ORD", 10 ** 29, "B")], ["2020-01-02"]),
    ([E("2020-01-01", "issue", None, None, 3), E("2020-01-01", "transfer", None, None, 1, "Ä")], ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 3), E("2020-01-01", "issue", "a", "ord", 3), E("2020-01-01", "issue", "A ", "ORD", 3)],
     ["2020-01-01"]),
    ([E("2020-01-01", "issue", 1, "ORD", 3), E("2020-01-01", "issue", 1.0, "ORD", 3), E("2020-01-01", "issue", True, "ORD", 3)],
     ["2020-01-01"]),
    ([E("2020-01-01", "issue", "A", "ORD", 3), E(None, "issue", "A", "ORD", 3)], ["2020-01-01"]),
    ([E(None, "issue", "A", "ORD", 3)], ["2020-01-01"]),
    ([E(None, "issue", "A", "ORD", 3)], []),
    ([E("2020-01-02", "issue", "A", "ORD", 3), E("2020-01-10", "issue", "A", "ORD", 3), E("2020-01-9", "issue", "B", "ORD", 3)],
     ["2020-01-09", "2020-01-1", "2020-01-2"]),
    ([Entry("2020-01-01", "issue", "A", "ORD", 3), Row("2020-01-02", "transfer", "A", "ORD", 1, "B")], ["2020-01-02"]),
    ([Entry("2020-01-01", "issue", "A", "ORD", 3, "ignored"), Entry("2020-01-02", "buyback", "A", "ORD", 3, "x")], ["2020-01-02"]),
    ([None], []),
    ([E("2020-01-01", "issue", "A", "ORD", 3), None], ["2020-01-01"]),
    (None, DATES),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(registers_at, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(registers_at, reference, record_dates=DATES, events=BOOKS)


def _random_cases():
    rng = random.Random(2014)
    holders = ["Trust", "Ann", "Bob", "Cal", "Dee"]
    for _ in range(230):
        books = {}
        events = []
        for _ in range(rng.choice([0, 1, 3, 10, 30, 60])):
            date = f"2020-0{rng.randint(1, 3)}-{rng.randint(1, 28):02d}"
            holder, share_class = rng.choice(holders), rng.choice(["ORD", "A"])
            held = books.get((holder, share_class), 0)
            roll = rng.random()
            if roll < 0.5 or not held:
                event = E(date, "issue", holder, share_class, rng.randint(1, 50))
            elif roll < 0.8:
                event = E(date, "transfer", holder, share_class, rng.randint(1, held), rng.choice(holders))
            else:
                event = E(date, "buyback", holder, share_class, rng.choice([held, rng.randint(1, held)]))
            events.append(event)
            books[(holder, share_class)] = held + (event.shares if event.kind == "issue" else -event.shares)
            if event.counterparty:
                books[(event.counterparty, share_class)] = books.get((event.counterparty, share_class), 0) + event.shares
        events.sort(key=lambda event: event.date)
        if events and rng.random() < 0.05:
            events.append(E("2020-02-01", "buyback", "Nobody", "ORD", 1))
        rng.shuffle(events) if rng.random() < 0.1 else None
        dates = [f"2020-0{rng.randint(1, 4)}-{rng.randint(1, 28):02d}" for _ in range(rng.choice([0, 1, 3, 6]))]
        yield events, dates


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(registers_at, reference, *case)


def test_ten_years() -> None:
    rng = random.Random(10)
    events = [E("2014-04-01", "issue", "Trust", "ORD", 10 ** 6)]
    for month in range(120):
        date = f"{2014 + month // 12}-{month % 12 + 1:02d}-15"
        for _ in range(5):
            events.append(E(date, "transfer", "Trust", "ORD", rng.randint(1, 50), f"EMP{rng.randint(0, 150):03d}"))
    assert_same(registers_at, reference, events, [f"{year}-06-30" for year in range(2013, 2025)])
