"""Strict equivalence tests for assign_reads (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from demux_reads.demux import DemuxResult, assign_reads
from demux_reads.samplesheet import SampleIndex

TARGET = "demux_reads/demux.py:assign_reads"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_within(read, expected, limit):
    if len(read) != len(expected):
        return False
    misses = 0
    for got, wanted in zip(read, expected):
        if got != wanted:
            misses += 1
            if misses > limit:
                return False
    return True


def reference(indexes, samples, max_mismatches=1):
    if max_mismatches < 0:
        raise ValueError("the mismatch allowance cannot be negative")
    counts = {}
    for sample in samples:
        if sample.sample_id in counts:
            raise ValueError(f"sample {sample.sample_id} is listed twice")
        counts[sample.sample_id] = 0
    assignments = []
    undetermined = ambiguous = 0
    for i7, i5 in indexes:
        matches = [sample.sample_id for sample in samples
                   if _ref_within(i7, sample.i7, max_mismatches) and _ref_within(i5, sample.i5, max_mismatches)]
        if len(matches) == 1:
            counts[matches[0]] += 1
            assignments.append(matches[0])
        else:
            if matches:
                ambiguous += 1
            else:
                undetermined += 1
            assignments.append(None)
    return DemuxResult(assignments, counts, undetermined, ambiguous)


# --- cases -------------------------------------------------------------------------------

X = SampleIndex
Lookalike = namedtuple("Lookalike", "sample_id i7 i5")
TWO = [X("S1", "ACGTACGT", "TTGCAAGG"), X("S2", "TGCATGCA", "GGCCTTAA")]
SINGLE = [X("A", "ACGTAC", ""), X("B", "TTTTTT", ""), X("C", "ACGTAA", "")]
READS = [("ACGTACGT", "TTGCAAGG"), ("ACGTACGA", "TTGCAAGN"), ("ACGTACAA", "TTGCAAGG"), ("TGCATGCA", "GGCCTTAA"),
         ("NNNNNNNN", "NNNNNNNN"), ("ACGTACGT", "GGCCTTAA"), ("acgtacgt", "ttgcaagg"), ("ACGTACG", "TTGCAAGG"),
         ("ACGTACGTA", "TTGCAAGG"), ("TGCATGCA", "GGCCTTA"), ("", ""), ("TGCATGCN", "NGCCTTAA")]

CASES = [
    ([], [],),
    ([], TWO),
    ((), tuple(TWO)),
    (READS, []),
    (READS, TWO),
    (tuple(READS), tuple(TWO)),
    (READS, list(reversed(TWO))),
    (READS, TWO, 0),
    (READS, TWO, 2),
    (READS, TWO, 3),
    (READS, TWO, 8),
    (READS, TWO, 100),
    (READS, TWO, -1),
    ([], TWO, -1),
    ([], [], -1),
    (READS, TWO, 0.5),
    (READS, TWO, 1.5),
    (READS, TWO, True),
    (READS, TWO, False),
    (READS, TWO, float("inf")),
    (READS, TWO, None),
    (READS, TWO, "1"),
    ([], TWO, None),
    ([("ACGTAC", ""), ("ACGTAG", ""), ("TTTTTA", ""), ("ACGTAN", ""), ("ACGTAC", "A")], SINGLE),
    ([("ACGTAC", ""), ("ACGTAG", ""), ("TTTTTA", ""), ("ACGTAN", "")], SINGLE, 0),
    ([("ACGTAC", ""), ("ACGTAG", ""), ("TTTTTA", ""), ("ACGTAN", "")], SINGLE, 2),
    ([("ACGT", "")], [X("A", "ACGT", ""), X("B", "ACGT", "")], 0),
    ([("ACGT", "")], [X("A", "ACGT", ""), X("A", "TTTT", "")]),
    ([], [X("A", "ACGT", ""), X("A", "TTTT", "")]),
    ([("ACGT", "")], [X("A", "ACGT", ""), X("a", "TTTT", "")]),
    ([("ACGT", "")], [X(1, "ACGT", ""), X(True, "TTTT", "")]),
    ([("ACGT", "")], [X(1, "ACGT", ""), X(1.0, "TTTT", "")]),
    ([("ACGT", "")], [X(None, "ACGT", ""), X("B", "TTTT", "")]),
    ([("ACGT", "")], [X(["A"], "ACGT", "")]),
    ([("ACGT", "")], [X(("A", 1), "ACGT", ""), X(("A", 2), "ACGA", "")], 0),
    ([("ACGT", "GG")], [X("A", "acgt", "gg")], 0),
    ([("\u00c5CGT", "")], [X("A", "ACGT", ""), X("B", "\u00c5CGT", "")], 0),
    ([("\u00c5CGT", "")], [X("A", "ACGT", "")], 1),
    ([("AC", "G")], [X("A", "AC", "G")]),
    ([["ACGT", "GG"], ("ACGA", "GG")], [X("A", "ACGT", "GG")]),
    (["AG"], [X("A", "A", "G"), X("B", "A", "C")], 0),
    (["ACG"], [X("A", "A", "G")]),
    ([("ACGT", "GG", "x")], [X("A", "ACGT", "GG")]),
    ([("ACGT",)], [X("A", "ACGT", "GG")]),
    ([("ACGT", "GG")], [X("A", "ACGT", None)]),
    ([("ACGT", None)], [X("A", "ACGT", "GG")]),
    ([("ACGT", None)], [X("A", "TTTT", "GG")]),
    ([(None, None)], []),
    ([(None, None)], [X("A", "ACGT", "GG")]),
    ([(b"ACGT", "GG")], [X("A", "ACGT", "GG")]),
    ([(b"ACGT", "GG")], [X("A", b"ACGT", "GG")]),
    ([(["A", "C", "G", "T"], "GG")], [X("A", "ACGT", "GG")]),
    ([(("A", "C", "G", "T"), "GG")], [X("A", ("A", "C", "G", "T"), "GG")]),
    ([(12345678, "GG")], [X("A", "ACGT", "GG")]),
    ([("ACGT", "GG")] * 5, [X("A", "ACGT", "GG")]),
    ([("ACGT", "GG")], [Lookalike("A", "ACGT", "GG"), X("B", "TTTT", "GG")]),
    ([("ACGT", "GG")], [SimpleNamespace(sample_id="A", i7="ACGT", i5="GG")]),
    ([("ACGT", "GG")], [SimpleNamespace(sample_id="A", i7="TTTT")]),
    ([("ACGT", "GG")], [SimpleNamespace(sample_id="A", i7="ACGT")]),
    ([("ACGT", "GG")], [SimpleNamespace(i7="ACGT", i5="GG")]),
    ([("ACGT", "GG")], [None]),
    ([("ACGT", "GG")], None),
    (None, TWO),
    ([None], TWO),
    ([None], []),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(assign_reads, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(assign_reads, reference, indexes=READS, samples=TWO, max_mismatches=2)
    assert_same(assign_reads, reference, READS, TWO, max_mismatches=0)


def _mutate(rng, barcode, rate):
    return "".join(rng.choice("ACGTN") if rng.random() < rate else base for base in barcode)


def _random_cases():
    rng = random.Random(29071)
    for _ in range(230):
        length = rng.choice([4, 5, 6, 8])
        dual = rng.random() < 0.7
        samples = []
        for number in range(rng.randint(0, 12)):
            i7 = "".join(rng.choice("ACGT") for _ in range(length))
            i5 = "".join(rng.choice("ACGT") for _ in range(length)) if dual else ""
            samples.append(X(f"S{number}", i7, i5))
        if samples and rng.random() < 0.1:
            samples.append(X(f"S{len(samples)}", samples[0].i7, samples[0].i5))
        if samples and rng.random() < 0.04:
            samples.append(X(samples[0].sample_id, "ACGT", ""))
        reads = []
        for _ in range(rng.randint(0, 40)):
            if samples and rng.random() < 0.85:
                sample = rng.choice(samples)
                rate = rng.choice([0.0, 0.05, 0.15, 0.4])
                i7, i5 = _mutate(rng, sample.i7, rate), _mutate(rng, sample.i5, rate)
            else:
                i7 = "".join(rng.choice("ACGTN") for _ in range(length))
                i5 = "".join(rng.choice("ACGT") for _ in range(length)) if dual else ""
            if rng.random() < 0.03:
                i7 = i7[:-1]
            if rng.random() < 0.02:
                i5 = i5.lower()
            reads.append((i7, i5))
        mismatches = rng.choice([0, 1, 1, 1, 2, 3])
        yield (reads if rng.random() < 0.85 else tuple(reads), samples, mismatches)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(assign_reads, reference, *case)


def test_plate_of_96() -> None:
    """A realistic 96-sample dual-index plate and 3,000 reads with sequencing errors."""
    rng = random.Random(2908)
    used, samples = set(), []
    while len(samples) < 96:
        i7, i5 = "".join(rng.choice("ACGT") for _ in range(8)), "".join(rng.choice("ACGT") for _ in range(8))
        if i7 in used or i5 in used:
            continue
        used.update((i7, i5))
        samples.append(X(f"RS{len(samples) + 1:03d}", i7, i5))
    reads = []
    for _ in range(3000):
        sample = rng.choice(samples)
        reads.append((_mutate(rng, sample.i7, 0.015), _mutate(rng, sample.i5, 0.015)))
    assert_same(assign_reads, reference, reads, samples)
