"""Strict equivalence tests for replay (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from collections import OrderedDict, namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from bedboard.events import AdtEvent, Census, Rejection
from bedboard.replay import replay

TARGET = "bedboard/replay.py:replay"


# --- verbatim copy of the original implementation and its helpers -----------------------------

class _RefRejected(Exception):
    pass


def _ref_apply(board, event, capacity):
    beds = board["beds"]
    where = board["where"]
    if event.kind == "discharge":
        if event.patient not in where:
            raise _RefRejected("not admitted")
        ward, bed = where.pop(event.patient)
        del beds[ward][bed]
        return
    if event.kind == "admit":
        if event.patient in where:
            raise _RefRejected("already admitted")
    elif event.kind == "transfer":
        if event.patient not in where:
            raise _RefRejected("not admitted")
        ward, bed = where.pop(event.patient)
        del beds[ward][bed]
        if (ward, bed) == (event.ward, event.bed):
            raise _RefRejected("same bed")
    else:
        raise ValueError(f"unknown message type {event.kind!r}")
    if event.ward not in capacity:
        raise _RefRejected("unknown ward")
    if not 1 <= event.bed <= capacity[event.ward]:
        raise _RefRejected("no such bed")
    if event.bed in beds[event.ward]:
        raise _RefRejected("bed occupied")
    beds[event.ward][event.bed] = event.patient
    where[event.patient] = (event.ward, event.bed)


def reference(events, capacity):
    board = {"beds": {ward: {} for ward in capacity}, "where": {}}
    occupancy = []
    rejected = []
    for index, event in enumerate(events):
        working = copy.deepcopy(board)
        try:
            _ref_apply(working, event, capacity)
        except _RefRejected as reason:
            rejected.append(Rejection(index, event.patient, str(reason)))
        else:
            board = working
        occupancy.append({ward: len(beds) for ward, beds in board["beds"].items()})
    final = {ward: dict(sorted(beds.items())) for ward, beds in board["beds"].items()}
    return Census(occupancy, rejected, final)


# --- cases -------------------------------------------------------------------------------

A, T, D = "admit", "transfer", "discharge"
CAP = {"Ward 1": 2, "ICU": 1}
E = AdtEvent
EventRow = namedtuple("EventRow", "kind patient ward bed")

CASES = [
    ([], CAP),
    ((), CAP),
    ([], {}),
    ([E(A, "P1", "Ward 1", 1)], {}),
    ([E(A, "P1", "Ward 1", 1)], CAP),
    ((E(A, "P1", "Ward 1", 1),), OrderedDict(CAP)),
    ([E(A, "P1", "Ward 1", 1), E(A, "P2", "ICU", 1), E(T, "P2", "Ward 1", 2), E(D, "P1")], CAP),
    ([E(A, "P1", "Ward 1", 1), E(T, "P1", "ICU", 2), E(T, "P1", "Ward 1", 1), E(A, "P2", "Ward 1", 1),
      E(D, "P9"), E(A, "P1", "ICU", 1), E(A, "P3", "Theatre", 1)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(T, "P1", "Ward 1", 2), E(T, "P1", "Ward 1", 1), E(T, "P1", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(A, "P2", "Ward 1", 2), E(T, "P1", "Ward 1", 2), E(T, "P2", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(T, "P1", "Nowhere", 1), E(T, "P1", "ICU", 0), E(T, "P1", "ICU", 9)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(T, "P1", None, None)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(D, "P1"), E(D, "P1"), E(A, "P1", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", 1), E(D, "P1", "ICU", 1), E(A, "P2", "Ward 1", 1)], CAP),
    ([E(T, "P1", "Ward 1", 1), E(D, "P1")], CAP),
    ([E(A, "P1", "Ward 1", 1)] * 3, CAP),
    ([E(A, "P1", "Ward 1", 1), E(A, "P2", "Ward 1", 1), E(A, "P3", "Ward 1", 2), E(A, "P4", "Ward 1", 3)], CAP),
    ([E(A, "P1", "ICU", 1), E(A, "P2", "ICU", 1), E(D, "P1"), E(A, "P2", "ICU", 1)], CAP),
    ([E("Admit", "P1", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", 1), E("swap", "P1")], CAP),
    ([E("swap", "P1"), E(A, "P1", "Ward 1", 1)], CAP),
    ([E("", "P1")], CAP),
    ([E(None, "P1")], CAP),
    ([E(A, "P1", "Ward 1", None)], CAP),
    ([E(A, "P1", "Nowhere", None)], CAP),
    ([E(A, "P1", "Ward 1", "1")], CAP),
    ([E(A, "P1", "Ward 1", 1.0), E(A, "P2", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", True), E(A, "P2", "Ward 1", 1), E(A, "P3", "Ward 1", 2.0)], CAP),
    ([E(A, "P1", "Ward 1", 1.5), E(A, "P2", "Ward 1", 2), E(A, "P3", "Ward 1", 0.5)], CAP),
    ([E(A, "P1", "Ward 1", 2), E(A, "P2", "Ward 1", 1)], {"Ward 1": 2.5}),
    ([E(A, "P1", "Ward 1", 3)], {"Ward 1": 2.5}),
    ([E(A, "P1", "Ward 1", 1)], {"Ward 1": 0}),
    ([E(A, "P1", "Ward 1", -1)], {"Ward 1": -5}),
    ([E(A, "P1", "Ward 1", 10 ** 20)], {"Ward 1": 10 ** 21}),
    ([E(A, "P1", "Ward 1", 1)], {"Ward 1": None}),
    ([E(A, "P1", "Ward 1", 1)], {"Ward 1": "2"}),
    ([E(A, "P1", "Ward 1", 1), E(A, "P2", "Ward 1", 2)], {"Ward 1": float("inf")}),
    ([E(A, "P1", None, 1), E(A, "P2", None, 1), E(T, "P1", "X", 1)], {None: 1, "X": 1}),
    ([E(A, "P1", 1, 1), E(A, "P2", 1.0, 2), E(T, "P2", True, 1)], {1: 2}),
    ([E(A, "P1", "Ward 1", 1)], [("Ward 1", 2)]),
    ([E(A, "P1", "Ward 1", 1)], ["Ward 1"]),
    ([E(D, "P1")], ["Ward 1"]),
    ([E(A, None, "Ward 1", 1), E(D, None), E(D, None)], CAP),
    ([E(A, 7, "Ward 1", 1), E(A, 7.0, "Ward 1", 2), E(T, True, "ICU", 1)], CAP),
    ([E(A, ("P", 1), "Ward 1", 1), E(T, ("P", 1), "ICU", 1)], CAP),
    ([E(A, ["P1"], "Ward 1", 1)], CAP),
    ([E(D, ["P1"])], CAP),
    ([E(A, "Zoë Ångström", "Ward 1", 1), E(A, "zoë ångström", "Ward 1", 2), E(T, "Zoë Ångström", "ICU", 1)], CAP),
    ([E(A, "P1 ", "Ward 1", 1), E(D, "P1")], CAP),
    ([E(A, "P1", "Ward 1", 2), E(A, "P2", "Ward 1", 1)], CAP),
    ([E(A, "P1", "Ward 1", 2, "2024-01-01 10:00"), E(A, "P2", "Ward 1", 1, None)], CAP),
    ([SimpleNamespace(kind=A, patient="P1", ward="Ward 1", bed=1), SimpleNamespace(kind=D, patient="P1")], CAP),
    ([EventRow(A, "P1", "Ward 1", 1), EventRow(T, "P1", "ICU", 1), EventRow(D, "P1", None, None)], CAP),
    ([SimpleNamespace(kind=A, patient="P1")], CAP),
    ([SimpleNamespace(kind=D, patient="P1", ward=None)], CAP),
    ([None], CAP),
    (None, CAP),
    ([E(A, "P1", "Ward 1", 1)], None),
    ([], None),
    ([E(A, f"P{n}", "Big", n % 7 + 1) for n in range(20)] + [E(D, f"P{n}") for n in range(0, 20, 3)], {"Big": 7}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay, reference, *case)


def test_keyword_arguments() -> None:
    events = [E(A, "P1", "Ward 1", 1), E(T, "P1", "ICU", 1)]
    assert_same(replay, reference, capacity=CAP, events=events)
    assert_same(replay, reference, events, capacity=CAP)


def test_result_is_independent_of_inputs() -> None:
    capacity = {"Ward 1": 2, "ICU": 1}
    events = [E(A, "P1", "Ward 1", 1), E(A, "P2", "ICU", 1)]
    census = replay(events, capacity)
    census.beds["Ward 1"][2] = "X"
    census.occupancy[0]["ICU"] = 99
    assert capacity == {"Ward 1": 2, "ICU": 1}
    assert replay(events, capacity) == reference(events, capacity)


def _random_cases():
    rng = random.Random(5151)
    for _ in range(200):
        capacity = {ward: rng.randint(0, 3) for ward in rng.sample(["W1", "W2", "W3", "ICU"], rng.randint(1, 4))}
        patients = [f"P{n}" for n in range(rng.randint(1, 6))]
        events = []
        for _ in range(rng.randint(0, 30)):
            kind = rng.choice([A, A, A, T, T, D, D] + (["bogus"] if rng.random() < 0.01 else []))
            ward = rng.choice(list(capacity) + (["Nowhere"] if rng.random() < 0.1 else []))
            events.append(E(kind, rng.choice(patients), ward, rng.randint(0, 4)))
        yield events, capacity


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay, reference, *case)


def test_hospital_week() -> None:
    """A realistic week: 700 messages over eight wards with duplicate and mistaken messages."""
    rng = random.Random(44)
    capacity = {f"Ward {n}": rng.randint(8, 20) for n in range(1, 8)} | {"ICU": 6}
    free = [(ward, bed) for ward, beds in capacity.items() for bed in range(1, beds + 1)]
    rng.shuffle(free)
    where = {}
    events = []
    for step in range(700):
        roll = rng.random()
        if step < 60 or (roll < 0.4 and free):
            patient = f"RX{step:05d}"
            ward, bed = free.pop()
            events.append(E(A, patient, ward, bed))
            where[patient] = (ward, bed)
        elif roll < 0.6 and free and where:
            patient = rng.choice(sorted(where))
            ward, bed = free.pop()
            free.append(where[patient])
            events.append(E(T, patient, ward, bed))
            where[patient] = (ward, bed)
        elif where:
            patient = rng.choice(sorted(where))
            free.insert(rng.randint(0, len(free)), where.pop(patient))
            events.append(E(D, patient))
        if rng.random() < 0.05:
            events.append(rng.choice(events[-10:]))
    assert_same(replay, reference, events, capacity)
