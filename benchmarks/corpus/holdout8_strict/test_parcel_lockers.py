"""Strict equivalence tests for assign_parcels (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from lockers.assign import assign_parcels
from strict_support import assert_same

TARGET = "lockers/assign.py:assign_parcels"

SIZES = {"S": 1, "M": 2, "L": 3, "XL": 4}


def reference(lockers, events):
    for locker_id, size in lockers:
        if size not in SIZES:
            raise ValueError(f"locker {locker_id} has unknown size {size!r}")
    free = list(lockers)
    where = {}
    occupied = {}
    for event in events:
        kind = event[0]
        if kind == "drop":
            _, parcel, size = event
            if size not in SIZES:
                raise ValueError(f"parcel {parcel} has unknown size {size!r}")
            if parcel in where:
                raise ValueError(f"parcel {parcel} dropped twice")
            need = SIZES[size]
            candidates = sorted((locker for locker in free if SIZES[locker[1]] >= need), key=lambda locker: (SIZES[locker[1]], locker[0]))
            if candidates:
                chosen = candidates[0]
                free.remove(chosen)
                occupied[parcel] = chosen
                where[parcel] = chosen[0]
            else:
                where[parcel] = None
        elif kind == "pickup":
            _, parcel = event
            if parcel not in occupied:
                if parcel in where and where[parcel] is None:
                    continue
                raise KeyError(f"parcel {parcel} is not in a locker")
            free.append(occupied.pop(parcel))
        else:
            raise ValueError(f"unknown event {kind!r}")
    return where


BANK = [("A2", "M"), ("A1", "S"), ("B1", "L"), ("A3", "S"), ("Z9", "XL")]


def drop(parcel, size):
    return ("drop", parcel, size)


def pick(parcel):
    return ("pickup", parcel)


CASES = [
    ([], []),
    (BANK, []),
    ([], [drop("p1", "S")]),
    ([], [drop("p1", "S"), pick("p1")]),
    ([], [drop("p1", "S"), pick("p1"), pick("p1")]),
    (BANK, [drop("p1", "S")]),
    (BANK, [drop("p1", "S"), drop("p2", "S"), drop("p3", "S"), drop("p4", "S"), drop("p5", "S"), drop("p6", "S")]),
    (BANK, [drop("p1", "XL"), drop("p2", "XL"), drop("p3", "M")]),
    (BANK, [drop("p1", "L"), drop("p2", "L"), pick("p1"), drop("p3", "L"), pick("p2"), pick("p3")]),
    (BANK, [drop("p1", "S"), pick("p1"), drop("p2", "S")]),
    (BANK, [drop("p1", "S"), drop("p2", "S"), pick("p1"), drop("p3", "S"), drop("p4", "S")]),
    ([("A10", "S"), ("A2", "S"), ("A1", "S")], [drop("a", "S"), drop("b", "S"), drop("c", "S")]),
    ([("b", "S"), ("B", "S"), ("\u00e9", "S"), ("e", "S")], [drop(n, "S") for n in "wxyz"]),
    ([("A1", "S"), ("A1", "S")], [drop("p1", "S"), drop("p2", "S"), drop("p3", "S"), pick("p1"), drop("p4", "S")]),
    ([("A1", "S"), ("A1", "L")], [drop("p1", "S"), drop("p2", "S"), pick("p1"), drop("p3", "M")]),
    ([["L1", "M"], ["L0", "M"]], [drop("p1", "S"), pick("p1"), drop("p2", "M"), drop("p3", "M")]),
    ((("T1", "S"), ("T0", "XL")), (drop("p1", "M"), drop("p2", "S"))),
    ([(3, "S"), (1, "S"), (2, "M")], [drop("p1", "S"), drop("p2", "S"), drop("p3", "S"), drop("p4", "S")]),
    (BANK, [drop(1, "S"), drop((2, 3), "M"), pick(1), drop(True, "S")]),
    (BANK, [drop("p1", "S"), drop("p1", "S")]),
    (BANK, [drop("p1", "S"), pick("p1"), drop("p1", "S")]),
    ([("A1", "S")], [drop("p1", "S"), drop("p2", "S"), drop("p2", "S")]),
    ([("A1", "S")], [drop("p1", "S"), drop("p2", "S"), pick("p2"), pick("p2"), pick("p1"), drop("p3", "S")]),
    (BANK, [pick("ghost")]),
    (BANK, [drop("p1", "S"), pick("p1"), pick("p1")]),
    (BANK, [drop("p1", "s")]),
    (BANK, [drop("p1", "XXL")]),
    (BANK, [drop("p1", ["S"])]),
    (BANK, [drop("p1", "XXL"), drop("p1", "S")]),
    (BANK, [drop("p1", "S"), drop("p1", "XXL")]),
    ([("A1", "XXL")], []),
    ([("A1", "S"), ("A2", "m")], [drop("p1", "S")]),
    ([("A1",)], []),
    ([("A1", "S", "extra")], []),
    (BANK, [("deliver", "p1", "S")]),
    (BANK, [("Drop", "p1", "S")]),
    (BANK, [()]),
    (BANK, [("drop", "p1")]),
    (BANK, [("pickup",)]),
    (BANK, [("pickup", "p1", "extra")]),
    (BANK, [drop("p1", "S"), ("pickup", "p1", "x")]),
    (BANK, ["drop"]),
    (BANK, [drop("p1", "S"), "pickup"]),
    (BANK, [drop("Zo\u00eb\n", "M"), pick("Zo\u00eb\n"), drop("zoe", "M")]),
]


def _random():
    rng = random.Random(5150)
    for _ in range(150):
        lockers = [(f"L{rng.randint(0, 30)}", rng.choice(list(SIZES))) for _ in range(rng.randint(0, 8))]
        events = []
        inside = []
        for number in range(rng.randint(0, 25)):
            if inside and rng.random() < 0.4:
                events.append(pick(inside.pop(rng.randrange(len(inside)))))
            else:
                parcel = f"p{number}"
                events.append(drop(parcel, rng.choice(list(SIZES))))
                inside.append(parcel)
        if rng.random() < 0.05:
            events.append(pick("nobody"))
        if rng.random() < 0.05 and events:
            events.append(drop("p0", "S"))
        yield (lockers, events)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(assign_parcels, reference, *args)


@pytest.mark.parametrize("args", CASES + list(_random())[:40])
def test_same_error_message(args) -> None:
    def message(function):
        try:
            return ("ok", function(*args))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(assign_parcels) == message(reference)


def test_keyword_arguments() -> None:
    assert_same(assign_parcels, reference, lockers=BANK, events=[drop("p", "M")])


def test_events_from_a_generator() -> None:
    events = [drop("p1", "S"), drop("p2", "M"), pick("p1"), drop("p3", "S")]
    assert assign_parcels(BANK, (e for e in events)) == reference(BANK, events)


def test_lockers_not_mutated() -> None:
    lockers = [["L1", "M"], ["L0", "S"]]
    assign_parcels(lockers, [drop("a", "S"), drop("b", "S"), pick("a")])
    assert lockers == [["L1", "M"], ["L0", "S"]]


def test_drop_order_kept() -> None:
    result = assign_parcels(BANK, [drop("z", "S"), drop("a", "S"), drop("m", "XL"), drop("b", "XL")])
    assert list(result) == ["z", "a", "m", "b"]
    assert result == {"z": "A1", "a": "A3", "m": "Z9", "b": None}


def test_a_busy_day() -> None:
    rng = random.Random(77)
    lockers = [(f"C{c}-R{r:02d}", "S" if r < 6 else "M" if r < 9 else "L" if r < 11 else "XL") for c in range(6) for r in range(12)]
    rng.shuffle(lockers)
    events, inside = [], []
    for number in range(1500):
        if inside and rng.random() < (0.3 if len(inside) < 50 else 0.7):
            events.append(pick(inside.pop(rng.randrange(len(inside)))))
        else:
            events.append(drop(f"P{number}", rng.choice(["S", "S", "M", "L", "XL"])))
            inside.append(f"P{number}")
    assert_same(assign_parcels, reference, lockers, events)
