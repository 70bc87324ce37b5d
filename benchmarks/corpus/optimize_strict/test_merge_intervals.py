"""Strict equivalence tests for merge_busy (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from booking.slots import merge_busy
from strict_support import assert_same

TARGET = "booking/slots.py:merge_busy"


def reference(intervals):
    def overlaps(a, b):
        return a[0] <= b[1] and b[0] <= a[1]

    merged = list(intervals)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if overlaps(merged[i], merged[j]):
                    a, b = merged[i], merged[j]
                    merged[i] = (min(a[0], b[0]), max(a[1], b[1]))
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(merged)


CASES = [
    [],
    [(1, 2)],
    [(1, 1)],
    [(1, 2), (1, 2)],
    [(1, 2), (2, 3)],
    [(2, 3), (1, 2)],
    [(1, 2), (3, 4)],
    [(1, 10), (2, 3), (4, 5)],
    [(5, 6), (1, 2), (3, 4), (2, 3)],
    [(0, 0), (0, 0), (1, 1)],
    [(-5, -1), (-1, 0), (3, 3)],
    [(1.5, 2.5), (2.5, 3)],
]


def _random():
    rng = random.Random(13)
    for _ in range(60):
        intervals = []
        for _ in range(rng.randrange(0, 20)):
            start = rng.randrange(0, 60)
            intervals.append((start, start + rng.randrange(0, 8)))
        yield intervals


@pytest.mark.parametrize("intervals", CASES + list(_random()))
def test_same_as_reference(intervals) -> None:
    assert_same(merge_busy, reference, intervals)
