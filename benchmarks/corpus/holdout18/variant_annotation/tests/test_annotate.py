import pytest

from varannot.annotate import annotate
from varannot.gtf import Feature, parse_gtf
from varannot.vcf import Variant, parse_line, span

GTF = """##description: test model
chr1\tHAVANA\tgene\t1000\t5000\t.\t+\t.\tgene_id "G1"; gene_name "ALPHA";
chr1\tHAVANA\ttranscript\t1000\t5000\t.\t+\t.\tgene_id "G1"; gene_name "ALPHA";
chr1\tHAVANA\texon\t1000\t1200\t.\t+\t.\tgene_id "G1"; gene_name "ALPHA";
chr1\tHAVANA\tCDS\t1100\t1200\t.\t+\t0\tgene_id "G1"; gene_name "ALPHA";
chr1\tHAVANA\texon\t4000\t5000\t.\t+\t.\tgene_id "G1"; gene_name "ALPHA";
chr2\tHAVANA\tgene\t20000\t30000\t.\t-\t.\tgene_id "G2";
"""
FEATURES = parse_gtf(GTF)


def calls(*rows):
    header = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
    return header + "".join(f"{chrom}\t{pos}\t.\t{ref}\t{alt}\t{qual}\tPASS\t.\n" for chrom, pos, ref, alt, qual in rows)


def test_parse_gtf_keeps_gene_exon_cds() -> None:
    assert [feature.kind for feature in FEATURES] == ["gene", "exon", "CDS", "exon", "gene"]
    assert FEATURES[0] == Feature("chr1", 1000, 5000, "gene", "G1", "ALPHA", "+")
    assert FEATURES[-1].gene_name == "G2"


def test_parse_gtf_rejects_short_lines() -> None:
    with pytest.raises(ValueError):
        parse_gtf("chr1\tgene\t1\t2\n")


def test_parse_vcf_line_and_span() -> None:
    variant = parse_line("chr1\t100\trs1\tact\tA,g\t.\tPASS\tDP=10")
    assert variant == Variant("chr1", 100, "rs1", "ACT", ("A", "G"), None, "PASS")
    assert span(variant) == (100, 102)


def test_consequences() -> None:
    rows = annotate(calls(("chr1", 1150, "A", "G", 50), ("chr1", 1050, "A", "G", 50), ("chr1", 2000, "A", "G", 50),
                          ("chr1", 7000, "A", "G", 50), ("chr1", 90000, "A", "G", 50)), FEATURES)
    assert [row["consequence"] for row in rows] == ["coding", "exonic", "intronic", "near-gene", "intergenic"]
    assert rows[3]["nearest"] == "ALPHA" and rows[3]["distance"] == 2000
    assert rows[2]["genes"] == ["ALPHA"] and rows[2]["nearest"] is None


def test_deletion_span_reaches_exon() -> None:
    rows = annotate(calls(("chr1", 3998, "ACGT", "A", 50)), FEATURES)
    assert rows[0]["consequence"] == "exonic"


def test_quality_filter_keeps_missing_quality() -> None:
    rows = annotate(calls(("chr2", 25000, "A", "T", 10), ("chr2", 25001, "A", "T", ".")), FEATURES)
    assert [row["pos"] for row in rows] == [25001]
    assert rows[0]["genes"] == ["G2"]


def test_chromosome_names_must_match() -> None:
    rows = annotate(calls(("1", 1150, "A", "G", 50)), FEATURES)
    assert rows[0]["consequence"] == "intergenic"
