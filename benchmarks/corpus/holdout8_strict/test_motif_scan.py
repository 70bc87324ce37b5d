"""Strict equivalence tests for find_motif (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from seqmotif.scan import find_motif
from strict_support import assert_same

TARGET = "seqmotif/scan.py:find_motif"

TABLE = {
    "A": "A", "C": "C", "G": "G", "T": "T",
    "R": "AG", "Y": "CT", "S": "CG", "W": "AT", "K": "GT", "M": "AC",
    "B": "CGT", "D": "AGT", "H": "ACT", "V": "ACG", "N": "ACGT",
}


def _allowed(code):
    if code not in TABLE:
        raise ValueError(f"unknown IUPAC code {code!r}")
    return set(TABLE[code])


def reference(sequence, motif):
    sequence = sequence.upper()
    motif = motif.upper()
    if not motif:
        raise ValueError("empty motif")
    for code in motif:
        _allowed(code)
    hits = []
    for start in range(len(sequence) - len(motif) + 1):
        window = sequence[start:start + len(motif)]
        if all(base in _allowed(code) for base, code in zip(window, motif)):
            hits.append(start)
    return hits


CASES = [
    ("", "A"),
    ("A", "A"),
    ("A", "AA"),
    ("AAAA", "AA"),
    ("AAAA", "AAAA"),
    ("AAAA", "AAAAA"),
    ("ACGTACGT", "CGT"),
    ("acgtacgt", "cgt"),
    ("AcGt", "aCgT"),
    ("GATTACA", "RAN"),
    ("GATTACA", "N"),
    ("GATTACA", "NNNNNNN"),
    ("GATTACA", "NNNNNNNN"),
    ("NNNN", "N"),
    ("ANNA", "N"),
    ("A-C-G", "N"),
    ("ACGU", "N"),
    ("ACG\nTAC", "GT"),
    ("ACG\nTAC", "N"),
    ("ACGT ", "T"),
    (" ACGT", "A"),
    ("GGGAACCTTCC", "GGGRNNYYCC"),
    ("TATAAAAG", "TATAWAWR"),
    ("CACGTGCACGTG", "CACGTG"),
    ("ACGT" * 5, "BDHV"),
    ("ACGT" * 5, "KMSW"),
    ("\u00df\u00df", "S"),
    ("ss", "\u00df"),
    ("SS", "\u00df"),
    ("\u0131", "N"),
    ("ACGT", ""),
    ("", ""),
    ("ACGT", "AX"),
    ("ACGT", "XA"),
    ("", "X"),
    ("ACGT", "A C"),
    ("ACGT", "a\n"),
    ("ACGT", "U"),
    ("ACGT", "-"),
    ("ACGT", "\u00e9"),
    ("ACGT", "\ufb01"),
    (None, "A"),
    (None, ""),
    ("ACGT", None),
    ("ACGT", 5),
]


def _random():
    rng = random.Random(7)
    for _ in range(200):
        sequence = "".join(rng.choice("ACGTACGTacgtN") for _ in range(rng.randint(0, 40)))
        motif = "".join(rng.choice("ACGTRYSWKMBDHVNacgtn") for _ in range(rng.randint(1, 5)))
        yield (sequence, motif)


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(find_motif, reference, *args)


@pytest.mark.parametrize("args", CASES)
def test_same_error_message(args) -> None:
    def message(function):
        try:
            return ("ok", function(*args))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(find_motif) == message(reference)


def test_keyword_arguments() -> None:
    assert_same(find_motif, reference, sequence="GATTACA", motif="ya")
    assert_same(find_motif, reference, motif="A", sequence="AAA")


def test_first_bad_code_reported() -> None:
    with pytest.raises(ValueError, match="unknown IUPAC code 'Z'"):
        find_motif("", "AZQ")
    with pytest.raises(ValueError, match="empty motif"):
        find_motif("ACGT", "")


def test_result_is_a_list_of_ints() -> None:
    hits = find_motif("ACACAC", "ACA")
    assert type(hits) is list and hits == [0, 2] and all(type(h) is int for h in hits)


def test_str_subclass() -> None:
    class Seq(str):
        pass

    assert_same(find_motif, reference, Seq("ACGTTACG"), Seq("acg"))


def test_a_contig() -> None:
    rng = random.Random(99)
    contig = "".join(rng.choice("ACGT" if rng.random() < 0.99 else "Nn") for _ in range(20000))
    for motif in ["TATAWAWR", "CACGTG", "GGGRNNYYCC", "N", "NN", "a", "RCCGGAAGTG", "TTGCNNAA"]:
        assert_same(find_motif, reference, contig, motif)
    assert_same(find_motif, reference, contig.lower(), "tgastca")
