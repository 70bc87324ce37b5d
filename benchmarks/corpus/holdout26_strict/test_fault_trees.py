"""Strict equivalence tests for top_event_probability (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import OrderedDict, namedtuple
from decimal import Decimal
from fractions import Fraction
from types import SimpleNamespace

import pytest
from faulttree.evaluate import top_event_probability
from faulttree.model import FaultTree, Gate
from strict_support import assert_same

TARGET = "faulttree/evaluate.py:top_event_probability"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_at_least(k, probabilities):
    distribution = [1.0]
    for p in probabilities:
        shifted = [0.0] * (len(distribution) + 1)
        for count, weight in enumerate(distribution):
            shifted[count] += weight * (1.0 - p)
            shifted[count + 1] += weight * p
        distribution = shifted
    return sum(distribution[k:])


def _ref_probability(tree, name, overrides, path):
    if name in overrides:
        return overrides[name]
    if name in tree.events:
        return tree.events[name]
    gate = tree.gates.get(name)
    if gate is None:
        raise ValueError(f"unknown event or gate {name!r}")
    if name in path:
        raise ValueError(f"cycle through gate {name!r}")
    below = path + (name,)
    inputs = [_ref_probability(tree, child, overrides, below) for child in gate.inputs]
    if gate.kind == "and":
        result = 1.0
        for p in inputs:
            result *= p
        return result
    if gate.kind == "or":
        none = 1.0
        for p in inputs:
            none *= 1.0 - p
        return 1.0 - none
    if gate.kind == "vote":
        return _ref_at_least(gate.k, inputs)
    raise ValueError(f"gate {name!r} has unknown kind {gate.kind!r}")


def reference(tree, top, overrides=None):
    fixed = dict(overrides or {})
    for name, value in fixed.items():
        if name not in tree.events and name not in tree.gates:
            raise ValueError(f"override for unknown name {name!r}")
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"override for {name!r} outside [0, 1]: {value}")
    return _ref_probability(tree, top, fixed, ())


# --- trees ---------------------------------------------------------------------------------------

def tree(events, *gates):
    return FaultTree(dict(events), {gate.name: gate for gate in gates})


COOLING = tree(
    {"PUMP_A": 0.01, "PUMP_B": 0.02, "POWER": 0.001, "VALVE": 0.005},
    Gate("PUMPS", "and", ("PUMP_A", "PUMP_B")),
    Gate("NO_FLOW", "or", ("PUMPS", "VALVE", "POWER")),
    Gate("TOP", "or", ("NO_FLOW", "POWER")),
)
VOTE = tree({"A": 0.1, "B": 0.2, "C": 0.3, "D": 0.05},
            Gate("V2", "vote", ("A", "B", "C"), 2), Gate("V1", "vote", ("A", "B", "C", "D"), 1),
            Gate("V4", "vote", ("A", "B", "C", "D"), 4), Gate("V0", "vote", ("A", "B"), 0),
            Gate("V9", "vote", ("A", "B"), 9), Gate("VNEG", "vote", ("A", "B", "C"), -1),
            Gate("TOP", "or", ("V2", "V4")))
DIAMOND = tree({"X": 0.1, "Y": 0.3},
               Gate("L", "or", ("X", "Y")), Gate("R", "and", ("X", "Y")),
               Gate("M", "and", ("L", "R")), Gate("TOP", "or", ("M", "L", "R", "M")))
REPEATED = tree({"A": 0.5}, Gate("AA", "and", ("A", "A")), Gate("OA", "or", ("A", "A", "A")))
EMPTY_GATES = tree({}, Gate("E_AND", "and", ()), Gate("E_OR", "or", ()), Gate("E_VOTE", "vote", (), 0),
                   Gate("E_VOTE1", "vote", (), 1))
CYCLE = tree({"A": 0.1}, Gate("G", "or", ("A", "H")), Gate("H", "and", ("G", "A")), Gate("TOP", "or", ("A", "G")))
SELF = tree({"A": 0.1}, Gate("S", "or", ("A", "S")))
MISSING_INPUT = tree({"A": 0.1}, Gate("G", "or", ("A", "GHOST")), Gate("H", "or", ("GHOST", "A")))
BAD_KIND = tree({"A": 0.1, "B": 0.2}, Gate("X", "xor", ("A", "B")), Gate("U", "OR", ("A", "B")),
                Gate("TOP", "or", ("A", "X")))
SHADOW = FaultTree({"G": 0.25, "A": 0.5}, {"G": Gate("G", "and", ("A", "A")), "K": Gate("K", "or", ("G", "A"))})
RENAMED = FaultTree({"A": 0.1, "B": 0.2}, {"TOP": Gate("SOMETHING_ELSE", "or", ("A", "B"))})
CERTAIN = tree({"ON": 1, "OFF": 0, "T": True, "F": False},
               Gate("AND_INT", "and", ("ON", "ON")), Gate("OR_INT", "or", ("OFF", "OFF")),
               Gate("MIX", "and", ("T", "ON", "F")), Gate("V", "vote", ("ON", "OFF", "T"), 2))
EXACT = tree({"H": Fraction(1, 2), "Q": Fraction(1, 4)}, Gate("A", "and", ("H", "Q")), Gate("O", "or", ("H", "Q")),
             Gate("V", "vote", ("H", "Q", "H"), 2))
DEC = tree({"D": Decimal("0.1"), "A": 0.2}, Gate("AND", "and", ("D", "A")), Gate("OR", "or", ("A", "D")),
           Gate("V", "vote", ("A", "D"), 1))
TINY = tree({"T1": 1e-300, "T2": 1e-300, "T3": 5e-324, "BIG": 1 - 1e-16},
            Gate("AND", "and", ("T1", "T2", "T3")), Gate("OR", "or", ("T1", "T2", "T3")),
            Gate("ALMOST", "or", ("BIG", "BIG")), Gate("V", "vote", ("T1", "T2", "T3"), 2))
WEIRD = tree({"INF": float("inf"), "NEG": -0.5, "OVER": 1.5, "A": 0.5},
             Gate("N", "and", ("INF", "A")), Gate("G", "and", ("NEG", "OVER")), Gate("V", "vote", ("NEG", "OVER", "A"), 1))
UNICODE = tree({"Pumpe_Ä": 0.01, "вентиль": 0.02, "弁": 0.03, "": 0.04},
               Gate("Σ", "or", ("Pumpe_Ä", "вентиль", "弁", "")), Gate("∧", "and", ("Σ", "弁")))
NONSTR = FaultTree({1: 0.1, 2: 0.2, (3, 4): 0.3, None: 0.4},
                   {"G": Gate("G", "or", (1, 2, (3, 4), None)), 5: Gate(5, "and", (1, "G"))})
LISTS = FaultTree({"A": 0.1, "B": 0.2}, {"G": Gate("G", "or", ["A", "B"]), "S": Gate("S", "and", "AB")})
CHAIN = tree({"E": 0.001}, Gate("C0", "or", ("E",)),
             *[Gate(f"C{i}", "or" if i % 2 else "and", (f"C{i - 1}", "E") if i % 3 else (f"C{i - 1}",)) for i in range(1, 300)])

GateTuple = namedtuple("GateTuple", "name kind inputs k")
LOOKALIKE = SimpleNamespace(
    events={"A": 0.1, "B": 0.2, "C": 0.3},
    gates={"G": GateTuple("G", "vote", ("A", "B", "C"), 2), "H": SimpleNamespace(kind="and", inputs=["G", "A"], k=None),
           "TOP": GateTuple("TOP", "or", ("H", "G", "C"), 0)},
)
MAPPINGS = SimpleNamespace(events=OrderedDict([("B", 0.2), ("A", 0.1)]),
                           gates=OrderedDict([("G", Gate("G", "or", ("A", "B"))), ("H", Gate("H", "and", ("G", "B")))]))
NO_GET = SimpleNamespace(events={"A": 0.1}, gates=[("G", Gate("G", "or", ("A",)))])


def layered(seed, levels, events=8, width=5):
    rng = random.Random(seed)
    names = [f"E{n}" for n in range(events)]
    result = FaultTree({name: rng.choice([1e-4, 1e-3, 0.01, 0.05, 0.2]) for name in names}, {})
    layer = names
    for level in range(levels):
        gates = []
        for number in range(width):
            name = f"G{level}_{number}"
            inputs = tuple(rng.sample(layer, min(len(layer), rng.choice([2, 3]))))
            kind = rng.choice(["and", "or", "or", "vote"])
            result.gates[name] = Gate(name, kind, inputs, rng.randint(1, len(inputs)) if kind == "vote" else 0)
            gates.append(name)
        layer = gates
    result.gates["TOP"] = Gate("TOP", "or", tuple(layer))
    return result


LAYERED = layered(11, 6)

CASES = [
    (COOLING, "TOP"),
    (COOLING, "TOP", None),
    (COOLING, "TOP", {}),
    (COOLING, "NO_FLOW"),
    (COOLING, "PUMPS"),
    (COOLING, "PUMP_A"),
    (COOLING, "POWER", {"POWER": 0.5}),
    (COOLING, "TOP", {"POWER": 1.0}),
    (COOLING, "TOP", {"POWER": 0.0}),
    (COOLING, "TOP", {"POWER": 1}),
    (COOLING, "TOP", {"POWER": True}),
    (COOLING, "TOP", {"POWER": False, "VALVE": 0}),
    (COOLING, "TOP", {"NO_FLOW": 0.0}),
    (COOLING, "TOP", {"TOP": 0.75}),
    (COOLING, "TOP", {"TOP": 1}),
    (COOLING, "TOP", {"PUMPS": 1.0, "PUMP_A": 0.0}),
    (COOLING, "TOP", {"NOPE": 1.0}),
    (COOLING, "TOP", {"POWER": 1.5}),
    (COOLING, "TOP", {"POWER": -0.1}),
    (COOLING, "TOP", {"POWER": float("nan")}),
    (COOLING, "TOP", {"POWER": float("inf")}),
    (COOLING, "TOP", {"POWER": None}),
    (COOLING, "TOP", {"POWER": "0.5"}),
    (COOLING, "TOP", {"POWER": Fraction(1, 3)}),
    (COOLING, "TOP", {"POWER": Decimal("0.5")}),
    (COOLING, "TOP", {"POWER": 0.5, "NOPE": 2.0}),
    (COOLING, "TOP", {"NOPE": 2.0, "POWER": 0.5}),
    (COOLING, "TOP", {"POWER": 2.0, "NOPE": 0.5}),
    (COOLING, "TOP", [("POWER", 1.0)]),
    (COOLING, "TOP", (("VALVE", 0.0), ("PUMP_A", 1.0))),
    (COOLING, "TOP", OrderedDict(POWER=0.2)),
    (COOLING, "TOP", "AB"),
    (COOLING, "TOP", 0),
    (COOLING, "TOP", []),
    (COOLING, "MISSING"),
    (COOLING, "MISSING", {"POWER": 1.0}),
    (COOLING, "MISSING", {"MISSING": 1.0}),
    (COOLING, ""),
    (COOLING, None),
    (COOLING, 3),
    (COOLING, ["TOP"]),
    (COOLING, "top"),
    (COOLING, "TOP "),
    (VOTE, "V2"),
    (VOTE, "V1"),
    (VOTE, "V4"),
    (VOTE, "V0"),
    (VOTE, "V9"),
    (VOTE, "VNEG"),
    (VOTE, "TOP"),
    (VOTE, "TOP", {"A": 1.0, "B": 1.0}),
    (VOTE, "V2", {"C": 0.0}),
    (VOTE, "V2", {"V2": 0.5}),
    (DIAMOND, "TOP"),
    (DIAMOND, "M"),
    (DIAMOND, "TOP", {"X": 1.0}),
    (DIAMOND, "TOP", {"L": 0.0, "R": 1.0}),
    (REPEATED, "AA"),
    (REPEATED, "OA"),
    (REPEATED, "OA", {"A": 0.0}),
    (EMPTY_GATES, "E_AND"),
    (EMPTY_GATES, "E_OR"),
    (EMPTY_GATES, "E_VOTE"),
    (EMPTY_GATES, "E_VOTE1"),
    (CYCLE, "G"),
    (CYCLE, "H"),
    (CYCLE, "TOP"),
    (CYCLE, "TOP", {"H": 0.5}),
    (CYCLE, "TOP", {"G": 0.5}),
    (CYCLE, "A"),
    (SELF, "S"),
    (SELF, "S", {"S": 0.2}),
    (SELF, "A"),
    (MISSING_INPUT, "G"),
    (MISSING_INPUT, "H"),
    (MISSING_INPUT, "G", {"GHOST": 1.0}),
    (BAD_KIND, "X"),
    (BAD_KIND, "U"),
    (BAD_KIND, "TOP"),
    (BAD_KIND, "TOP", {"X": 0.5}),
    (SHADOW, "G"),
    (SHADOW, "K"),
    (SHADOW, "K", {"G": 1.0}),
    (RENAMED, "TOP"),
    (RENAMED, "SOMETHING_ELSE"),
    (CERTAIN, "AND_INT"),
    (CERTAIN, "OR_INT"),
    (CERTAIN, "MIX"),
    (CERTAIN, "V"),
    (CERTAIN, "ON"),
    (CERTAIN, "T"),
    (EXACT, "A"),
    (EXACT, "O"),
    (EXACT, "V"),
    (EXACT, "O", {"H": 0.5}),
    (DEC, "AND"),
    (DEC, "OR"),
    (DEC, "V"),
    (DEC, "AND", {"D": 0.1}),
    (DEC, "D"),
    (TINY, "AND"),
    (TINY, "OR"),
    (TINY, "ALMOST"),
    (TINY, "V"),
    (WEIRD, "N"),
    (WEIRD, "G"),
    (WEIRD, "V"),
    (UNICODE, "Σ"),
    (UNICODE, "∧"),
    (UNICODE, "∧", {"弁": 1.0}),
    (UNICODE, "∧", {"": 0.0}),
    (NONSTR, "G"),
    (NONSTR, 5),
    (NONSTR, None),
    (NONSTR, (3, 4)),
    (NONSTR, 5, {None: 1.0}),
    (LISTS, "G"),
    (LISTS, "S"),
    (CHAIN, "C299"),
    (CHAIN, "C150", {"C10": 1.0}),
    (LOOKALIKE, "TOP"),
    (LOOKALIKE, "H"),
    (LOOKALIKE, "TOP", {"G": 0.5}),
    (MAPPINGS, "H"),
    (MAPPINGS, "H", {"A": 1.0}),
    (NO_GET, "A"),
    (NO_GET, "G"),
    (FaultTree(), "TOP"),
    (FaultTree(), "TOP", {"TOP": 1.0}),
    (LAYERED, "TOP"),
    (LAYERED, "G3_2"),
    (LAYERED, "TOP", {"E0": 1.0, "E5": 0.0}),
    (None, "TOP"),
    ({"events": {}, "gates": {}}, "TOP"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(top_event_probability, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(top_event_probability, reference, tree=COOLING, top="TOP", overrides={"VALVE": 1.0})
    assert_same(top_event_probability, reference, COOLING, top="NO_FLOW")
    assert_same(top_event_probability, reference, overrides=None, top="PUMPS", tree=COOLING)


def test_overrides_not_mutated() -> None:
    overrides = {"POWER": 1.0}
    assert top_event_probability(COOLING, "TOP", overrides) == reference(COOLING, "TOP", overrides)
    assert overrides == {"POWER": 1.0}
    assert COOLING.events["POWER"] == 0.001


def _random_cases():
    rng = random.Random(4711)
    for _ in range(220):
        events = {f"E{n}": rng.choice([0.0, 1.0, 1e-6, 1e-3, 0.01, 0.1, 0.5, rng.random()]) for n in range(rng.randint(1, 6))}
        names = list(events)
        result = FaultTree(events, {})
        for number in range(rng.randint(1, 10)):
            name = f"G{number}"
            pool = names + ([f"G{rng.randrange(number + 2)}"] if rng.random() < 0.05 else [])
            inputs = tuple(rng.choice(pool) for _ in range(rng.randint(0, 4)))
            kind = rng.choice(["and", "or", "or", "vote", "vote", "nand"] if rng.random() < 0.05 else ["and", "or", "vote"])
            result.gates[name] = Gate(name, kind, inputs, rng.randint(0, len(inputs) + 1))
            names.append(name)
        top = rng.choice(names[-3:] + (["NOPE"] if rng.random() < 0.03 else []))
        if rng.random() < 0.4:
            yield (result, top)
        else:
            overrides = {rng.choice(names): rng.choice([0.0, 1.0, 0.5, 1, 0, rng.random()]) for _ in range(rng.randint(0, 3))}
            if rng.random() < 0.05:
                overrides[rng.choice(["ZZZ", names[0]])] = rng.choice([1.5, -1.0, 0.5])
            yield (result, top, overrides)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(top_event_probability, reference, *case)


def test_plant_unit() -> None:
    """A realistic unit: 28 basic events, seven levels of gates sharing their inputs heavily."""
    rng = random.Random(99)
    unit = FaultTree({f"COMP_{n:02d}": rng.choice([1e-5, 1e-4, 1e-3, 3e-3]) for n in range(28)}, {})
    layer = list(unit.events)
    for level in range(1, 8):
        gates = []
        for number in range(rng.randint(8, 11)):
            name = f"SYS_L{level}_{number:02d}"
            inputs = tuple(rng.sample(layer, rng.choice([2, 3, 3, 4])))
            kind = "or" if level % 2 else rng.choice(["or", "and", "vote", "vote"])
            unit.gates[name] = Gate(name, kind, inputs, 2 if kind == "vote" else 0)
            gates.append(name)
        layer = gates
    unit.gates["TOP"] = Gate("TOP", "or", tuple(rng.sample(layer, 3)))
    assert_same(top_event_probability, reference, unit, "TOP")
    for event in list(unit.events)[:4]:
        assert_same(top_event_probability, reference, unit, "TOP", {event: 1.0})
        assert_same(top_event_probability, reference, unit, "TOP", {event: 0.0})
    assert math.isfinite(reference(unit, "TOP"))
