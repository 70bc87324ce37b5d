"""Strict equivalence tests for extract_regions (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from seqtools.fasta import extract_regions, parse_fasta, reverse_complement
from strict_support import assert_same

TARGET = "seqtools/fasta.py:extract_regions"


def reference(fasta_text, regions, flank=0):
    pieces = []
    for seq_id, start, end in regions:
        sequence = parse_fasta(fasta_text)[seq_id]
        lo, hi = min(start, end), max(start, end)
        if lo < 1 or hi > len(sequence):
            raise IndexError(f"{seq_id}:{start}-{end} is outside 1..{len(sequence)}")
        lo, hi = max(1, lo - flank), min(len(sequence), hi + flank)
        piece = sequence[lo - 1:hi]
        pieces.append(reverse_complement(piece) if start > end else piece)
    return pieces


FASTA = ">chr1 test chromosome\nACGTACGTAC\ngtacgt\n; a comment\n\n>chr2\nNNNNACGT\n"
CRLF = ">a desc\r\nACGTTT\r\nGG  \r\n>b\r\nRYKMSW\r\n"
DUPS = ">x\nAAAA\n>y\nCCCC\n>x\nGGGGGG\n"
NO_NEWLINE = ">only\nACGTN"
UNICODE = ">gène_1 ünïcode\nacgtä\n>日本\nTTTT\n"
EMPTY_SEQ = ">empty\n>full\nAC\n"
BROKEN_HEADER = ">\nACGT\n"
DATA_FIRST = "ACGT\n>x\nAAAA\n"

TEXTS = [FASTA, CRLF, DUPS, NO_NEWLINE, UNICODE, EMPTY_SEQ, "", BROKEN_HEADER, DATA_FIRST]

REGIONS = [
    [],
    [("chr1", 1, 4)],
    [("chr1", 1, 16), ("chr1", 16, 1)],
    [("chr1", 3, 3), ("chr2", 4, 4)],
    [("chr2", 8, 5), ("chr2", 5, 8), ("chr2", 1, 8)],
    [("chr1", 0, 4)],
    [("chr1", 5, 17)],
    [("chr1", -2, 1)],
    [("chrX", 1, 2)],
    [("chr1", 1, 2), ("chrX", 1, 2)],
    [("a", 1, 8), ("a", 8, 1), ("b", 6, 1)],
    [("x", 1, 6), ("x", 6, 2), ("y", 1, 4)],
    [("only", 1, 5), ("only", 5, 1)],
    [("gène_1", 1, 5), ("gène_1", 5, 1), ("日本", 2, 3)],
    [("empty", 1, 1)],
    [("full", 2, 1)],
    [("chr1", 1.0, 4)],
    [("chr1", 1, 4.5)],
    [("chr1", "1", 4)],
    [("chr1", 1)],
    [("chr1", 1, 4), None],
    [["chr2", 1, 2], ("chr2", 2, 2)],
    (("chr1", 2, 9),),
]


@pytest.mark.parametrize("regions", REGIONS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_as_reference(text, regions) -> None:
    assert_same(extract_regions, reference, text, regions)


@pytest.mark.parametrize("flank", [0, 1, 3, 100, -1, -3, 2.0, None])
@pytest.mark.parametrize("regions", [REGIONS[0], REGIONS[2], REGIONS[3], REGIONS[4], REGIONS[10], REGIONS[12]])
@pytest.mark.parametrize("text", [FASTA, CRLF, NO_NEWLINE, ""])
def test_flank(text, regions, flank) -> None:
    assert_same(extract_regions, reference, text, regions, flank)
    assert_same(extract_regions, reference, text, regions, flank=flank)


def test_not_text() -> None:
    assert_same(extract_regions, reference, None, [("chr1", 1, 2)])
    assert_same(extract_regions, reference, None, [])
    assert_same(extract_regions, reference, FASTA, None)
    assert_same(extract_regions, reference, b">x\nAC\n", [("x", 1, 2)])


def _random_fasta(rng, n_records):
    lengths, parts = {}, []
    for n in range(n_records):
        name = f"ctg{n}"
        seq = "".join(rng.choice("ACGTNacgtRY") for _ in range(rng.randrange(1, 300)))
        lengths[name] = len(seq)
        parts.append(f">{name} some description")
        step = rng.choice([10, 60, 61])
        parts.extend(seq[i:i + step] for i in range(0, len(seq), step))
        if rng.random() < 0.2:
            parts.append(rng.choice(["", ";comment", "   "]))
    return "\n".join(parts) + rng.choice(["", "\n", "\n\n"]), lengths


@pytest.mark.parametrize("seed", range(30))
def test_random_assemblies(seed) -> None:
    rng = random.Random(seed)
    text, lengths = _random_fasta(rng, rng.randrange(1, 12))
    names = sorted(lengths)
    regions = []
    for _ in range(rng.randrange(0, 25)):
        name = rng.choice(names)
        a, b = rng.randrange(1, lengths[name] + 1), rng.randrange(1, lengths[name] + 1)
        regions.append((name, a, b))
    if seed % 5 == 0:
        regions.append((rng.choice(names), 1, 10 ** 6))
    assert_same(extract_regions, reference, text, regions, rng.choice([0, 0, 5, 50]))


def test_large_assembly() -> None:
    rng = random.Random(31)
    text, lengths = _random_fasta(rng, 60)
    names = sorted(lengths)
    regions = [(n, 1, lengths[n]) for n in names] + [(n, lengths[n], 1) for n in names]
    assert_same(extract_regions, reference, text, regions, 2)


def test_regions_iterated_once() -> None:
    assert extract_regions(FASTA, iter([("chr2", 5, 8), ("chr2", 8, 5)])) == ["ACGT", "ACGT"]


def test_broken_text_is_fine_when_nothing_is_asked() -> None:
    assert extract_regions(DATA_FIRST, []) == []
    assert extract_regions(BROKEN_HEADER, iter([])) == []
