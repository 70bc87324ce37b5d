"""Strict equivalence tests for hops_from (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from network.routes import hops_from
from strict_support import assert_same

TARGET = "network/routes.py:hops_from"


def reference(graph, start):
    distances = {start: 0}
    queue = [start]
    visited = [start]
    while queue:
        node = queue.pop(0)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                visited.append(neighbour)
                distances[neighbour] = distances[node] + 1
                queue.append(neighbour)
    return distances


CASES = [
    ({}, "a"),
    ({"a": []}, "a"),
    ({"a": ["a"]}, "a"),
    ({"a": ["b", "b", "a"], "b": ["a"]}, "a"),
    ({"b": ["c"]}, "a"),
    ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, "a"),
    ({"a": ["c", "b"], "b": ["d"], "c": ["d"], "d": []}, "a"),
    ({1: [2, 3], 2: [4], 3: [4], 4: [1]}, 1),
    ({"a": ("b", "c"), "c": ("b",)}, "a"),
]


def _random():
    rng = random.Random(5)
    for _ in range(40):
        n = rng.randrange(1, 25)
        graph = {i: [rng.randrange(n) for _ in range(rng.randrange(0, 4))] for i in range(n) if rng.random() < 0.9}
        yield graph, rng.randrange(n)


@pytest.mark.parametrize(("graph", "start"), CASES + list(_random()))
def test_same_as_reference(graph, start) -> None:
    assert_same(hops_from, reference, graph, start)


@pytest.mark.parametrize(("graph", "start"), CASES + list(_random()))
def test_breadth_first_order_of_the_result(graph, start) -> None:
    assert list(hops_from(graph, start)) == list(reference(graph, start))
