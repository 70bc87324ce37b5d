import pytest

from seqmotif.scan import find_both_strands, find_motif, reverse_complement


def test_exact_motif() -> None:
    assert find_motif("ACGTACGT", "CGT") == [1, 5]


def test_overlapping_hits() -> None:
    assert find_motif("AAAA", "AA") == [0, 1, 2]


def test_ambiguity_codes() -> None:
    assert find_motif("GATTACA", "RAN") == [0]
    assert find_motif("GATTACA", "YA") == [3, 5]
    assert find_motif("acgt", "N") == [0, 1, 2, 3]


def test_unknown_bases_never_match() -> None:
    assert find_motif("ANNA", "N") == [0, 3]


def test_errors() -> None:
    with pytest.raises(ValueError):
        find_motif("ACGT", "")
    with pytest.raises(ValueError, match="unknown IUPAC code 'X'"):
        find_motif("ACGT", "AX")


def test_both_strands() -> None:
    assert reverse_complement("GATR") == "YATC"
    assert find_both_strands("GGATCC", "GATC") == [(1, "+"), (1, "-")]
