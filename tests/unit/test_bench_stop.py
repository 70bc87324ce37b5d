"""When the sandbox's A/B benchmark stops before max_pairs: only when more pairs could not change
the verdict."""

from __future__ import annotations

import random
from types import ModuleType


def _pairs(ratios: list[float]) -> list[dict[str, dict[str, float]]]:
    # a is the original, b the candidate: a ratio above 1 is a faster candidate.
    return [{"a": {"wall_s": 2.0 * r}, "b": {"wall_s": 2.0}} for r in ratios]


def test_every_pair_clearly_faster_stops(harness: ModuleType) -> None:
    assert harness.clear_result(_pairs([1.3, 1.25, 1.4, 1.31, 1.28, 1.35]), 0.05)


def test_faster_but_barely_beyond_the_floor_runs_on(harness: ModuleType) -> None:
    # Every pair faster, but the median short of twice the floor: more pairs may tell.
    assert not harness.clear_result(_pairs([1.06, 1.07, 1.08, 1.05, 1.09, 1.06]), 0.05)


def test_every_pair_below_the_floor_stops(harness: ModuleType) -> None:
    # A candidate no faster, or slower: more pairs could not lift it over the floor.
    assert harness.clear_result(_pairs([1.01, 0.99, 1.04, 1.02, 0.97, 1.03]), 0.05)
    assert harness.clear_result(_pairs([0.8, 0.85, 0.9, 0.82, 0.88, 0.79]), 0.05)


def test_one_pair_over_the_floor_runs_on(harness: ModuleType) -> None:
    assert not harness.clear_result(_pairs([1.01, 0.99, 1.06, 1.02, 0.97, 1.03]), 0.05)
    assert not harness.clear_result(_pairs([0.9, 1.2, 0.95, 1.1, 0.92, 1.3]), 0.05)


def test_as_pairs_add_up_a_few_may_gain_the_floor(harness: ModuleType) -> None:
    # One of ten pairs over the floor is as unlikely as none of six, were the gain real; two are not.
    assert harness.clear_result(_pairs([1.01, 0.99, 1.07, 1.02, 0.97, 1.03, 1.0, 1.02, 1.01, 1.04]), 0.05)
    assert not harness.clear_result(_pairs([1.01, 0.99, 1.07, 1.02, 0.97, 1.03, 1.0, 1.06, 1.01, 1.04]), 0.05)
    assert harness.clear_result(_pairs([1.06, 1.07, 1.08, 1.0] + [1.02] * 14), 0.05)
    assert not harness.clear_result(_pairs([1.06, 1.07, 1.08, 1.0, 1.09] + [1.02] * 12), 0.05)


def test_a_tripled_floor_is_the_floor_used(harness: ModuleType) -> None:
    ratios = [1.02, 1.09, 1.06, 1.04, 1.12, 1.07]
    assert not harness.clear_result(_pairs(ratios), 0.05)
    assert harness.clear_result(_pairs(ratios), 0.15)


def test_a_real_gain_of_the_floor_never_stops_as_too_small(harness: ModuleType) -> None:
    # Pairs scattered around a true gain of 1.2x with 10% noise: a stop after six pairs is a
    # stop as faster (every pair above 1), never one as too small.
    rng = random.Random(7)
    runs = [[1.2 * rng.gauss(1, 0.1) for _ in range(6)] for _ in range(2000)]
    wrong = [r for r in runs if harness.clear_result(_pairs(r), 0.05) and not all(x > 1 for x in r)]
    assert not wrong
    assert any(harness.clear_result(_pairs(r), 0.05) for r in runs)
