"""Strict equivalence tests for route_summary (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from pistemap.routes import Piste, route_summary
from strict_support import assert_same

TARGET = "pistemap/routes.py:route_summary"

GRADES = ("green", "blue", "red", "black")


def reference(pistes, base, max_grade="black"):
    limit = GRADES.index(max_grade)
    downhill = {}
    for piste in pistes:
        if GRADES.index(piste.grade) <= limit:
            downhill.setdefault(piste.start, []).append(piste)

    def descents(point, above):
        if point == base:
            return 1, 0, 0
        if point in above:
            raise ValueError(f"pistes loop back to {point}")
        routes = 0
        shortest = longest = None
        for piste in downhill.get(point, []):
            count, low, high = descents(piste.end, above | {point})
            if not count:
                continue
            routes += count
            low += piste.length_m
            high += piste.length_m
            if shortest is None or low < shortest:
                shortest = low
            if longest is None or high > longest:
                longest = high
        return routes, shortest, longest

    summary = {}
    for point in sorted(downhill):
        if point == base:
            continue
        routes, shortest, longest = descents(point, frozenset())
        summary[point] = {"routes": routes, "shortest_m": shortest, "longest_m": longest}
    return summary


def P(start, end, length, grade="red", name=None):
    return Piste(name or f"{start}-{end}", start, end, length, grade)


RESORT = [P("Top", "Mid", 1200), P("Top", "Mid", 1500, "blue"), P("Mid", "Base", 800, "blue"),
          P("Mid", "Base", 900, "black"), P("Top", "Base", 3000, "black")]

DIAMOND = [P("A", "B", 100), P("A", "C", 200), P("B", "D", 300), P("C", "D", 200), P("D", "Base", 50),
           P("B", "Base", 700, "blue"), P("C", "Base", 550, "green")]

MAPS = {
    "empty": [],
    "one": [P("Top", "Base", 1000)],
    "resort": RESORT,
    "diamond": DIAMOND,
    "parallel": [P("Top", "Base", 1000), P("Top", "Base", 1000), P("Top", "Base", 999)],
    "dead_end": [P("Top", "Bowl", 500), P("Top", "Base", 900), P("Bowl", "Couloir", 300)],
    "unreachable": [P("Top", "Bowl", 500), P("Bowl", "Couloir", 300)],
    "from_base": RESORT + [P("Base", "Car park", 100, "green"), P("Base", "Lower", 400)],
    "loop": [P("A", "B", 100), P("B", "A", 100), P("B", "Base", 100)],
    "loop_not_to_base": [P("A", "Base", 100), P("X", "Y", 10), P("Y", "X", 10)],
    "self_loop": [P("A", "A", 10), P("A", "Base", 100)],
    "loop_through_base": [P("A", "Base", 100), P("Base", "A", 100)],
    "loop_black_only": [P("A", "B", 100, "black"), P("B", "A", 100, "black"), P("A", "Base", 100, "blue"),
                        P("B", "Base", 200, "green")],
    "floats": [P("Top", "Mid", 0.1), P("Top", "Mid", 0.2), P("Mid", "Base", 0.3), P("Top", "Base", 0.6)],
    "mixed_lengths": [P("Top", "Mid", 100), P("Top", "Mid", 100.0), P("Mid", "Base", 50), P("Top", "Base", 150.0),
                      P("Top", "Base", 150)],
    "zero_and_negative": [P("Top", "Base", 0), P("Top", "Mid", -100), P("Mid", "Base", 100)],
    "unicode": [P("Zürich Hütte", "Tal", 900), P("Ästhetik", "Tal", 800), P("Éclair", "Zürich Hütte", 400),
                P("zz", "Tal", 10), P("ZZ", "Tal", 20)],
    "int_points": [P(3, 2, 100), P(2, 1, 100), P(3, 1, 250), P(1, 0, 10)],
    "mixed_points": [P(3, "Base", 100), P("A", "Base", 100)],
    "bad_grade": RESORT + [P("Top", "Base", 100, "orange")],
    "bad_grade_first": [P("Top", "Base", 100, "Red")] + RESORT,
    "none_length": [P("Top", "Base", None)],
    "none_length_dead_end": [P("Top", "Bowl", None), P("Top", "Base", 100)],
    "str_length": [P("Top", "Base", "100")],
}


@pytest.mark.parametrize("max_grade", ["black", "red", "blue", "green"])
@pytest.mark.parametrize("name", sorted(MAPS))
def test_maps(name, max_grade) -> None:
    assert_same(route_summary, reference, MAPS[name], "Base", max_grade)


@pytest.mark.parametrize("base", ["Mid", "Top", "Nowhere", "", "D", 0, 1, 1.0])
@pytest.mark.parametrize("name", ["resort", "diamond", "int_points", "from_base"])
def test_other_bases(name, base) -> None:
    assert_same(route_summary, reference, MAPS[name], base)


@pytest.mark.parametrize("max_grade", ["orange", "Black", "", None, 3])
def test_bad_max_grade(max_grade) -> None:
    assert_same(route_summary, reference, RESORT, "Base", max_grade)
    assert_same(route_summary, reference, [], "Base", max_grade)


def _layered(rng, levels, width, degree):
    layers = [[f"L{level}P{index}" for index in range(rng.randint(1, width))] for level in range(levels)] + [["Base"]]
    pistes = []
    for level, points in enumerate(layers[:-1]):
        below = [p for layer in layers[level + 1:level + 3] for p in layer]
        for point in points:
            for end in rng.sample(below, min(len(below), rng.randint(0, degree))):
                for _ in range(rng.choice([1, 1, 2])):
                    pistes.append(P(point, end, rng.randint(1, 40) * 25, rng.choice(GRADES)))
    rng.shuffle(pistes)
    return pistes


def _random_cases():
    rng = random.Random(1936)
    for n in range(50):
        pistes = _layered(rng, rng.randint(1, 6), 4, 3)
        if n % 7 == 0 and pistes:
            first = rng.choice(pistes)
            pistes.append(P(first.end, first.start, 10, rng.choice(GRADES)))
        yield pistes, rng.choice(GRADES)


@pytest.mark.parametrize("pistes,max_grade", list(_random_cases()))
def test_random(pistes, max_grade) -> None:
    assert_same(route_summary, reference, pistes, "Base", max_grade)


def test_big_mountain() -> None:
    rng = random.Random(11)
    pistes = _layered(rng, 9, 4, 3)
    assert_same(route_summary, reference, pistes, "Base")
    assert_same(route_summary, reference, pistes, "Base", "red")
    assert_same(route_summary, reference, tuple(pistes), "L5P0")
