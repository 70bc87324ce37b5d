"""Strict equivalence tests for rank_students (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from grading.report import DEFAULT_WEIGHTS, StudentResult, check_weights, rank_students, weighted_total
from strict_support import assert_same

TARGET = "grading/report.py:rank_students"


def reference(gradebook, weights=None):
    if weights is None:
        weights = DEFAULT_WEIGHTS
    check_weights(weights)
    results = []
    for student, scores in gradebook.items():
        total = weighted_total(scores, weights)
        all_totals = [weighted_total(other, weights) for other in gradebook.values()]
        class_mean = sum(all_totals) / len(all_totals)
        rank = sorted(all_totals, reverse=True).index(total) + 1
        results.append(StudentResult(student, total, rank, total > class_mean))
    return results


F = {"final": 1.0}
CASES = [
    ({},),
    ({}, {"final": 0.5}),
    ({}, {"final": -0.5, "midterm": 1.5}),
    ({"a": {"final": 50}}, {"final": 0.5}),
    ({"a": {"final": 50}}, {}),
    ({"a": {}},),
    ({"a": {"final": 50}},),
    ({"a": {"final": 50}}, F),
    ({"a": {"final": 50}, "b": {"final": 50}}, F),
    ({"a": {"final": 50}, "b": {"final": 50}, "c": {"final": 50}}, F),
    ({"a": {"final": 50}, "b": {"final": 70}, "c": {"final": 70}, "d": {"final": 10}}, F),
    ({"a": {"final": 1}, "b": {"final": 2}, "c": {"final": 3}}, F),
    ({"a": {"final": 3}, "b": {"final": 2}, "c": {"final": 1}}, F),
    ({"a": {"final": 60, "bonus": 100}, "b": {"final": 60}}, F),
    ({"a": {"final": 60.004}, "b": {"final": 60.006}, "c": {"final": 60.005}}, F),
    ({"a": {"final": 0.125}, "b": {"final": 0.135}, "c": {"final": 0.145}}, F),
    ({"a": {"x": 0.1, "y": 0.2}, "b": {"x": 0.3}}, {"x": 0.5, "y": 0.5}),
    ({"a": {"x": 1, "y": 0}, "b": {"x": 0, "y": 1}}, {"x": 0.5, "y": 0.5}),
    ({"a": {"x": 1}, "b": {"y": 1}}, {"x": 0.1, "y": 0.2, "z": 0.7}),
    ({"a": {"final": -5}, "b": {"final": -0.0}, "c": {"final": 0}}, F),
    ({"a": {"final": float("inf")}, "b": {"final": 10}}, F),
    ({"a": {"final": float("inf")}, "b": {"final": float("-inf")}, "c": {"final": 3}}, F),
    ({"a": {"final": 10**6}, "b": {"final": 10**6 + 1}}, F),
    ({"a": {"final": True}, "b": {"final": False}}, F),
    ({"Zoë": {"final": 80}, "zoe": {"final": 80}, "ZOË": {"final": 79.99}}, F),
    ({"a": {"homework": 100, "midterm": 0, "final": 50}, "b": {"homework": 0, "midterm": 100, "final": 50}},),
    ({"a": {"homework": 100}, "b": {"midterm": 100}, "c": {"final": 50}, "d": {"final": 49}},),
    ({"a": {"final": 50}}, {"final": 1.0000000001}),
    ({"a": {"final": 50}}, {"final": 1.01}),
]


def _random():
    rng = random.Random(777)
    for _ in range(80):
        components = ["homework", "midterm", "final"]
        book = {}
        for n in range(rng.randint(0, 15)):
            book[f"s{n}"] = {c: rng.choice([0, 40, 55, 55.5, 70, 85.25, 100]) for c in components if rng.random() < 0.85}
        weights = rng.choice([None, {"homework": 0.2, "midterm": 0.3, "final": 0.5}, {"final": 1.0}, {"midterm": 0.5, "final": 0.5}])
        yield (book,) if weights is None else (book, weights)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(rank_students, reference, *args)


def test_weights_by_keyword() -> None:
    book = {"a": {"x": 10, "y": 90}, "b": {"x": 90, "y": 10}, "c": {"x": 50, "y": 50}}
    for weights in ({"x": 0.5, "y": 0.5}, {"x": 0.9, "y": 0.1}, {"x": 0.1, "y": 0.9}, {"x": 1}):
        assert_same(lambda b, w=weights: rank_students(b, weights=w), lambda b, w=weights: reference(b, weights=w), book)


def test_a_big_course() -> None:
    rng = random.Random(5)
    book = {f"st{n:04d}": {c: rng.randint(30, 100) for c in ("homework", "midterm", "final") if rng.random() < 0.95} for n in range(250)}
    assert_same(rank_students, reference, book)
    assert_same(rank_students, reference, book, {"final": 0.6, "midterm": 0.4})


def test_results_are_in_gradebook_order() -> None:
    book = {"zed": {"final": 1}, "amy": {"final": 3}, "max": {"final": 2}}
    assert [r.student for r in rank_students(book, F)] == ["zed", "amy", "max"]
    assert [r.rank for r in rank_students(book, F)] == [3, 1, 2]


def test_gradebook_is_not_modified() -> None:
    book = {"a": {"final": 50}, "b": {"homework": 10}}
    rank_students(book)
    assert book == {"a": {"final": 50}, "b": {"homework": 10}}
