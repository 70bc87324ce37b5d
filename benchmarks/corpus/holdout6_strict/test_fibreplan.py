"""Strict equivalence tests for plan_cabling (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from netplan.spanning import DisconnectedError, plan_cabling
from strict_support import assert_same

TARGET = "netplan/spanning.py:plan_cabling"


def reference(links):
    buildings = set()
    for a, b, _ in links:
        buildings.add(a)
        buildings.add(b)
    if not buildings:
        return [], 0
    connected = {min(buildings)}
    chosen = []
    total = 0
    while len(connected) < len(buildings):
        best = None
        for a, b, cost in links:
            if (a in connected) == (b in connected):
                continue
            key = (cost, min(a, b), max(a, b))
            if best is None or key < best:
                best = key
        if best is None:
            missing = sorted(buildings - connected)
            raise DisconnectedError(f"cannot reach: {', '.join(missing)}")
        cost, low, high = best
        connected.add(low)
        connected.add(high)
        chosen.append((low, high, cost))
        total += cost
    return chosen, total


CASES = [
    [],
    [("a", "a", 3)],
    [("a", "b", 2)],
    [("b", "a", 2)],
    [("a", "b", 2), ("a", "b", 1), ("b", "a", 1)],
    [("a", "b", 1), ("a", "b", 1.0)],
    [("a", "b", 1.0), ("a", "b", 1)],
    [("b", "a", 1.0), ("a", "b", True), ("a", "b", 1)],
    [("a", "c", 1), ("a", "b", 1), ("b", "c", 1), ("c", "d", 1), ("b", "d", 1)],
    [("a", "b", -5), ("b", "c", -1), ("a", "c", -10)],
    [("a", "b", 0), ("b", "c", 0), ("c", "a", 0)],
    [("hub", "x", 1), ("hub", "y", 1), ("x", "y", 0.5), ("y", "z", 2.5), ("x", "z", 2.5)],
    [("a", "b", 1), ("c", "d", 1)],
    [("a", "b", 1), ("c", "c", 1)],
    [("z", "y", 1), ("w", "v", 2), ("v", "u", 3)],
    [("Ärztehaus", "bibliothek", 2), ("Bibliothek", "ärztehaus", 1), ("bibliothek", "Bibliothek", 3)],
    [("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("a", "a", 0)],
    [(1, 2, 5), (2, 3, 1), (1, 3, 2)],
    [(1, "a", 1)],
    [["a", "b", 3], ["b", "c", 4]],
    [("a", "b", 1.5), ("b", "c", 2.25), ("c", "d", 0.125)],
    [("a", "b", "1")],
    [("a", "b", 1), ("b", "c", "2")],
]


@pytest.mark.parametrize("links", CASES)
def test_same_as_reference(links) -> None:
    assert_same(plan_cabling, reference, links)


@pytest.mark.parametrize("links", [c for c in CASES if c and all(isinstance(a, str) and isinstance(b, str) and not isinstance(w, str) for a, b, w in c)])
def test_same_error_message(links) -> None:
    def message(function):
        try:
            return ("ok", function(links))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(plan_cabling) == message(reference)


def test_disconnected_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="cannot reach: c, d"):
        plan_cabling([("a", "b", 1), ("d", "c", 1)])


@pytest.mark.parametrize("seed", range(25))
def test_random_small_campuses(seed) -> None:
    rng = random.Random(seed)
    names = [chr(ord("a") + n) for n in range(rng.randint(1, 8))]
    links = []
    for _ in range(rng.randint(0, 20)):
        cost = rng.choice([rng.randint(0, 3), float(rng.randint(0, 3)), rng.randint(0, 3) / 2])
        links.append((rng.choice(names), rng.choice(names), cost))
    assert_same(plan_cabling, reference, links)


def test_big_campus() -> None:
    rng = random.Random(8)
    names = [f"B{n:03d}" for n in range(250)]
    links = [(names[n], names[n + 1], rng.randint(1, 40)) for n in range(len(names) - 1)]
    links += [(rng.choice(names), rng.choice(names), rng.randint(1, 40)) for _ in range(1500)]
    rng.shuffle(links)
    assert_same(plan_cabling, reference, links)


def test_total_type_follows_costs() -> None:
    assert_same(plan_cabling, reference, [("a", "b", 2), ("b", "c", 3)])
    assert_same(plan_cabling, reference, [("a", "b", 2), ("b", "c", 3.0)])
    assert_same(plan_cabling, reference, [("a", "a", 2.5)])


def test_links_not_modified() -> None:
    links = [("b", "a", 2), ("c", "b", 1), ("a", "c", 3)]
    plan_cabling(links)
    assert links == [("b", "a", 2), ("c", "b", 1), ("a", "c", 3)]
