"""Strict equivalence tests for execution_order (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from dagrun.planner import execution_order
from strict_support import assert_same

TARGET = "dagrun/planner.py:execution_order"


def reference(models):
    for name, dependencies in models.items():
        for dependency in dependencies:
            if dependency not in models:
                raise KeyError(f"{name} depends on unknown model {dependency!r}")
    dependents = {name: [] for name in models}
    waiting = {}
    for name, dependencies in models.items():
        unique = list(dict.fromkeys(dependencies))
        waiting[name] = len(unique)
        for dependency in unique:
            dependents[dependency].append(name)
    ready = [name for name in models if waiting[name] == 0]
    order = []
    while ready:
        ready.sort()
        name = ready.pop(0)
        order.append(name)
        for dependent in dependents[name]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                ready.append(dependent)
    if len(order) < len(models):
        stuck = sorted(name for name in models if waiting[name] > 0)
        raise ValueError(f"dependency cycle among: {', '.join(stuck)}")
    return order


CASES = [
    {},
    {"a": []},
    {"b": [], "a": []},
    {"c": [], "b": [], "a": ["c"]},
    {"a": ["b", "b"], "b": []},
    {"a": ["b", "c", "b", "c"], "b": ["c"], "c": []},
    {"z": [], "y": ["z"], "x": ["y"], "a": ["x"]},
    {"a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"], "e": []},
    {"B": [], "a": [], "A": [], "b": []},
    {"é": [], "e": [], "f": ["é"], "ê": []},
    {"a10": [], "a2": [], "a1": ["a10"]},
    {"": [], " ": [""], "a": [" "]},
    {"a": ["a"]},
    {"a": ["b"], "b": ["a"]},
    {"a": ["b"], "b": ["a"], "c": []},
    {"a": ["b"], "b": ["a"], "c": ["a"], "d": []},
    {"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"], "e": []},
    {"a": ["missing"]},
    {"a": [], "b": ["a", "missing"], "c": ["other"]},
    {"x": ["y"], "y": ["x"], "z": ["nope"]},
    {"a": ["a"], "b": ["zz"]},
    {"a": ("b", "c"), "b": (), "c": ("b",)},
    {"a": {"b"}, "b": set()},
    {"ab": "ba", "a": "", "b": ""},
    {"a": "a"},
    {3: [], 1: [3], 2: []},
    {3: [], 1: [3], 2: [], 10: [2]},
    {(1, "x"): [], (0, "y"): [(1, "x")], (0, "a"): []},
    {1: [], "a": [1]},
    {1: [], "a": []},
    {1: [], 2: ["x"]},
    {1.5: [], 1: [1.5], True: []},
]


def _dag(rng, size, cycle=False, unknown=False):
    names = [f"m{rng.randrange(1000):03d}" for _ in range(size)]
    names = list(dict.fromkeys(names))
    models = {}
    for position, name in enumerate(names):
        earlier = names[:position]
        models[name] = [rng.choice(earlier) for _ in range(rng.randint(0, min(3, len(earlier))))]
    if cycle and len(names) > 1:
        models[names[0]].append(names[-1])
    if unknown and names:
        models[rng.choice(names)].append("ghost")
    items = list(models.items())
    rng.shuffle(items)
    return dict(items)


def _random():
    rng = random.Random(5150)
    for _ in range(70):
        yield _dag(rng, rng.randint(0, 20), cycle=rng.random() < 0.15, unknown=rng.random() < 0.1)


@pytest.mark.parametrize("models", CASES + list(_random()))
def test_same_as_reference(models) -> None:
    assert_same(execution_order, reference, models)


def test_wide_project() -> None:
    rng = random.Random(77)
    sources = [f"src_{i:04d}" for i in range(600)]
    models = {name: [] for name in sources}
    for i in range(600):
        models[f"stg_{i:04d}"] = [sources[i]]
    for i in range(300):
        models[f"int_{i:04d}"] = rng.sample(sorted(models), 3)
    items = list(models.items())
    rng.shuffle(items)
    assert_same(execution_order, reference, dict(items))


def test_models_are_not_modified() -> None:
    models = {"b": ["a", "a"], "a": []}
    execution_order(models)
    assert models == {"b": ["a", "a"], "a": []}


def test_error_types() -> None:
    with pytest.raises(KeyError):
        execution_order({"a": ["b"], "c": ["c"]})
    with pytest.raises(ValueError, match="a, b"):
        execution_order({"b": ["a"], "a": ["b"], "c": []})
