"""Strict equivalence tests for seed_heats (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest
from heatsheet.entries import Entry
from heatsheet.seeding import seed_heats
from strict_support import assert_same

TARGET = "heatsheet/seeding.py:seed_heats"


# --- verbatim copy of the original implementation and its helpers -------------------------

COURSE_FACTORS = {"LC": 1.0, "SC": 1.02}
MIN_FIRST_HEAT = 3


def lane_order(lanes):
    centre = (lanes + 1) // 2
    order = [centre]
    for offset in range(1, lanes):
        for lane in (centre + offset, centre - offset):
            if 1 <= lane <= lanes and len(order) < lanes:
                order.append(lane)
    return order


def heat_sizes(count, lanes):
    if count <= 0:
        return []
    heats = -(-count // lanes)
    sizes = [lanes] * heats
    sizes[0] = count - lanes * (heats - 1)
    if heats > 1 and sizes[0] < MIN_FIRST_HEAT <= lanes:
        moved = MIN_FIRST_HEAT - sizes[0]
        sizes[0] += moved
        sizes[1] -= moved
    return sizes


def seed_key(entry):
    if entry.seed_time is None:
        return (True, 0.0)
    return (False, round(entry.seed_time * COURSE_FACTORS[entry.course], 2))


def reference(entries, lanes=8):
    if lanes < 1:
        raise ValueError(f"a pool needs at least one lane, not {lanes}")
    for entry in entries:
        if entry.seed_time is not None and not entry.seed_time > 0:
            raise ValueError(f"bad seed time {entry.seed_time!r} for {entry.swimmer}")
        if entry.course not in COURSE_FACTORS:
            raise ValueError(f"unknown course {entry.course!r} for {entry.swimmer}")
    order = lane_order(lanes)
    remaining = list(entries)
    heats = []
    for size in reversed(heat_sizes(len(remaining), lanes)):
        heat = []
        for lane in order[:size]:
            remaining.sort(key=seed_key)
            heat.append((lane, remaining.pop(0)))
        heat.sort(key=lambda pair: pair[0])
        heats.append(heat)
    heats.reverse()
    return heats


# --- cases -------------------------------------------------------------------------------

E = Entry


@dataclass
class Swimmer:  # a look-alike record from the club's own entry spreadsheet
    swimmer: object
    club: object
    seed_time: object
    course: object = "LC"
    age: int = 12


Row = namedtuple("Row", "swimmer club seed_time course")


def times(*values, course="LC"):
    return [E(f"S{n}", "Club", value, course) for n, value in enumerate(values)]


TEN = times(31.2, 29.8, 33.0, None, 30.5, 29.8, 35.1, 28.9, None, 30.0)
TIES = times(30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0)
MIXED = [E("A", "X", 30.6, "LC"), E("B", "X", 30.0, "SC"), E("C", "X", 30.59, "LC"), E("D", "X", 30.01, "SC"),
         E("E", "X", 30.61, "LC"), E("F", "X", None, "SC"), E("G", "X", 29.42, "SC")]

CASES = [
    ([],),
    ((),),
    ([], 1),
    ([], 0),
    ([], 8.0),
    ([], None),
    (times(30.0),),
    (times(None),),
    (times(None, None, None),),
    (TEN,),
    (tuple(TEN),),
    (TEN[::-1],),
    (TEN, 1),
    (TEN, 2),
    (TEN, 3),
    (TEN, 4),
    (TEN, 5),
    (TEN, 6),
    (TEN, 7),
    (TEN, 9),
    (TEN, 10),
    (TEN, 11),
    (TEN, 100),
    (TEN + TEN, 8),
    (TEN + TEN, 6),
    (TIES, 8),
    (TIES, 4),
    (TIES, 3),
    (MIXED, 8),
    (MIXED, 3),
    (MIXED, 2),
    (MIXED[::-1], 3),
    (TEN, 0),
    (TEN, -3),
    (TEN, True),
    (TEN, False),
    (TEN, 8.0),
    (TEN, 2.5),
    (TEN, None),
    (TEN, "8"),
    (TEN, 10 ** 6),
    (times(30, 29, 31),),
    (times(30, 29.0, 30.0, 29),),
    (times(True, 2, 1.5),),
    (times(False, 2),),
    (times(0, 2),),
    (times(0.0, 2),),
    (times(-30.0, 2),),
    (times(math.nan, 2),),
    (times(math.inf, 2, None),),
    (times(1e308, 1.7e308, course="SC"),),
    (times(1e-300, 5e-324, 1e-2, 0.004, 0.006),),
    (times(0.001, 0.004, 0.005, 0.0049),),
    (times("30.5", 2),),
    (times(Decimal("30.5")),),
    (times(Decimal("30.5"), course="SC"),),
    (times(Fraction(61, 2), 30.5, Fraction(305, 10)),),
    (times(10 ** 20, 10 ** 20 + 1, 10 ** 20 - 1),),
    ([E("A", "X", 30.0, "SC"), E("B", "X", 30.6, "LC"), E("C", "X", 30.6, "SC")],),
    ([E("A", "X", 30.0, "sc")],),
    ([E("A", "X", 30.0, "LC ")],),
    ([E("A", "X", 30.0, None)],),
    ([E("A", "X", None, "yards")],),
    ([E("A", "X", 30.0, ["LC"])],),
    ([E("A", "X", -1.0, "yards")],),
    ([E("A", "X", 30.0, "LC"), E("B", "X", 0.0, "LC")], 0),
    ([E("A", "X", 30.0), None],),
    ([None],),
    ([(30.0, "LC")],),
    (None,),
    ("",),
    ([Swimmer("A", "X", 30.0), Swimmer("B", "X", 29.0, "SC"), Swimmer("C", "X", None)], 2),
    ([Row("A", "X", 30.0, "LC"), Row("B", "X", 29.0, "SC"), Row("C", "X", None, "LC")], 2),
    ([Row("A", "X", 30.0, "LC"), E("B", "X", 29.0, "SC"), Swimmer("C", "X", 28.0)], 8),
    ([E("Zoë Ægir", "Ålesund SK", 59.12), E("李雷", "北京", 59.12), E("", "", None)],),
    ([E(None, None, 30.0), E(1, 2, 30.0)],),
]

for count in range(1, 21):
    for lanes in (3, 5, 8):
        CASES.append((times(*[30.0 + (n * 7 % 11) / 10 for n in range(count)]), lanes))


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(seed_heats, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(seed_heats, reference, lanes=6, entries=TEN)
    assert_same(seed_heats, reference, entries=MIXED)


def _random_cases():
    rng = random.Random(1958)
    for _ in range(230):
        count = rng.choice([0, 1, 2, 3, 5, 8, 9, 10, 11, 17, 24, 40])
        pool = [rng.choice([28.0, 28.5, 29.0, 30.25]) for _ in range(3)]
        entries = []
        for n in range(count):
            seed = None if rng.random() < 0.1 else (rng.choice(pool) if rng.random() < 0.3 else round(rng.uniform(25, 40), 2))
            entries.append(E(f"Swimmer {n}", rng.choice(["North", "South"]), seed, "SC" if rng.random() < 0.3 else "LC"))
        lanes = rng.choice([1, 2, 3, 4, 6, 8, 8, 8, 10])
        yield (entries, lanes) if rng.random() < 0.8 else (entries,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(seed_heats, reference, *case)


def test_championship_event() -> None:
    rng = random.Random(50)
    entries = [E(f"Swimmer {n}", f"Club {n % 17}", None if rng.random() < 0.03 else round(rng.uniform(27, 45), 2),
                 "SC" if rng.random() < 0.35 else "LC") for n in range(260)]
    assert_same(seed_heats, reference, entries, 8)
    assert_same(seed_heats, reference, entries, 10)
