"""Strict equivalence tests for assign_work (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from rota.assign import Engineer, assign_work
from strict_support import assert_same

TARGET = "rota/assign.py:assign_work"


def reference(items, team, *, carried_over=None):
    if not team:
        raise ValueError("nobody to assign work to")
    if len(set(team)) != len(team):
        raise ValueError("an engineer is listed twice")
    carried_over = carried_over or {}
    pool = [Engineer(name, float(carried_over.get(name, 0.0))) for name in team]
    for item_id, hours in items:
        if hours < 0:
            raise ValueError(f"negative estimate for {item_id}")
        pool.sort(key=lambda engineer: (engineer.hours, engineer.name))
        chosen = pool[0]
        chosen.hours += hours
        chosen.items.append(item_id)
    return {engineer.name: engineer.items for engineer in pool}


CASES = [
    ([], ["al"]),
    ([], ["bo", "al", "cy"]),
    ([("T1", 1)], ["al"]),
    ([("T1", 1), ("T2", 1), ("T3", 1)], ["cy", "bo", "al"]),
    ([("T1", 0), ("T2", 0), ("T3", 0)], ["bo", "al"]),
    ([("T1", 0.1), ("T2", 0.2), ("T3", 0.3), ("T4", 0.1)], ["bo", "al"]),
    ([("T1", 8), ("T2", 2), ("T2", 2), ("T3", 2)], ["al", "bo"]),
    ([("dup", 1), ("dup", 1)], ["al", "bo"]),
    ([("T1", 1)] * 5, ["Zoë", "zoe", "Émile", "adam"]),
    ([("T1", 1), ("T2", 2)], ["b", "B", "a", "A", ""]),
    ([("T1", True), ("T2", 1.5), ("T3", 2)], ["al", "bo"]),
    ([("T1", 1e-300), ("T2", 1e300), ("T3", 1)], ["al", "bo"]),
    ([(1, 1), (2, 2), (None, 3)], ["al", "bo"]),
    ([("T1", 1)], [3, 1, 2]),
    ([("T1", 1)], ("al", "bo")),
    ([("T1", 1)], []),
    ([], []),
    ([("T1", 1)], ["al", "bo", "al"]),
    ([], ["al", "al"]),
    ([("T1", 1), ("T2", -1)], ["al", "bo"]),
    ([("T1", -0.0)], ["al"]),
    ([("T1", 1), ("T2", None)], ["al"]),
    ([("T1", 1), ("T2",)], ["al"]),
    ([("T1", 1), "xy"], ["al"]),
    ([("T1", "2")], ["al"]),
]


@pytest.mark.parametrize("items, team", CASES)
def test_same_as_reference(items, team) -> None:
    assert_same(assign_work, reference, items, team)


CARRIED = [
    None,
    {},
    {"al": 5},
    {"al": 1, "bo": 1, "cy": 0.5},
    {"nobody": 3},
    {"al": "2.5", "bo": 2},
    {"al": "lots"},
    {"al": None},
    {"al": -4, "bo": 0},
    {3: 10, 1: 0.25},
]


@pytest.mark.parametrize("carried_over", CARRIED)
@pytest.mark.parametrize("items, team", [CASES[1], CASES[3], CASES[6], CASES[13], CASES[0]])
def test_carried_over(items, team, carried_over) -> None:
    assert_same(assign_work, reference, items, team, carried_over=carried_over)


def test_carried_over_not_a_mapping() -> None:
    assert_same(assign_work, reference, [("T", 1)], ["al"], carried_over=[("al", 1)])
    assert_same(assign_work, reference, [("T", 1)], ["al"], carried_over=[])


@pytest.mark.parametrize("seed", range(40))
def test_random_weeks(seed) -> None:
    rng = random.Random(seed)
    team = rng.sample([f"eng{n}" for n in range(30)], rng.randrange(1, 12))
    carried = {name: rng.choice([0, 0.5, 1, 3.25]) for name in team if rng.random() < 0.5}
    items = [(f"T{i}", rng.choice([0, 0.25, 0.5, 1, 2, 3, 8, 0.1])) for i in range(rng.randrange(0, 60))]
    if seed % 9 == 0 and items:
        items.insert(rng.randrange(len(items)), ("BAD", -1))
    assert_same(assign_work, reference, items, team, carried_over=carried or None)


def test_large_rota() -> None:
    rng = random.Random(123)
    team = [f"e{n:03d}" for n in range(120)]
    items = [(f"T{i}", rng.random() * 5) for i in range(1500)]
    assert_same(assign_work, reference, items, team, carried_over={n: rng.random() for n in team[::3]})


def test_items_iterated_once() -> None:
    assert assign_work(iter([("T1", 1), ("T2", 1)]), ["bo", "al"]) == {"al": ["T1"], "bo": ["T2"]}
