import pytest

from seqtools.fasta import extract_regions, parse_fasta, reverse_complement

FASTA = """\
>chr1 test chromosome
ACGTACGTAC
gtacgt
; a comment

>chr2
NNNNACGT
"""


def test_parse() -> None:
    assert parse_fasta(FASTA) == {"chr1": "ACGTACGTACGTACGT", "chr2": "NNNNACGT"}


def test_data_before_header() -> None:
    with pytest.raises(ValueError):
        parse_fasta("ACGT\n>x\nA\n")


def test_reverse_complement() -> None:
    assert reverse_complement("AACG") == "CGTT"


def test_regions() -> None:
    assert extract_regions(FASTA, [("chr1", 1, 4), ("chr2", 5, 8)]) == ["ACGT", "ACGT"]


def test_minus_strand() -> None:
    assert extract_regions(FASTA, [("chr2", 8, 5)]) == ["ACGT"]


def test_flank_is_clipped() -> None:
    assert extract_regions(FASTA, [("chr2", 2, 3)], flank=5) == ["NNNNACGT"]


def test_errors() -> None:
    with pytest.raises(KeyError):
        extract_regions(FASTA, [("chrX", 1, 2)])
    with pytest.raises(IndexError):
        extract_regions(FASTA, [("chr2", 5, 9)])
