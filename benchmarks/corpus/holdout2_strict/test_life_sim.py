"""Strict equivalence tests for evolve (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from cellular.life import evolve
from strict_support import assert_same

TARGET = "cellular/life.py:evolve"

NEIGHBOURS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def reference(live, generations, *, birth=(3,), survive=(2, 3)):
    if generations < 0:
        raise ValueError("generations must not be negative")
    birth, survive = list(birth), list(survive)
    cells = []
    for cell in live:
        cell = tuple(cell)
        if cell not in cells:
            cells.append(cell)
    for _ in range(generations):
        candidates = []
        for x, y in cells:
            for dx, dy in [(0, 0), *NEIGHBOURS]:
                if (x + dx, y + dy) not in candidates:
                    candidates.append((x + dx, y + dy))
        born = []
        for x, y in candidates:
            count = sum(1 for dx, dy in NEIGHBOURS if (x + dx, y + dy) in cells)
            if count in (survive if (x, y) in cells else birth):
                born.append((x, y))
        cells = born
    return sorted(cells)


GLIDER = [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
BLINKER = [(0, 1), (1, 1), (2, 1)]
CASES = [
    ([], 0),
    ([], 5),
    ([(0, 0)], 0),
    ([(0, 0)], 1),
    ([(0, 0), (0, 0)], 0),
    ([(5, 5), (1, 2), (5, 5), (1, 2)], 0),
    ([[5, 5], (5, 5), [1, 2]], 0),
    ([[0, 1], [1, 1], [2, 1]], 1),
    (BLINKER, 1),
    (BLINKER, 2),
    (BLINKER, 7),
    (BLINKER + BLINKER, 3),
    (GLIDER, 1),
    (GLIDER, 4),
    (GLIDER, 30),
    (list(reversed(GLIDER)), 9),
    ([(-3, -3), (-3, -2), (-2, -3), (-2, -2)], 4),
    ([(10**12, 0), (10**12 + 1, 0), (10**12 + 2, 0)], 3),
    ([(0, 0), (1, 0), (0, 1)], 1),
    ([(0, 0), (1, 0), (0, 1)], 2),
    ((cell for cell in GLIDER), 2),
    (iter(BLINKER), 1),
    ({(0, 0): "a", (1, 0): "b", (2, 0): "c"}, 1),
    ([(0.0, 1.0), (1.0, 1.0), (2.0, 1.0)], 1),
    ([(0, 1), (1.0, 1.0), (2, 1)], 1),
    ([(1, 1), (1.0, 1.0), (0, 1), (2, 1)], 2),
    ([(True, False), (0, 0), (2, 0)], 1),
    (["ab", "cd"], 0),
    (["ab"], 1),
    ([(1, 2, 3)], 0),
    ([(1, 2, 3)], 1),
    ([(1,)], 1),
    ([5], 0),
    ([None], 0),
    (BLINKER, -1),
    ([], -3),
    (BLINKER, 2.0),
    (BLINKER, 0.0),
    (BLINKER, True),
]
RULES = [
    {},
    {"birth": (3, 6), "survive": (2, 3)},
    {"birth": [3, 6, 7, 8], "survive": [3, 4, 6, 7, 8]},
    {"birth": (1,), "survive": ()},
    {"birth": (0,), "survive": (0, 8)},
    {"birth": {2}, "survive": {8}},
    {"birth": (), "survive": (0, 1, 2, 3, 4, 5, 6, 7, 8)},
    {"birth": (3,), "survive": (2, 3), },
    {"birth": "3", "survive": "23"},
    {"birth": (3.0,), "survive": (2.0, 3.0)},
    {"birth": range(3, 4), "survive": range(2, 4)},
]


def _soup(rng, size, density):
    return [(x, y) for x in range(size) for y in range(size) if rng.random() < density]


@pytest.mark.parametrize(("live", "generations"), CASES)
def test_same_as_reference(live, generations) -> None:
    if hasattr(live, "__next__"):
        items = list(live)
        assert_same(lambda g: evolve(iter(items), g), lambda g: reference(iter(items), g), generations)
    else:
        assert_same(evolve, reference, live, generations)


@pytest.mark.parametrize("rules", RULES, ids=repr)
@pytest.mark.parametrize("start", [GLIDER, BLINKER, [(0, 0)], [(0, 0), (3, 0)], "random"])
def test_rules(rules, start) -> None:
    if start == "random":
        start = _soup(random.Random(8), 7, 0.4)
    for generations in (0, 1, 2, 5):
        assert_same(evolve, reference, start, generations, **rules)


def test_rules_given_as_iterators_are_read_once() -> None:
    assert_same(
        lambda: evolve(GLIDER, 3, birth=iter((3,)), survive=iter((2, 3))),
        lambda: reference(GLIDER, 3, birth=iter((3,)), survive=iter((2, 3))),
    )


def test_random_soups() -> None:
    rng = random.Random(31)
    for _ in range(30):
        start = _soup(rng, rng.randint(1, 12), rng.random())
        rng.shuffle(start)
        start += start[: rng.randint(0, 3)]
        assert_same(evolve, reference, start, rng.randint(0, 9))


def test_large_soup() -> None:
    start = _soup(random.Random(2), 22, 0.35)
    assert_same(evolve, reference, start, 6)


def test_input_is_not_modified() -> None:
    start = [(2, 1), (0, 1), (1, 1)]
    evolve(start, 3)
    assert start == [(2, 1), (0, 1), (1, 1)]
