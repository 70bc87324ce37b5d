import pytest

from demux_reads.demux import assign_reads
from demux_reads.fastq import index_from_header
from demux_reads.samplesheet import SampleIndex, parse_sample_sheet

SHEET = """[Header]
IEMFileVersion,4
[Reads]
151
[Data]
Sample_ID,Sample_Name,index,index2
S1,liver,acgtacgt,TTGCAAGG
S2,kidney,TGCATGCA,GGCCTTAA
"""

SAMPLES = [SampleIndex("S1", "ACGTACGT", "TTGCAAGG"), SampleIndex("S2", "TGCATGCA", "GGCCTTAA")]


def test_sample_sheet() -> None:
    assert parse_sample_sheet(SHEET) == SAMPLES
    with pytest.raises(ValueError):
        parse_sample_sheet("[Header]\nx,y\n")


def test_header() -> None:
    assert index_from_header("@M1:87:FC:1:1101:15589:1333 1:N:0:ACGTACGT+TTGCAAGG\n") == ("ACGTACGT", "TTGCAAGG")
    assert index_from_header("@M1:87:FC:1:1101:15589:1333 1:N:0:ACGTACGT") == ("ACGTACGT", "")
    with pytest.raises(ValueError):
        index_from_header("@read1")


def test_assign_with_mismatches() -> None:
    reads = [("ACGTACGT", "TTGCAAGG"), ("ACGTACGA", "TTGCAAGN"), ("ACGTACAA", "TTGCAAGG"), ("TGCATGCA", "GGCCTTAA")]
    result = assign_reads(reads, SAMPLES)
    assert result.assignments == ["S1", "S1", None, "S2"]
    assert result.counts == {"S1": 2, "S2": 1}
    assert (result.undetermined, result.ambiguous) == (1, 0)
    assert assign_reads(reads, SAMPLES, max_mismatches=0).assignments == ["S1", None, None, "S2"]


def test_ambiguous_reads() -> None:
    samples = [SampleIndex("A", "AAAA", ""), SampleIndex("B", "AAAT", "")]
    result = assign_reads([("AAAA", ""), ("AAAC", ""), ("AATT", "")], samples)
    assert result.assignments == [None, None, "B"]
    assert result.ambiguous == 2 and result.undetermined == 0
    assert assign_reads([("AAAA", "")], samples, max_mismatches=0).assignments == ["A"]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        assign_reads([], SAMPLES, max_mismatches=-1)
    with pytest.raises(ValueError):
        assign_reads([], SAMPLES + [SampleIndex("S1", "CCCCCCCC", "")])
