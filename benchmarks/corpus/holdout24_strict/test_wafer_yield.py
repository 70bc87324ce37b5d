"""Strict equivalence tests for clustered_failures (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from collections import namedtuple
from dataclasses import dataclass

import pytest
from wafermap.binmap import Die
from wafermap.clusters import clustered_failures
from strict_support import assert_same

TARGET = "wafermap/clusters.py:clustered_failures"


# --- verbatim copy of the original implementation and its constants -----------------------

PASS_BINS = frozenset({1, 2})  # 1: good, 2: good at reduced speed grade
NEIGHBOUR_OFFSETS = ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1))


def reference(dies, min_failing_neighbours=3):
    failing = [(die.x, die.y) for die in dies if die.bin not in PASS_BINS]
    flagged = []
    for x, y in failing:
        neighbours = 0
        for dx, dy in NEIGHBOUR_OFFSETS:
            if (x + dx, y + dy) in failing:
                neighbours += 1
        if neighbours >= min_failing_neighbours:
            flagged.append((x, y))
    return flagged


# --- cases -------------------------------------------------------------------------------

D = Die


@dataclass
class Site:  # a look-alike record from the old map database, with extra fields
    x: object
    y: object
    bin: object
    probe_card: str = "PC-7"


Row = namedtuple("Row", "x y bin")


def grid(text):
    dies = []
    for y, row in enumerate(text.split("\n")):
        for x, char in enumerate(row):
            if char != ".":
                dies.append(D(x, y, int(char, 36)))
    return dies


BLOB = grid("1111\n1551\n1551\n1111")
SCRATCH = grid("3333333")
DIAGONAL = grid("3111\n1311\n1131\n1113")
RING = grid(".333.\n31113\n31213\n31113\n.333.")
FULL = grid("444\n444\n444")
CHECKER = grid("3131\n1313\n3131\n1313")

CASES = [
    ([],),
    ((),),
    ([], 0),
    ([D(0, 0, 1)],),
    ([D(0, 0, 3)],),
    ([D(0, 0, 3)], 0),
    ([D(0, 0, 3)], -1),
    (BLOB,),
    (BLOB, 4),
    (BLOB, 3),
    (BLOB, 2),
    (tuple(BLOB),),
    (BLOB[::-1],),
    (SCRATCH,),
    (SCRATCH, 2),
    (SCRATCH, 1),
    (DIAGONAL,),
    (DIAGONAL, 1),
    (DIAGONAL, 2),
    (RING,),
    (RING, 2),
    (RING, 1),
    (FULL,),
    (FULL, 8),
    (FULL, 9),
    (FULL, 5),
    (FULL, 0),
    (CHECKER,),
    (CHECKER, 2),
    (CHECKER, 4),
    (FULL + FULL,),
    (FULL + FULL, 8),
    (BLOB + BLOB, 3),
    ([D(1, 1, 3), D(1, 1, 3), D(0, 0, 3)], 1),
    ([D(1, 1, 3), D(1, 1, 1), D(0, 0, 3)], 1),
    ([D(1, 1, 1), D(1, 1, 3), D(0, 0, 3)], 1),
    (FULL, 2.5),
    (FULL, 8.0),
    (FULL, True),
    (FULL, False),
    (FULL, None),
    (FULL, "3"),
    (BLOB[:0], None),
    (grid("1111"), None),
    (FULL, float("inf")),
    (FULL, float("-inf")),
    (FULL, float("nan")),
    (FULL, 10 ** 30),
    ([D(0, 0, 0), D(1, 0, 0), D(0, 1, 0)], 2),
    ([D(0, 0, 2), D(1, 0, 2), D(0, 1, 2)], 0),
    ([D(0, 0, True), D(1, 0, 3), D(0, 1, 3)], 1),
    ([D(0, 0, False), D(1, 0, 3), D(0, 1, 3)], 1),
    ([D(0, 0, 1.0), D(1, 0, 3.0), D(0, 1, 3)], 1),
    ([D(0, 0, 2.0), D(1, 0, 1.5), D(0, 1, 3)], 1),
    ([D(0, 0, "1"), D(1, 0, "3"), D(0, 1, 3)], 1),
    ([D(0, 0, None), D(1, 0, 3), D(0, 1, 3)], 1),
    ([D(0, 0, -1), D(1, 0, 35), D(0, 1, 10 ** 20)], 1),
    ([D(0, 0, [1]), D(1, 0, 3)], 1),
    ([D(0, 0, (1,)), D(1, 0, 3)], 1),
    ([D(0, 0, 1), D("a", 0, 1)],),
    ([D(0, 0, 3), D("a", 0, 3)],),
    ([D(0, 0, 3), D(1, None, 3)],),
    ([D(0, 0, 3), D(1, "0", 3)], 1),
    ([D(0.0, 0.0, 3), D(1.0, 0.0, 3), D(0, 1, 3)], 1),
    ([D(0.5, 0.5, 3), D(1.5, 0.5, 3), D(0.5, 1.5, 3)], 1),
    ([D(0.5, 0.5, 3), D(1, 0.5, 3)], 1),
    ([D(True, True, 3), D(2, 1, 3), D(False, 0, 3)], 1),
    ([D(-1, -1, 3), D(0, 0, 3), D(-2, -2, 3), D(-1, 0, 3)], 2),
    ([D(10 ** 18, 10 ** 18, 3), D(10 ** 18 + 1, 10 ** 18, 3), D(10 ** 18, 10 ** 18 + 1, 3)], 2),
    ([D(2 ** 53, 0, 3), D(2.0 ** 53 + 1, 0, 3)], 1),
    ([D(1e300, 0, 3), D(1e300, 1, 3)], 1),
    ([D(math.nan, 0, 3), D(math.nan, 1, 3), D(0, 0, 3)], 1),
    ([D(math.inf, 0, 3), D(math.inf, 1, 3)], 1),
    ([Site(0, 0, 3), Site(1, 0, 3), Site(1, 1, 5)], 2),
    ([Row(0, 0, 3), Row(1, 0, 3), Row(1, 1, 5)], 2),
    ([Row(0, 0, 3), D(1, 0, 3), Site(1, 1, 5)], 2),
    ([D(0, 0, 3), None],),
    ([None],),
    ([(0, 0, 3)],),
    (None,),
    (BLOB, 3, ),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(clustered_failures, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(clustered_failures, reference, min_failing_neighbours=2, dies=RING)
    assert_same(clustered_failures, reference, dies=BLOB)


def _random_cases():
    rng = random.Random(7310)
    for _ in range(240):
        width, height = rng.randint(0, 12), rng.randint(0, 12)
        rate = rng.choice([0.0, 0.1, 0.3, 0.6, 0.9, 1.0])
        dies = [D(x, y, rng.choice([3, 4, 5, 0, 11]) if rng.random() < rate else rng.choice([1, 1, 2]))
                for y in range(height) for x in range(width) if rng.random() < 0.95]
        if dies and rng.random() < 0.2:
            dies += rng.sample(dies, rng.randint(1, len(dies)))
        if rng.random() < 0.3:
            rng.shuffle(dies)
        if rng.random() < 0.15:
            dies = [D(die.x - 6, die.y - 6, die.bin) for die in dies]
        threshold = rng.choice([0, 1, 2, 3, 3, 3, 4, 5, 8])
        yield (dies, threshold) if rng.random() < 0.8 else (tuple(dies),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(clustered_failures, reference, *case)


def test_full_wafer() -> None:
    rng = random.Random(88)
    dies = []
    for y in range(63):
        for x in range(63):
            if math.hypot(x - 31, y - 31) <= 31:
                bad = rng.random() < 0.08 or (20 <= x <= 26 and 12 <= y <= 17) or abs(x - y) <= 1
                dies.append(D(x, y, rng.choice([3, 5, 7, 11]) if bad else rng.choice([1, 1, 1, 2])))
    assert_same(clustered_failures, reference, dies)
    assert_same(clustered_failures, reference, dies, 5)
