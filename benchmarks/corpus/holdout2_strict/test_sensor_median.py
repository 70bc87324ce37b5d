"""Strict equivalence tests for rolling_median (never shown to wattlens)."""

from __future__ import annotations

import itertools
import math
import random
from decimal import Decimal
from fractions import Fraction

import pytest
from strict_support import assert_same
from telemetry.smoothing import rolling_median

TARGET = "telemetry/smoothing.py:rolling_median"


def reference(readings, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    recent = []
    for position, value in enumerate(readings):
        if value != value:
            raise ValueError(f"NaN reading at position {position}")
        recent.append(value)
        if len(recent) > window:
            recent = recent[1:]
        if len(recent) == window:
            ordered = sorted(recent)
            middle = window // 2
            if window % 2:
                yield ordered[middle]
            else:
                yield (ordered[middle - 1] + ordered[middle]) / 2


def drain(function):
    """What a consumer sees: the medians it got, then how the stream ended."""

    def run(readings, window):
        medians = function(readings, window)
        got = []
        try:
            for value in medians:
                got.append(value)
        except Exception as error:  # noqa: BLE001
            return got, type(error).__name__
        return got, None

    return run


NAN = math.nan
INF = math.inf
CASES = [
    ([], 1),
    ([], 5),
    ([1], 1),
    ([1], 2),
    ([1, 2], 2),
    ([1, 2, 90, 3, 4], 3),
    ([1, 3, 5, 7], 2),
    ([1, 3, 5, 7], 4),
    ([1, 3, 5, 7], 5),
    ([3, 1, 2], 1),
    ([5, 5, 5, 5], 3),
    ([5, 5, 5, 5], 2),
    ([1, 1.0, 1, 1.0, 1], 3),
    ([1.0, 1, 1.0, 1, 1.0], 3),
    ([1, 1.0, 2, 1.0, 1, 2.0, 1], 3),
    ([1, 1.0, 2, 1.0, 1, 2.0, 1], 2),
    ([2, 1.0, 1, 2.0, 1, 1.0, 2, 1], 4),
    ([2, 1.0, 1, 2.0, 1, 1.0, 2, 1], 5),
    ([True, 1, 1.0, False, 0, 0.0, -0.0], 3),
    ([0.0, -0.0, 0, -0.0, 0.0], 3),
    ([0.0, -0.0, 0, -0.0, 0.0], 2),
    ([1, 2, 3, 4, 5, 6, 7, 8, 9], 9),
    ([9, 8, 7, 6, 5, 4, 3, 2, 1], 4),
    ([0.1, 0.2, 0.3], 2),
    ([10**20, 1, 10**20 + 1], 2),
    ([10**20, 1, 10**20 + 1], 3),
    ([INF, 1, -INF, 2, INF], 3),
    ([INF, INF], 2),
    ([NAN], 1),
    ([NAN], 3),
    ([1, 2, NAN, 3], 1),
    ([1, 2, 3, NAN, 4], 2),
    ([1, 2, 3, 4, NAN], 3),
    ([1, 2, 3, 4, NAN], 10),
    ([1, 2], 0),
    ([], 0),
    ([1, 2], -3),
    ([1, 2, 3], True),
    ([1, 2, 3], 2.0),
    ([1, 2, 3], 3.0),
    ([1, 2], 3.0),
    ([Fraction(1, 3), Fraction(1, 2), Fraction(2, 3)], 2),
    ([Fraction(1, 3), 0.5, 1], 3),
    ([Decimal("1.5"), Decimal("2.5"), Decimal("NaN")], 2),
    ([Decimal("1.5"), Decimal("2.5"), Decimal("0.5")], 3),
    (["b", "a", "c", "a"], 3),
    (["b", "a", "c"], 2),
    ((x for x in [4, 2, 6, 1]), 2),
    (range(10), 4),
    ((3, 1, 2, 5), 3),
]


def _random():
    rng = random.Random(606)
    for _ in range(60):
        pool = rng.choice([[1, 2, 3], [1, 1.0, 2, 2.0, 0], [0.5, 1.5, -2.0], list(range(-3, 4))])
        readings = [rng.choice(pool) for _ in range(rng.randint(0, 30))]
        if rng.random() < 0.1 and readings:
            readings[rng.randrange(len(readings))] = NAN
        yield readings, rng.randint(1, 8)


@pytest.mark.parametrize(("readings", "window"), CASES + list(_random()))
def test_same_as_reference(readings, window) -> None:
    if hasattr(readings, "__next__"):
        items = list(readings)
        assert_same(lambda w: drain(rolling_median)(iter(items), w), lambda w: drain(reference)(iter(items), w), window)
    else:
        assert_same(drain(rolling_median), drain(reference), readings, window)


def test_long_stream() -> None:
    rng = random.Random(77)
    readings = [round(rng.gauss(20, 3), 1) for _ in range(4000)]
    for window in (1, 2, 51, 100, 301):
        assert_same(drain(rolling_median), drain(reference), readings, window)


def test_calling_does_not_start_the_stream() -> None:
    medians = rolling_median([1, 2], 0)
    with pytest.raises(ValueError):
        next(medians)

    def exploding():
        raise RuntimeError("sensor offline")
        yield 1.0

    rolling_median(exploding(), 3)  # nothing is read yet


def test_readings_are_consumed_lazily() -> None:
    first = list(itertools.islice(rolling_median(itertools.count(), 3), 4))
    assert first == [1, 2, 3, 4]
    source = iter([5, 1, 4, 2, 3, 9])
    medians = rolling_median(source, 3)
    assert next(medians) == 4
    assert next(source) == 2  # only what was needed has been read


def test_medians_before_a_nan_come_out_first() -> None:
    medians = rolling_median([1.0, 3.0, 2.0, NAN, 5.0], 2)
    assert [next(medians), next(medians)] == [2.0, 2.5]
    with pytest.raises(ValueError):
        next(medians)


def test_input_list_is_not_modified() -> None:
    readings = [3, 1, 2, 5]
    assert list(rolling_median(readings, 2)) == [2.0, 1.5, 3.5]
    assert readings == [3, 1, 2, 5]
