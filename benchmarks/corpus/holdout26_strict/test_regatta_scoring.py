"""Strict equivalence tests for race_points (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict, defaultdict, namedtuple
from fractions import Fraction
from types import SimpleNamespace

import pytest
from regatta.entries import Entry
from regatta.scoring import race_points
from strict_support import assert_same

TARGET = "regatta/scoring.py:race_points"


# --- verbatim copy of the original implementation and its helpers -----------------------------

NON_FINISH = ("DNC", "DNS", "OCS", "DNF", "RET", "DSQ")


def _ref_corrected_time(entry, yardsticks):
    try:
        number = yardsticks[entry.boat_class]
    except KeyError:
        raise ValueError(f"no Portsmouth number for class {entry.boat_class!r}") from None
    return round(entry.elapsed * 1000 / number)


def reference(entries, yardsticks):
    points = {}
    finishers = [entry for entry in entries if entry.status == "FIN"]
    for entry in entries:
        if entry.sail in points:
            raise ValueError(f"sail number {entry.sail!r} entered twice")
        if entry.status in NON_FINISH:
            points[entry.sail] = float(len(entries) + 1)
            continue
        if entry.status != "FIN":
            raise ValueError(f"unknown status {entry.status!r} for {entry.sail!r}")
        ranked = sorted(_ref_corrected_time(other, yardsticks) for other in finishers)
        mine = _ref_corrected_time(entry, yardsticks)
        first = ranked.index(mine)
        last = len(ranked) - 1 - ranked[::-1].index(mine)
        points[entry.sail] = (first + last + 2) / 2
    return points


# --- cases -------------------------------------------------------------------------------

PY = {"ILCA7": 1100, "ILCA6": 1145, "Solo": 1142, "RS400": 942, "Mirror": 1390, "Topper": 1365}

BASIC = [Entry("A", "ILCA7", 3300), Entry("B", "RS400", 2826), Entry("C", "Solo", 3000), Entry("D", "Solo", 0, "DNF"),
         Entry("E", "ILCA7", 3400)]
ALL_TIED = [Entry(str(n), "ILCA7", 3300) for n in range(6)]
THREE_WAY = [Entry("1", "ILCA7", 3300), Entry("2", "ILCA7", 3000), Entry("3", "RS400", 2826), Entry("4", "ILCA7", 3300),
             Entry("5", "ILCA7", 3600)]
ROUNDING = [Entry("H1", "ILCA7", 11), Entry("H2", "ILCA7", 11), Entry("X", "ILCA6", 1), Entry("Y", "RS400", 1),
            Entry("Z", "Mirror", 2), Entry("W", "Topper", 2)]
HALF_EVEN = [Entry("a", "K2", 1), Entry("b", "K2", 3), Entry("c", "K2", 5), Entry("d", "K2", 2)]
NON_FINISHERS = [Entry(code, "Solo", 0, code) for code in NON_FINISH]
MIXED_STATUS = [Entry("A", "Solo", 3000), Entry("B", "Solo", 0, "DNS"), Entry("C", "Solo", 2900), Entry("D", "Solo", 0, "DSQ"),
                Entry("E", "Solo", 3100, "RET"), Entry("F", "Solo", 2500, "OCS")]
Boat = namedtuple("Boat", "sail boat_class elapsed status")
LOOKALIKE = [Boat("N1", "Solo", 3000, "FIN"), SimpleNamespace(sail="N2", boat_class="ILCA7", elapsed=3100, status="FIN"),
             Boat("N3", "Solo", 0, "DNF")]
UNICODE = [Entry("GBR 1ø", "Solo", 3000), Entry("日本 7", "Solo", 2999), Entry("", "Solo", 3001), Entry("Ärger", "Solo", 0, "DNC")]
NUMERIC_SAILS = [Entry(101, "Solo", 3000), Entry(102.0, "Solo", 2900), Entry((1, 2), "Solo", 2950), Entry(None, "Solo", 3050)]
BOOL_DUP = [Entry(1, "Solo", 3000), Entry(True, "Solo", 2900)]
FLOAT_DUP = [Entry(1, "Solo", 3000), Entry(1.0, "Solo", 2900)]
STR_NOT_DUP = [Entry(1, "Solo", 3000), Entry("1", "Solo", 2900)]
FLOAT_TIMES = [Entry("A", "Solo", 3000.4), Entry("B", "Solo", 3000.6), Entry("C", "Solo", 2999.9), Entry("D", "Solo", 1e9)]
BIG = [Entry("A", "Solo", 10 ** 18), Entry("B", "Solo", 10 ** 18 + 1), Entry("C", "Solo", 10 ** 18 + 2000)]
ZERO_AND_NEGATIVE = [Entry("A", "Solo", 0), Entry("B", "Solo", -100), Entry("C", "Solo", 5)]

CASES = [
    ([], PY),
    ((), PY),
    ([], {}),
    (BASIC, PY),
    (tuple(BASIC), PY),
    (list(reversed(BASIC)), PY),
    (BASIC[:1], PY),
    (BASIC[3:4], PY),
    (BASIC, {**PY, "ILCA7": 942}),
    (BASIC, {"ILCA7": 1100, "RS400": 942}),
    (BASIC, {"ILCA7": 1100, "Solo": 1142}),
    (BASIC, {}),
    (BASIC, OrderedDict(PY)),
    (BASIC, {k: float(v) for k, v in PY.items()}),
    (BASIC, {k: Fraction(v, 1) for k, v in PY.items()}),
    (BASIC, {**PY, "Solo": 0}),
    (BASIC, {**PY, "Solo": -1142}),
    (BASIC, {**PY, "Solo": True}),
    (BASIC, {**PY, "Solo": None}),
    (BASIC, {**PY, "Solo": "1142"}),
    (BASIC, defaultdict(lambda: 1000, {"Solo": 1142})),
    (BASIC, defaultdict(int, PY)),
    (BASIC, [("Solo", 1142)]),
    (BASIC, None),
    (ALL_TIED, PY),
    (THREE_WAY, PY),
    (ROUNDING, PY),
    (HALF_EVEN, {"K2": 2000}),
    (HALF_EVEN, {"K2": 4000}),
    (NON_FINISHERS, PY),
    (NON_FINISHERS, {}),
    (NON_FINISHERS + [Entry("X", "Solo", 3000)], PY),
    (NON_FINISHERS + [Entry("X", "Oppie", 3000)], PY),
    ([Entry("X", "Oppie", 0, "DNS")], PY),
    ([Entry("X", "Oppie", 3000)], PY),
    ([Entry("X", "Solo", 3000), Entry("Y", "Oppie", 0, "DNF"), Entry("Z", "Solo", 3100)], PY),
    ([Entry("X", "Solo", 3000), Entry("Y", "Oppie", 3100)], PY),
    (MIXED_STATUS, PY),
    (LOOKALIKE, PY),
    (UNICODE, PY),
    (NUMERIC_SAILS, PY),
    (BOOL_DUP, PY),
    (FLOAT_DUP, PY),
    (STR_NOT_DUP, PY),
    (FLOAT_TIMES, PY),
    (BIG, PY),
    (ZERO_AND_NEGATIVE, PY),
    ([Entry("A", "Solo", 3000), Entry("A", "Solo", 3100)], PY),
    ([Entry("A", "Solo", 0, "DNF"), Entry("A", "Solo", 0, "DNF")], PY),
    ([Entry("A", "Solo", 3000), Entry("B", "Solo", 3100), Entry("A", "Oppie", 0, "DNS")], PY),
    ([Entry("A", "Oppie", 3000), Entry("A", "Solo", 3100)], PY),
    ([Entry("A", "Solo", 3000, "fin")], PY),
    ([Entry("A", "Solo", 3000, "dnf")], PY),
    ([Entry("A", "Solo", 3000, "FIN ")], PY),
    ([Entry("A", "Solo", 3000, None)], PY),
    ([Entry("A", "Solo", 3000), Entry("B", "Solo", 3000, "ZFP")], PY),
    ([Entry("B", "Solo", 3000, "ZFP"), Entry("A", "Solo", 3000)], PY),
    ([Entry("A", "Solo", None)], PY),
    ([Entry("A", "Solo", "3000")], PY),
    ([Entry("A", "Solo", 0, "DNF"), Entry("B", "Solo", None)], PY),
    ([Entry("A", "Solo", 3000), Entry("B", "Solo", None, "RET")], PY),
    ([Entry("A", None, 3000)], {None: 1000}),
    ([Entry("A", ["Solo"], 3000)], PY),
    ([None], PY),
    ([Entry("A", "Solo", 3000), None], PY),
    ("ABC", PY),
    ([{"sail": "A", "boat_class": "Solo", "elapsed": 1, "status": "FIN"}], PY),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(race_points, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(race_points, reference, yardsticks=PY, entries=BASIC)
    assert_same(race_points, reference, THREE_WAY, yardsticks=PY)


def test_key_order() -> None:
    assert list(race_points(MIXED_STATUS, PY)) == list(reference(MIXED_STATUS, PY))
    assert list(race_points(list(reversed(BASIC)), PY)) == list(reference(list(reversed(BASIC)), PY))


def _random_cases():
    rng = random.Random(1896)
    classes = sorted(PY)
    for _ in range(230):
        size = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 35])
        corrected = [rng.choice([2500, 2600, 2700, 2800]) if rng.random() < 0.3 else rng.randint(2400, 3200) for _ in range(size)]
        entries = []
        for number, target in enumerate(corrected):
            boat_class = rng.choice(classes)
            elapsed = round(target * PY[boat_class] / 1000) + rng.choice([0, 0, 0, 1, -1])
            status = "FIN" if rng.random() < 0.85 else rng.choice(NON_FINISH)
            sail = rng.choice([f"GBR{number}", str(100 + number), 100 + number])
            entries.append(Entry(sail, boat_class, elapsed if status == "FIN" else rng.choice([0, elapsed]), status))
        roll = rng.random()
        if entries and roll < 0.04:
            entries.append(entries[rng.randrange(len(entries))])
        elif entries and roll < 0.07:
            entries.insert(rng.randrange(len(entries)), Entry("NEW", "Oppie", 3000, rng.choice(["FIN", "DNF"])))
        elif entries and roll < 0.09:
            entries.append(Entry("LATE", "Solo", 3000, "LATE"))
        yield (entries, PY)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(race_points, reference, *case)


def test_open_meeting() -> None:
    """A 260-boat open meeting race, with the usual retirements and a few exact ties."""
    rng = random.Random(7)
    classes = sorted(PY)
    entries = []
    for number in rng.sample(range(100, 210000), 260):
        boat_class = rng.choice(classes)
        roll = rng.random()
        if roll < 0.05:
            entries.append(Entry(str(number), boat_class, 0, rng.choice(["DNF", "RET", "OCS", "DSQ"])))
        else:
            entries.append(Entry(str(number), boat_class, int(55 * 60 * PY[boat_class] / 1000 * rng.uniform(0.9, 1.15))))
    assert_same(race_points, reference, entries, PY)
