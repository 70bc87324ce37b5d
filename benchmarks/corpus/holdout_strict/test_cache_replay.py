"""Strict equivalence tests for CacheModel.replay (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from cdnsim.lru import CacheModel, CacheStats
from strict_support import assert_same

TARGET = "cdnsim/lru.py:CacheModel.replay"


def reference(self, requests):
    stats = CacheStats()
    cache = []
    for key in requests:
        if key in cache:
            stats.hits += 1
            cache.remove(key)
        else:
            stats.misses += 1
            if len(cache) >= self.capacity:
                stats.evicted.append(cache.pop(0))
        cache.append(key)
    return stats


M = CacheModel
CASES = [
    (M(3), []),
    (M(0), []),
    (M(0), ["a"]),
    (M(-1), ["a", "b"]),
    (M(1), ["a"]),
    (M(1), ["a", "a", "a"]),
    (M(1), ["a", "b", "a", "b"]),
    (M(2), ["a", "b", "c", "a", "b", "c"]),
    (M(2), ["a", "b", "a", "c", "b"]),
    (M(2), ["a", "b", "a", "c", "a", "d", "b"]),
    (M(3), ["x", "y", "z", "x", "w", "y", "x", "z"]),
    (M(3), ["a", "a", "b", "b", "c", "c", "d", "a"]),
    (M(100), ["k1", "k2", "k1", "k3"]),
    (M(2), ["", "", " ", ""]),
    (M(2), ["a", "a\n", "A", "a"]),
    (M(2), ["é", "e\u0301", "é", "ß", "ss"]),
    (M(2, "origin"), ["/img/1.png", "/img/1.png?v=2", "/img/1.png"]),
    (M(2.5), ["a", "b", "c", "a", "d"]),
    (M(True), ["a", "a", "b", "a"]),
    (M(4), ["a", "b", "c", "d"] * 3),
    (M(4), ["a", "b", "c", "d", "e"] * 3),
]


def _random():
    rng = random.Random(8)
    for _ in range(45):
        keys = [f"k{i}" for i in range(rng.randint(1, 9))]
        yield M(rng.randint(1, 6)), [rng.choice(keys) for _ in range(rng.randrange(0, 40))]


@pytest.mark.parametrize(("model", "requests"), CASES + list(_random()))
def test_same_as_reference(model, requests) -> None:
    assert_same(CacheModel.replay, reference, model, requests)


def test_each_replay_starts_cold() -> None:
    model = CacheModel(2)
    first = model.replay(["a", "b"])
    second = model.replay(["a", "b"])
    assert first == second == CacheStats(0, 2, [])
    assert vars(model) == {"capacity": 2, "name": "edge"}


def test_result_type() -> None:
    stats = CacheModel(1).replay(["a", "b", "a"])
    assert type(stats) is CacheStats and type(stats.evicted) is list
    assert stats.evicted == ["a", "b"]
