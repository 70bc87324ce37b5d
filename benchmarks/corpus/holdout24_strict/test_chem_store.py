"""Strict equivalence tests for replay (never shown to wattlens)."""

from __future__ import annotations

import copy
import math
import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from chemstore.movements import Movement
from chemstore.replay import replay
from strict_support import assert_same

TARGET = "chemstore/replay.py:replay"


# --- verbatim copy of the original implementation and its helpers -------------------------

DEFAULT_LIMITS = {"FL1": 10.0, "FL2": 50.0, "FL3": 250.0}


def apply_movement(holdings, movement):
    if movement.kind == "receive":
        lab = holdings.setdefault(movement.to_lab, {})
        if movement.container_id in lab:
            raise ValueError(f"{movement.to_lab} already holds container {movement.container_id}")
        lab[movement.container_id] = (movement.hazard_class, movement.litres)
    elif movement.kind in ("transfer", "dispose"):
        source = holdings.get(movement.from_lab, {})
        if movement.container_id not in source:
            raise ValueError(f"{movement.from_lab} does not hold container {movement.container_id}")
        container = source.pop(movement.container_id)
        if movement.kind == "transfer":
            lab = holdings.setdefault(movement.to_lab, {})
            if movement.container_id in lab:
                raise ValueError(f"{movement.to_lab} already holds container {movement.container_id}")
            lab[movement.container_id] = container
    else:
        raise ValueError(f"unknown movement kind {movement.kind!r}")


def lab_breaches(lab, limits):
    totals = {}
    for hazard_class, litres in lab.values():
        totals[hazard_class] = totals.get(hazard_class, 0) + litres
    return tuple(sorted((hazard_class, total) for hazard_class, total in totals.items()
                        if hazard_class in limits and total > limits[hazard_class]))


def reference(movements, initial, limits=DEFAULT_LIMITS):
    holdings = copy.deepcopy(initial)
    outcomes = []
    for movement in movements:
        trial = copy.deepcopy(holdings)
        try:
            apply_movement(trial, movement)
        except ValueError:
            outcomes.append((movement.movement_id, "invalid", ()))
            continue
        over = () if movement.kind == "dispose" else lab_breaches(trial[movement.to_lab], limits)
        if over:
            outcomes.append((movement.movement_id, "refused", over))
        else:
            holdings = trial
            outcomes.append((movement.movement_id, "accepted", ()))
    return outcomes, holdings


# --- cases -------------------------------------------------------------------------------


def receive(mid, container, lab, hazard_class="FL1", litres=1.0):
    return Movement(mid, "receive", container, to_lab=lab, hazard_class=hazard_class, litres=litres)


def transfer(mid, container, source, target):
    return Movement(mid, "transfer", container, from_lab=source, to_lab=target)


def dispose(mid, container, source, target=None):
    return Movement(mid, "dispose", container, from_lab=source, to_lab=target)


@dataclass
class Scan:  # a look-alike movement from the hand-held scanner's offline queue
    movement_id: object
    kind: object
    container_id: object
    from_lab: object = None
    to_lab: object = None
    hazard_class: object = ""
    litres: object = 0.0
    scanned_by: str = "stores"


Row = namedtuple("Row", "movement_id kind container_id from_lab to_lab hazard_class litres")

START = {"CHEM-101": {"C1": ("FL1", 4.0), "C2": ("FL2", 2.5), "C7": ("TOX", 1.0)}, "CHEM-102": {"C3": ("FL1", 8.0)},
         "BIO-201": {}}
MOVES = [transfer("M1", "C1", "CHEM-101", "CHEM-102"), receive("M2", "C4", "CHEM-102", "FL1", 2.0),
         dispose("M3", "C2", "CHEM-101"), dispose("M4", "C2", "CHEM-101"), transfer("M5", "C3", "CHEM-102", "BIO-201"),
         transfer("M6", "C1", "CHEM-101", "CHEM-102"), receive("M7", "C8", "NEW-1", "OX", 5.0)]
POINTS = {"L": {"a": ("FL1", 0.1)}}

