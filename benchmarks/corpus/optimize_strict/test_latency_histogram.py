"""Strict equivalence tests for bucket_counts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from metrics.histogram import bucket_counts
from strict_support import assert_same

TARGET = "metrics/histogram.py:bucket_counts"


def reference(samples, edges):
    counts = [0] * (len(edges) + 1)
    for value in samples:
        bounds = sorted(edges)
        index = 0
        while index < len(bounds) and value >= bounds[index]:
            index += 1
        counts[index] += 1
    return counts


CASES = [
    ([], []),
    ([1, 2], []),
    ([], [1, 2]),
    ([10], [10]),
    ([9.999, 10, 10.001], [10]),
    ([1, 5, 10, 100], [100, 10]),
    ([5, 5, 5], [5, 5]),
    ([4, 5, 6], [5, 5, 5]),
    ([-1e300, 1e300], [0, 1, 2]),
    ([0.1 + 0.2], [0.3]),
    ([1, 2, 3], [3, 2, 1, 2]),
    ([True, False], [1]),
]


def _random():
    rng = random.Random(15)
    for _ in range(50):
        edges = [rng.randrange(0, 20) for _ in range(rng.randrange(0, 6))]
        samples = [rng.choice([rng.randrange(-2, 22), rng.uniform(-2, 22)]) for _ in range(rng.randrange(0, 30))]
        yield samples, edges


@pytest.mark.parametrize(("samples", "edges"), CASES + list(_random()))
def test_same_as_reference(samples, edges) -> None:
    assert_same(bucket_counts, reference, samples, edges)


def test_edges_are_not_sorted_in_place() -> None:
    edges = [30, 10, 20]
    bucket_counts([15], edges)
    assert edges == [30, 10, 20]
