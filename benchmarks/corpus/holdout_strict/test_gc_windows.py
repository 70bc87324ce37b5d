"""Strict equivalence tests for gc_windows (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from genomics.gc import gc_windows
from strict_support import assert_same

TARGET = "genomics/gc.py:gc_windows"


def reference(seq, window=100, *, step=1):
    if window <= 0 or step <= 0:
        raise ValueError("window and step must be positive")
    if len(seq) < window:
        return []
    fractions = []
    for start in range(0, len(seq) - window + 1, step):
        gc = 0
        for base in seq[start : start + window]:
            if base in "GCgc":
                gc += 1
        fractions.append(gc / window)
    return fractions


CASES = [
    (("",), {}),
    (("", 1), {}),
    (("G", 1), {}),
    (("g", 1), {}),
    (("A", 1), {}),
    (("ACGT", 4), {}),
    (("ACGT", 5), {}),
    (("ACGT", 0), {}),
    (("ACGT", -3), {}),
    (("", 0), {}),
    (("ACGT", 2), {"step": 0}),
    (("ACGT", 2), {"step": -1}),
    (("", 2), {"step": 0}),
    (("ACGTACGT", 3), {"step": 2}),
    (("ACGTACGT", 3), {"step": 3}),
    (("ACGTACGT", 3), {"step": 6}),
    (("ACGTACGT", 3), {"step": 100}),
    (("ACGTACGT", 8), {"step": 5}),
    (("GGGGCCCC", 3), {}),
    (("gGcCnNaAtT", 3), {}),
    (("NNNNNNN", 2), {}),
    (("GC\nGC\n", 2), {}),
    (("ＧＣgcＧ", 2), {}),
    (("ĝçGC", 2), {}),
    (("G C G C", 3), {}),
    (("GCGCGCG", 7), {}),
    (("ACGTTGCA", 7), {}),
    (("AAGGGCCCTTAAGGCA", 6), {"step": 4}),
    (("GCA" * 50, 11), {}),
    (("ACGTN" * 40, 199), {"step": 1}),
    (("ACGT", 2.0), {}),
    (("ACGT", True), {}),
    (("ACGT", 2), {"step": 1.5}),
]


def _random():
    rng = random.Random(29)
    for _ in range(36):
        seq = "".join(rng.choice("ACGTacgtNN") for _ in range(rng.randrange(0, 60)))
        kwargs = {"step": rng.randint(1, 7)} if rng.random() < 0.5 else {}
        yield (seq, rng.randint(1, 25)), kwargs


@pytest.mark.parametrize(("args", "kwargs"), CASES + list(_random()))
def test_same_as_reference(args, kwargs) -> None:
    assert_same(gc_windows, reference, *args, **kwargs)


def test_long_contig_with_awkward_window() -> None:
    rng = random.Random(3)
    seq = "".join(rng.choice("ACGTacgtN") for _ in range(4000))
    for window, step in ((7, 1), (37, 3), (1000, 13), (3999, 1), (4000, 2)):
        assert gc_windows(seq, window, step=step) == reference(seq, window, step=step)


def test_fractions_are_exact_divisions() -> None:
    seq = "GCA" * 100
    values = gc_windows(seq, 7)
    assert all(type(v) is float for v in values)
    assert values[:3] == [5 / 7, 5 / 7, 4 / 7]
