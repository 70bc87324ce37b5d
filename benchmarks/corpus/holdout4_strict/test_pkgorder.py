"""Strict equivalence tests for install_order (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from depsolve.order import CycleError, install_order
from strict_support import assert_same

TARGET = "depsolve/order.py:install_order"


def reference(requirements):
    known = list(requirements)
    for name, deps in requirements.items():
        for dep in deps:
            if dep not in known:
                raise KeyError(f"{name} depends on unknown package {dep}")
    installed = []
    pending = sorted(requirements)
    while pending:
        for name in pending:
            if all(dep in installed for dep in requirements[name]):
                break
        else:
            raise CycleError("dependency cycle among: " + ", ".join(pending))
        pending.remove(name)
        installed.append(name)
    return installed


CASES = [
    {},
    {"a": []},
    {"a": ()},
    {"b": [], "a": []},
    {"a": ["b"], "b": []},
    {"a": ["b", "b"], "b": []},
    {"a": ["b", "c", "b"], "b": ["c"], "c": []},
    {"a": ["a"]},
    {"a": ["b"], "b": ["a"]},
    {"a": ["b"], "b": ["c"], "c": ["a"], "d": [], "e": ["d"]},
    {"z": [], "y": ["z"], "x": ["y"], "w": ["x"]},
    {"z": ["q"], "y": ["z"], "q": ["y"], "a": []},
    {"a": ["missing"]},
    {"a": ["b"], "b": ["ghost"], "c": ["a"]},
    {"a": ["b"], "b": ["a"], "c": ["ghost"]},
    {"a": [""], "": []},
    {"B": [], "a": [], "A": ["a"], "b": ["B"]},
    {"zoë": [], "zoe": ["zoë"], "Zoë": [], "ångström": ["zoe"]},
    {"lib-2": [], "lib-10": [], "lib-1": ["lib-10"]},
    {"app": ["web", "db"], "web": ["http", "log"], "db": ["log"], "http": ["log"], "log": []},
    {1: [], "a": []},
    {2: [1], 1: [], 3: [2, 1]},
    {("ns", "b"): [("ns", "a")], ("ns", "a"): []},
    {"a": ["b"], "b": ["c"], "c": ["b"]},
    {"self": ["self", "other"], "other": []},
]


def _random():
    rng = random.Random(4711)
    for _ in range(120):
        names = [f"p{n}" for n in rng.sample(range(40), rng.randint(0, 12))]
        requirements = {}
        for position, name in enumerate(names):
            pool = names if rng.random() < 0.15 else names[:position]
            requirements[name] = [rng.choice(pool) for _ in range(rng.randint(0, 3))] if pool else []
        if rng.random() < 0.08 and requirements:
            requirements[rng.choice(names)].append("unknown")
        yield requirements


@pytest.mark.parametrize("requirements", CASES + list(_random()))
def test_same_as_reference(requirements) -> None:
    assert_same(install_order, reference, requirements)


@pytest.mark.parametrize("requirements", [c for c in CASES if c] + list(_random())[:40])
def test_same_error_message(requirements) -> None:
    def message(function):
        try:
            return ("ok", function(requirements))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(install_order) == message(reference)


def test_a_big_monorepo() -> None:
    rng = random.Random(3)
    names = [f"pkg{n:03d}" for n in range(300)]
    rng.shuffle(names)
    requirements = {name: rng.sample(names[:i], min(i, rng.randint(0, 5))) for i, name in enumerate(names)}
    assert_same(install_order, reference, requirements)
    requirements[names[10]].append(names[200])
    requirements[names[200]].append(names[10])
    assert_same(install_order, reference, requirements)


def test_cycle_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="dependency cycle among: a, b"):
        install_order({"b": ["a"], "a": ["b"], "c": []})


def test_unknown_dependency_reported_before_cycle() -> None:
    with pytest.raises(KeyError, match="c depends on unknown package x"):
        install_order({"a": ["b"], "b": ["a"], "c": ["x"]})
