"""Strict equivalence tests for hop_counts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from netmap.hops import adjacency, hop_counts
from strict_support import assert_same

TARGET = "netmap/hops.py:hop_counts"


def reference(graph, uplinks, *, max_hops=None):
    hops = {}
    queue = []
    for router in uplinks:
        if router not in hops:
            hops[router] = 0
            queue.append(router)
    while queue:
        router = queue.pop(0)
        if max_hops is not None and hops[router] >= max_hops:
            continue
        for neighbour in graph.get(router, ()):
            if neighbour not in hops:
                hops[neighbour] = hops[router] + 1
                queue.append(neighbour)
    return hops


CHAIN = {"a": ["b"], "b": ["a", "c"], "c": ["b", "d"], "d": ["c"]}

CASES = [
    ({}, []),
    ({}, ["a"]),
    (CHAIN, []),
    (CHAIN, ["a"]),
    (CHAIN, ["a", "a", "a"]),
    (CHAIN, ["d", "a"]),
    (CHAIN, ["zz"]),
    (CHAIN, ["zz", "c"]),
    ({"a": ["a", "a", "b"], "b": []}, ["a"]),
    ({"a": ("b", "c"), "b": ("c",), "c": ()}, ["a"]),
    ({"a": ["ghost"], "ghost2": ["a"]}, ["a"]),
    ({"a": ["b"], "b": ["c"], "c": ["a"]}, ["c"]),
    ({1: [2, 3], 2: [4], 3: [4], 4: [1]}, [1]),
    ({1: [2], 2: [1], 1.0: [5]}, [1.0]),
    ({"Zürich": ["Genève"], "Genève": ["İzmir"], "İzmir": []}, ["Zürich"]),
    ({"": ["x"], "x": [""]}, [""]),
    ({"a": [], "b": []}, ("a", "b", "a")),
]


@pytest.mark.parametrize("graph, uplinks", CASES)
def test_same_as_reference(graph, uplinks) -> None:
    assert_same(hop_counts, reference, graph, uplinks)


@pytest.mark.parametrize("max_hops", [None, -3, -1, 0, 1, 2, 3, 10, 2.5])
@pytest.mark.parametrize("graph, uplinks", CASES[2:8] + CASES[11:13])
def test_max_hops(graph, uplinks, max_hops) -> None:
    assert_same(hop_counts, reference, graph, uplinks, max_hops=max_hops)


def test_errors() -> None:
    assert_same(hop_counts, reference, None, ["a"])
    assert_same(hop_counts, reference, CHAIN, None)
    assert_same(hop_counts, reference, {"a": None}, ["a"])
    assert_same(hop_counts, reference, {"a": 5}, ["a"])
    assert_same(hop_counts, reference, CHAIN, [["unhashable"]])
    assert_same(hop_counts, reference, {"a": [["x"]]}, ["a"])


def _random_graph(rng, n, m):
    names = [f"n{i}" for i in range(n)]
    links = [(rng.choice(names), rng.choice(names)) for _ in range(m)]
    return adjacency(links), names


@pytest.mark.parametrize("seed", range(30))
def test_random_graphs(seed) -> None:
    rng = random.Random(seed)
    graph, names = _random_graph(rng, rng.randrange(1, 60), rng.randrange(0, 120))
    uplinks = [rng.choice(names + ["outside"]) for _ in range(rng.randrange(0, 5))]
    assert_same(hop_counts, reference, graph, uplinks)
    assert_same(hop_counts, reference, graph, uplinks, max_hops=rng.randrange(0, 4))


def test_random_directed_graph() -> None:
    rng = random.Random(77)
    graph = {i: [rng.randrange(500) for _ in range(rng.randrange(0, 4))] for i in range(500)}
    assert_same(hop_counts, reference, graph, [0, 7, 7, 499])


def test_large_backbone() -> None:
    rng = random.Random(5)
    graph, names = _random_graph(rng, 5000, 9000)
    assert_same(hop_counts, reference, graph, rng.sample(names, 3))
    assert_same(hop_counts, reference, graph, rng.sample(names, 3), max_hops=4)


def test_uplinks_iterated_once() -> None:
    assert hop_counts(CHAIN, iter(["a", "d", "a"])) == {"a": 0, "d": 0, "b": 1, "c": 1}


def test_result_is_a_fresh_dict() -> None:
    graph = {"a": ["b"], "b": []}
    result = hop_counts(graph, ["a"])
    result["x"] = 1
    assert graph == {"a": ["b"], "b": []}
