"""Strict equivalence tests for lead_time_report (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from bomtime.leadtime import lead_time_report
from bomtime.parts import Part
from strict_support import assert_same

TARGET = "bomtime/leadtime.py:lead_time_report"


def cumulative_lead_time(number, catalogue, path=()):
    if number in path:
        raise ValueError(f"bill of materials loops back to {number}")
    part = catalogue[number]
    longest = 0
    for component, _quantity in part.components:
        longest = max(longest, cumulative_lead_time(component, catalogue, path + (number,)))
    return part.lead_days + longest


def critical_path(number, catalogue):
    chain = [number]
    part = catalogue[number]
    while part.components:
        best_component = None
        best_days = -1
        for component, _quantity in part.components:
            days = cumulative_lead_time(component, catalogue)
            if days > best_days:
                best_component, best_days = component, days
        chain.append(best_component)
        part = catalogue[best_component]
    return chain


def reference(catalogue, horizon_days):
    report = {}
    for number in sorted(catalogue):
        part = catalogue[number]
        if not part.components:
            continue
        days = cumulative_lead_time(number, catalogue)
        report[number] = {
            "days": days,
            "critical_path": critical_path(number, catalogue),
            "late": days > horizon_days,
        }
    return report


def P(number, days, *components, description="part"):
    return Part(number, description, days, tuple((c, 1) if isinstance(c, str) else c for c in components))


def cat(*parts):
    return {part.number: part for part in parts}


BASE = cat(P("BOLT", 3), P("CAST", 40), P("MOTOR", 25), P("HEAD", 5, ("CAST", 1), ("BOLT", 8)),
           P("MILL", 10, ("MOTOR", 2), "HEAD", ("BOLT", 40)))

CASES = [
    ({}, 10),
    (cat(P("A", 5)), 10),
    (BASE, 50),
    (BASE, 55),
    (BASE, 0),
    (BASE, -1),
    (BASE, 54.5),
    (BASE, None),
    ({}, None),
    (cat(P("A", 5)), None),
    (cat(P("A", 1), P("B", 1), P("X", 0, "B", "A")), 1),
    (cat(P("A", 1), P("B", 1), P("X", 0, "A", "B")), 1),
    (cat(P("A", 0), P("X", 0, "A")), 0),
    (cat(P("A", 0), P("B", 0), P("X", 0, "A", "B")), 0),
    (cat(P("A", -5), P("X", 2, "A")), 0),
    (cat(P("A", -5), P("B", -1), P("X", 2, "A", "B")), 0),
    (cat(P("A", -5), P("X", 2, "A"), Part(None, "none", 4)), 0),
    (cat(P("A", 2), P("X", 1, "A", "A", "A")), 2),
    (cat(P("A", 2), P("X", 1, ("A", 0), ("A", -3))), 2),
    (cat(P("A", 1, "B"), P("B", 1, "A")), 10),
    (cat(P("A", 1, "A")), 10),
    (cat(P("A", 1, "B"), P("B", 1, "C"), P("C", 1, "B")), 10),
    (cat(P("Z", 1, "B"), P("B", 1, "C"), P("C", 1, "B"), P("A", 1)), 10),
    (cat(P("A", 1, "NOPE")), 10),
    (cat(P("A", 1, "B", "NOPE"), P("B", 1, "A")), 10),
    (cat(P("A", 1, "B", "A"), P("B", 1, "NOPE")), 10),
    (cat(P("A", 1.5), P("X", 0.25, "A")), 1.75),
    (cat(P("A", 1.5), P("X", 0.25, "A")), 1),
    (cat(P("A", True), P("X", False, "A")), 0),
    (cat(P("A", "3"), P("X", 1, "A")), 0),
    (cat(P("A", 3), P("X", "1", "A")), 0),
    (cat(P("A", None), P("X", 1, "A")), 0),
    (cat(P("Ä", 3), P("a", 4), P("B", 1, "Ä", "a")), 3),
    (cat(P("", 3), P("B", 1, "")), 3),
    ({"alias": P("A", 3), "A": P("A", 9), "X": P("X", 1, "alias")}, 5),
    ({"X": P("Y", 1, "A"), "A": P("A", 2)}, 5),
    ({1: P(1, 3), 2: P(2, 1, 1)}, 3),
    ({1: P(1, 3), "2": P("2", 1, 1)}, 3),
    (cat(P("A", 3), Part("X", "bad", 1, (("A",),))), 3),
    (cat(P("A", 3), Part("X", "bad", 1, (("A", 1, 2),))), 3),
    (cat(P("A", 3), Part("X", "list", 1, [("A", 1)])), 3),
    (cat(P("A", 3), Part("X", "str", 1, "AB")), 3),
    (cat(P("A", 3), P("B", 2), Part("X", "str", 1, ["AB", "B1"])), 3),
    (cat(P("A", 4), P("B", 4), P("C", 1, "A"), P("D", 1, "B", "C"), P("E", 0, "D", "C")), 5),
    (cat(*(P(f"N{n}", n % 3, *(f"N{m}" for m in range(max(0, n - 3), n))) for n in range(12))), 6),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(lead_time_report, reference, *case)


def _random_cases():
    rng = random.Random(31337)
    for _ in range(140):
        count = rng.randint(0, 14)
        names = [f"P{n:02d}" for n in range(count)]
        parts = []
        for index, name in enumerate(names):
            components = []
            if index > 0 and rng.random() < 0.7:
                for _ in range(rng.randint(1, 4)):
                    components.append((rng.choice(names[:index]), rng.randint(1, 5)))
            if rng.random() < 0.03 and names:
                components.append((rng.choice(names), 1))
            if rng.random() < 0.02:
                components.append(("MISSING", 1))
            parts.append(Part(name, "random part", rng.choice([0, 1, 2, 3, 5, 8, 13, -1]), tuple(components)))
        rng.shuffle(parts)
        yield {part.number: part for part in parts}, rng.choice([0, 5, 10, 20, 40])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(lead_time_report, reference, *case)


def test_large_layered_bom() -> None:
    rng = random.Random(8)
    levels = [[f"B{n}" for n in range(30)]]
    catalogue = {number: Part(number, "bought", rng.randint(1, 30)) for number in levels[0]}
    for level in range(1, 7):
        numbers = [f"L{level}-{n}" for n in range(8)]
        for number in numbers:
            picks = rng.sample(levels[-1], 3) + rng.sample(levels[0], 2)
            catalogue[number] = Part(number, "assembly", rng.randint(1, 5), tuple((p, 2) for p in picks))
        levels.append(numbers)
    assert_same(lead_time_report, reference, catalogue, 60)
