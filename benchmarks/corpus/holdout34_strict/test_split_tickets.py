"""Strict equivalence tests for cheapest_split (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from split_tickets.splitter import cheapest_split

TARGET = "split_tickets/splitter.py:cheapest_split"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(calling_points, fares):
    if len(calling_points) < 2:
        raise ValueError("a journey needs an origin and a destination")

    def best_from(index):
        if index == len(calling_points) - 1:
            return 0, []
        best = None
        for stop in range(index + 1, len(calling_points)):
            price = fares.get((calling_points[index], calling_points[stop]))
            if price is None:
                continue
            rest = best_from(stop)
            if rest is None:
                continue
            total = price + rest[0]
            if best is None or total < best[0]:
                best = (total, [(calling_points[index], calling_points[stop], price)] + rest[1])
        return best

    return best_from(0)


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")
INF = float("inf")

SMALL = {("A", "B"): 500, ("B", "C"): 600, ("A", "C"): 1100, ("C", "D"): 300, ("A", "D"): 1400,
         ("B", "D"): 900}

CASES = [
    ([], {}),
    (["A"], SMALL),
    ((), SMALL),
    ("", SMALL),
    (["A", "B"], {}),
    (["A", "B"], SMALL),
    (("A", "B"), SMALL),
    (["B", "A"], SMALL),
    (["A", "B", "C"], SMALL),
    (["A", "B", "C", "D"], SMALL),
    (("A", "B", "C", "D"), SMALL),
    ("ABCD", SMALL),
    (["A", "C", "D"], SMALL),
    (["A", "B", "D"], SMALL),
    (["A", "A"], {("A", "A"): 0}),
    (["A", "A"], SMALL),
    (["A", "B", "A", "B"], {("A", "B"): 1, ("B", "A"): 1, ("A", "A"): 5}),
    (["A", "B", "A", "B"], {("A", "B"): 3, ("B", "A"): 3, ("A", "A"): 0, ("B", "B"): 0}),
    (["A", "B", "C"], {("A", "B"): 1, ("B", "C"): 2, ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "C"): 3, ("A", "B"): 1, ("B", "C"): 2}),
    (["A", "B", "C", "D"], {("A", "B"): 1, ("B", "D"): 2, ("A", "C"): 2, ("C", "D"): 1, ("A", "D"): 3}),
    (["A", "B", "C", "D"], {("A", "B"): 0, ("B", "C"): 0, ("C", "D"): 0, ("A", "D"): 0}),
    (["A", "B", "C"], {("A", "B"): -5, ("B", "C"): 2, ("A", "C"): 0}),
    (["A", "B", "C"], {("A", "B"): 1.5, ("B", "C"): 2, ("A", "C"): 3.5}),
    (["A", "B", "C"], {("A", "B"): 1.5, ("B", "C"): 2, ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "B"): 1, ("B", "C"): 2.0, ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "B"): True, ("B", "C"): True, ("A", "C"): 2}),
    (["A", "B", "C"], {("A", "B"): 1, ("B", "C"): 2, ("A", "C"): 3, ("C", "A"): NAN}),
    (["A", "B", "C"], {("A", "B"): 1, ("B", "C"): 2, ("A", "C"): NAN}),
    (["A", "B", "C"], {("A", "C"): 3, ("B", "A"): NAN, ("A", "A"): NAN}),
    (["A", "B", "C"], {("A", "B"): INF, ("B", "C"): 1, ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "B"): INF, ("B", "C"): INF, ("A", "C"): INF}),
    (["A", "B", "C"], {("A", "B"): None, ("B", "C"): 2, ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "B"): "1", ("B", "C"): 2, ("A", "C"): 3}),
    (["A", "B"], {("A", "B"): "1"}),
    (["A", "B", "C"], {("A", "B"): 1, ("B", "C"): "2", ("A", "C"): 3}),
    (["A", "B", "C"], {("A", "B"): [1], ("B", "C"): 2}),
    (["A", "B", "C"], {("A", "C"): 3, ("B", "C"): 1}),
    (["A", "B", "C"], {("A", "B"): 3, ("A", "C"): 1}),
    (["A", "B", "C"], {("B", "C"): 3}),
    (["A", "B", "C", "D", "E"], {("A", "B"): 1, ("C", "D"): 1, ("D", "E"): 1}),
    ([1, 2, 3], {(1, 2): 4, (2, 3): 4, (1, 3): 8}),
    ([1, 2.0, 3], {(1, 2): 4, (2, 3): 4, (1, 3): 9}),
    ([None, "B"], {(None, "B"): 7}),
    ([["A"], "B"], {("A", "B"): 7}),
    (["A", ["B"]], {("A", "B"): 7}),
    (["A", "B"], None),
    (["A", "B"], [(("A", "B"), 1)]),
    (None, SMALL),
    (5, SMALL),
]

# A fully published line: every pair has a fare, so there are many candidate splits.
_LINE = [f"S{i:02d}" for i in range(9)]
_rng = random.Random(3420)
_FULL = {(a, b): _rng.randint(1, 40) * 10 for a in _LINE for b in _LINE if a != b}
CASES += [(_LINE[start:end], _FULL) for start in range(0, 8) for end in range(start + 1, 10)]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(cheapest_split, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(cheapest_split, reference, calling_points=["A", "B", "C", "D"], fares=SMALL)
    assert_same(cheapest_split, reference, ["A", "B", "C"], fares=SMALL)


def _random_cases():
    rng = random.Random(34211)
    for _ in range(230):
        stations = [f"T{i}" for i in range(rng.choice([2, 3, 4, 6, 8, 11]))]
        route = list(stations)
        if rng.random() < 0.15:
            route.insert(rng.randrange(len(route) + 1), rng.choice(stations))
        fares = {}
        density = rng.choice([0.3, 0.6, 0.9, 1.0])
        for a in stations:
            for b in stations:
                if rng.random() < density:
                    fares[(a, b)] = rng.choice([rng.randint(0, 30), rng.randint(1, 4) * 5, rng.uniform(0, 10)])
        yield route, fares


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(cheapest_split, reference, *case)