CASES = [
    ([], {}),
    ((), {}),
    ([], START),
    (MOVES, START),
    (tuple(MOVES), START),
    (MOVES[::-1], START),
    (MOVES + MOVES, START),
    (MOVES, {}),
    (MOVES, START, {}),
    (MOVES, START, {"FL1": 12.0}),
    (MOVES, START, {"FL1": 11.9}),
    (MOVES, START, {"FL1": 100, "TOX": 0}),
    (MOVES, START, {"FL1": 10}),
    (MOVES, START, {"OX": 4.0}),
    (MOVES, START, {"FL1": math.inf}),
    (MOVES, START, {"FL1": -math.inf}),
    (MOVES, START, {"FL1": math.nan}),
    (MOVES, START, {"FL1": None}),
    (MOVES, START, {"FL1": "10"}),
    (MOVES, START, {"TOX": None}),
    ([receive("M1", "b", "L", "FL1", 0.2)], POINTS, {"FL1": 0.3}),
    ([receive("M1", "b", "L", "FL1", 0.2)], POINTS, {"FL1": 0.30000000000000004}),
    ([receive("M1", "b", "L", "FL1", 0.2), receive("M2", "c", "L", "FL1", 0.3)], POINTS, {"FL1": 0.6}),
    ([receive("M1", "b", "L", "FL1", 0.7), receive("M2", "c", "L", "FL1", 0.2), receive("M3", "d", "L", "FL1", 0.1)],
     POINTS, {"FL1": 1.0}),
    ([receive("M1", "big", "L", "FL1", 5.0), dispose("M2", "a", "L"), receive("M3", "x", "L", "FL1", 0.2),
      receive("M4", "y", "L", "FL1", 0.1)], POINTS, {"FL1": 0.3}),
    ([transfer("M1", "a", "L", "K"), transfer("M2", "a", "K", "L"), receive("M3", "b", "L", "FL1", 0.2)],
     {"L": {"a": ("FL1", 0.1), "z": ("FL1", 0.7)}, "K": {}}, {"FL1": 1.0}),
    ([receive("M1", "a", "L", "FL1", 10.0)], {}),
    ([receive("M1", "a", "L", "FL1", 10.000001)], {}),
    ([receive("M1", "a", "L", "FL1", 10)], {}),
    ([receive("M1", "a", "L", "FL1", 11)], {}),
    ([receive("M1", "a", "L", "FL1", True)], {}, {"FL1": 0}),
    ([receive("M1", "a", "L", "FL1", -5.0), receive("M2", "b", "L", "FL1", 14.0)], {}),
    ([receive("M1", "a", "L", "FL1", math.nan), receive("M2", "b", "L", "FL1", 14.0)], {}),
    ([receive("M1", "a", "L", "FL1", math.inf)], {}),
    ([receive("M1", "a", "L", "FL1", None)], {}),
    ([receive("M1", "a", "L", "FL1", "2")], {}),
    ([receive("M1", "a", "L", "fl1", 50.0)], {}),
    ([receive("M1", "a", "L", "", 50.0)], {}),
    ([receive("M1", "a", "L", None, 50.0)], {}),
    ([receive("M1", "a", "L", ["FL1"], 5.0)], {}),
    ([receive("M1", "a", "L", ("FL1",), 5.0)], {}, {("FL1",): 1}),
    ([receive("M1", "a", None, "FL1", 1.0), receive("M2", "b", None, "FL1", 10.0)], {}),
    ([receive("M1", "C1", "CHEM-101")], START),
    ([Movement("M1", "receive", "C9", ["CHEM-101"], "CHEM-101", "FL1", 1.0)], START),
    ([Movement("M1", "dispose", "C1", "CHEM-101", ["CHEM-102"])], START),
    ([receive("M1", "C1", "CHEM-102")], START),
    ([receive("M1", 1, "L"), receive("M2", 1.0, "L"), receive("M3", True, "L")], {}),
    ([transfer("M1", "C1", "CHEM-101", "CHEM-101")], START),
    ([transfer("M1", "C9", "CHEM-101", "CHEM-102")], START),
    ([transfer("M1", "C1", "NOWHERE", "CHEM-102")], START),
    ([transfer("M1", "C1", None, "CHEM-102")], START),
    ([transfer("M1", "C1", "CHEM-101", None)], START),
    ([transfer("M1", "C1", "CHEM-101", "CHEM-102"), transfer("M2", "C3", "CHEM-102", "CHEM-101")], START),
    ([transfer("M1", "C3", "CHEM-102", "CHEM-101"), transfer("M2", "C1", "CHEM-101", "CHEM-102")], START),
    ([transfer("M1", "C1", "CHEM-101", "X")], {"CHEM-101": {"C1": ("FL1", 4.0)}, "X": {"C1": ("FL2", 1.0)}}),
    ([dispose("M1", "C1", "CHEM-101", "CHEM-102")], START),
    ([dispose("M1", "C1", "CHEM-101", "NOWHERE")], START),
    ([dispose("M1", "C1", "CHEM-102")], START),
    ([Movement("M1", "borrow", "C1", "CHEM-101", "CHEM-102")], START),
    ([Movement("M1", "Transfer", "C1", "CHEM-101", "CHEM-102")], START),
    ([Movement("M1", None, "C1", "CHEM-101", "CHEM-102")], START),
    ([Movement("M1", "", "C1")], START),
    ([Movement("M1", "receive", "C1")], {}),
    ([Movement(None, "receive", "C1", to_lab="L", hazard_class="FL1", litres=20.0)], {}),
    ([Movement(7, "dispose", "C1", from_lab="CHEM-101")], START),
    ([receive("M1", "a", "L", "FL1", 4.0)], {"L": {"z": ("FL1", 7.0)}}),
    ([receive("M1", "a", "L", "FL1", 4.0)], {"L": {"z": ("FL1", 17.0)}}),
    ([dispose("M1", "z", "L"), receive("M2", "a", "L", "FL1", 4.0)], {"L": {"z": ("FL1", 17.0)}}),
    ([receive("M1", "a", "L", "FL1", 1.0)], {"L": {"z": ("FL1", 2)}, "K": {"y": ("FL2", 1.5)}}),
    ([receive("M1", "a", "L", "FL1", 1.0)], {"L": {"z": ["FL1", 2.0]}}),
    ([receive("M1", "a", "L", "FL1", 1.0)], {"L": {"z": ("FL1", 2.0, "spare")}}),
    ([receive("M1", "a", "L", "FL1", 1.0)], {"L": []}),
    ([transfer("M1", "a", "L", "K")], {"L": ["a"]}),
    ([receive("M1", "a", "L", "FL1", 1.0)], None),
    ([receive("M1", "a", "L", "FL1", 1.0)], []),
    (None, START),
    ([None], START),
    ([receive("M1", "a", "L"), None], {}),
    ([Scan("M1", "receive", "a", to_lab="L", hazard_class="FL1", litres=11.0), Scan("M2", "transfer", "C1", "CHEM-101", "L")],
     START),
    ([Row("M1", "receive", "a", None, "L", "FL1", 6.5), Row("M2", "transfer", "C1", "CHEM-101", "L", "", 0.0)], START),
    ([Row("M1", "receive", "a", None, "L", "FL1", 6.5), transfer("M2", "C1", "CHEM-101", "L"),
      Scan("M3", "dispose", "a", "L")], START),
    ([receive("M1", "Ü-1", "Labor Ä", "FL2", 49.9), receive("M2", "Ü-2", "Labor Ä", "FL2", 0.2)], {}),
    ([receive("M1", "a", "L", "FL3", 1e308), receive("M2", "b", "L", "FL3", 1e308)], {}, {"FL3": 1e308}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay, reference, limits={"FL1": 9.0}, initial=START, movements=MOVES)
    assert_same(replay, reference, initial=START, movements=MOVES)


def _random_cases():
    rng = random.Random(1410)
    sizes = [0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 2.5]
    for _ in range(230):
        labs = [f"L{n}" for n in range(rng.randint(1, 4))]
        initial, serial, known = {}, 0, []
        for lab in labs:
            initial[lab] = {}
            for _ in range(rng.randint(0, 8)):
                serial += 1
                initial[lab][f"C{serial}"] = (rng.choice(["FL1", "FL2", "TOX"]), rng.choice(sizes))
                known.append(f"C{serial}")
        movements = []
        for number in range(rng.randint(0, 25)):
            roll = rng.random()
            if roll < 0.4 or not known:
                serial += 1
                container = f"C{serial if rng.random() < 0.9 else rng.randint(1, serial)}"
                movements.append(receive(f"M{number}", container, rng.choice(labs + ["NEW"]), rng.choice(["FL1", "FL2", "OX"]),
                                         rng.choice(sizes)))
                known.append(container)
            elif roll < 0.8:
                movements.append(transfer(f"M{number}", rng.choice(known), rng.choice(labs), rng.choice(labs + ["NEW"])))
            else:
                movements.append(dispose(f"M{number}", rng.choice(known), rng.choice(labs)))
        limits = {"FL1": rng.choice([1.0, 1.5, 2.0, 3.0]), "FL2": rng.choice([2.0, 5.0]), "OX": 1.0}
        yield (movements, initial, limits) if rng.random() < 0.8 else (movements, initial)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay, reference, *case)


def test_department_term() -> None:
    rng = random.Random(14)
    labs = [f"CHEM-{room}" for room in range(101, 121)]
    initial, known, serial = {}, [], 0
    for lab in labs:
        initial[lab] = {}
        for _ in range(rng.randint(10, 40)):
            serial += 1
            initial[lab][f"C{serial:05d}"] = (rng.choice(["FL1", "FL2", "FL3", "TOX", "NONE"]), rng.choice([0.5, 1.0, 2.5]))
            known.append((f"C{serial:05d}", lab))
    movements = []
    for number in range(120):
        container, lab = rng.choice(known)
        if rng.random() < 0.5:
            serial += 1
            movements.append(receive(f"M{number}", f"C{serial:05d}", rng.choice(labs), rng.choice(["FL1", "FL2"]), rng.choice([1.0, 2.5, 4.0])))
        else:
            movements.append(transfer(f"M{number}", container, lab, rng.choice(labs)))
    assert_same(replay, reference, movements, initial)
