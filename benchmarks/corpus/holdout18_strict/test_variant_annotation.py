"""Strict equivalence tests for annotate (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from varannot.annotate import annotate
from varannot.gtf import Feature

TARGET = "varannot/annotate.py:annotate"


@dataclass(frozen=True)
class Variant:
    chrom: str
    pos: int
    ident: str
    ref: str
    alts: tuple
    qual: float | None
    filter: str


def parse_line(line):
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 8:
        raise ValueError(f"expected at least 8 tab-separated fields: {line!r}")
    chrom, pos, ident, ref, alt, qual, filter_ = fields[:7]
    return Variant(chrom, int(pos), ident, ref.upper(), tuple(alt.upper().split(",")),
                   None if qual == "." else float(qual), filter_)


def span(variant):
    return variant.pos, variant.pos + max(len(variant.ref), 1) - 1


def reference(vcf_text, features, min_qual=20.0, flank=5000):
    rows = []
    for line in vcf_text.splitlines():
        if not line or line.startswith("#"):
            continue
        variant = parse_line(line)
        if variant.qual is not None and variant.qual < min_qual:
            continue
        start, end = span(variant)
        genes = []
        in_exon = in_cds = False
        nearest = None
        for feature in features:
            if feature.chrom != variant.chrom:
                continue
            if feature.end < start or feature.start > end:
                if feature.kind == "gene":
                    distance = feature.start - end if feature.start > end else start - feature.end
                    if distance <= flank and (nearest is None or distance < nearest[0]):
                        nearest = (distance, feature.gene_name)
                continue
            if feature.kind == "gene":
                if feature.gene_name not in genes:
                    genes.append(feature.gene_name)
            elif feature.kind == "exon":
                in_exon = True
            elif feature.kind == "CDS":
                in_cds = True
        if in_cds:
            consequence = "coding"
        elif in_exon:
            consequence = "exonic"
        elif genes:
            consequence = "intronic"
        elif nearest is not None:
            consequence = "near-gene"
        else:
            consequence = "intergenic"
        rows.append({
            "chrom": variant.chrom,
            "pos": variant.pos,
            "ref": variant.ref,
            "alt": ",".join(variant.alts),
            "filter": variant.filter,
            "genes": genes,
            "consequence": consequence,
            "nearest": None if genes or nearest is None else nearest[1],
            "distance": None if genes or nearest is None else nearest[0],
        })
    return rows


def gene(chrom, start, end, name, kind="gene"):
    return Feature(chrom, start, end, kind, f"ID-{name}", name)


MODEL = [
    gene("chr1", 1000, 5000, "ALPHA"), gene("chr1", 1000, 1200, "ALPHA", "exon"), gene("chr1", 1100, 1200, "ALPHA", "CDS"),
    gene("chr1", 4000, 5000, "ALPHA", "exon"), gene("chr1", 4500, 9000, "BETA"), gene("chr1", 8000, 8100, "BETA", "exon"),
    gene("chr2", 20000, 30000, "GAMMA"), gene("chr2", 20000, 20500, "GAMMA", "transcript"),
    gene("chr2", 40000, 41000, "DELTA"), gene("chrX", 100, 200, "EPS"), gene("chrX", 300, 400, "ZETA"),
]


def vcf(*rows, header=True):
    text = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n" if header else ""
    return text + "".join("\t".join(str(value) for value in row) + "\t.\n" for row in rows)


def v(chrom, pos, ref="A", alt="G", qual=50, filter_="PASS", ident="."):
    return (chrom, pos, ident, ref, alt, qual, filter_)


CASES = [
    ("", MODEL),
    ("", []),
    (vcf(), MODEL),
    (vcf(v("chr1", 1150)), []),
    (vcf(v("chr1", 1150)), ()),
    (vcf(v("chr1", 1150)), MODEL),
    (vcf(v("chr1", 1150), v("chr1", 1050), v("chr1", 2000), v("chr1", 8050), v("chr1", 9500), v("chr1", 20000)), MODEL),
    (vcf(v("chr1", 4600)), MODEL),
    (vcf(v("chr1", 4600)), MODEL[::-1]),
    (vcf(v("chr1", 999), v("chr1", 1000), v("chr1", 5000), v("chr1", 5001), v("chr1", 9001)), MODEL),
    (vcf(v("chr1", 996, "ACGTA")), MODEL),
    (vcf(v("chr1", 995, "ACGTA")), MODEL),
    (vcf(v("chr1", 1199, "", "A")), MODEL),
    (vcf(v("chr1", 1199, "acgt", "a,tt")), MODEL),
    (vcf(v("chr2", 35000)), MODEL),
    (vcf(v("chr2", 35000)), MODEL, 20.0, 5000),
    (vcf(v("chr2", 35000)), MODEL, 20.0, 4999),
    (vcf(v("chr2", 35000)), MODEL, 20.0, 0),
    (vcf(v("chr2", 35000)), MODEL, 20.0, -1),
    (vcf(v("chr2", 35000)), MODEL, 20.0, 10 ** 9),
    (vcf(v("chrX", 250)), MODEL),
    (vcf(v("chrX", 250)), MODEL[::-1]),
    (vcf(v("chrX", 250, "AA")), MODEL),
    (vcf(v("chrX", 150)), MODEL, 20.0, 0),
    (vcf(v("chrX", 20250)), MODEL),
    (vcf(v("chrX", 150)), [gene("chrX", 100, 200, "EPS"), gene("chrX", 120, 180, "EPS"), gene("chrX", 1, 500, "OTHER")]),
    (vcf(v("chrX", 150)), [gene("chrX", 200, 100, "BACKWARDS")]),
    (vcf(v("chrX", 150)), [gene("chrX", 100, 200, "EPS", "UTR"), gene("chrX", 100, 200, "EPS", "cds")]),
    (vcf(v("chrX", 150)), [gene("chrX", 100, 200, "EPS", "CDS")]),
    (vcf(v("1", 1150), v("CHR1", 1150)), MODEL),
    (vcf(v("1", 1150)), [Feature(1, 1000, 2000, "gene", "g", "ONE")]),
    # quality
    (vcf(v("chr1", 1150, qual=".")), MODEL),
    (vcf(v("chr1", 1150, qual=19.99), v("chr1", 1150, qual=20), v("chr1", 1150, qual="20.0")), MODEL),
    (vcf(v("chr1", 1150, qual=10)), MODEL, 0),
    (vcf(v("chr1", 1150, qual=-1)), MODEL, 0),
    (vcf(v("chr1", 1150, qual="nan"), v("chr1", 1150, qual="inf")), MODEL),
    (vcf(v("chr1", 1150, qual="1e3")), MODEL, 1e4),
    (vcf(v("chr1", 1150, qual=".")), MODEL, None),
    (vcf(v("chr1", 1150, qual=30)), MODEL, None),
    (vcf(v("chr1", 1150, qual="high")), MODEL),
    # text layout
    (vcf(v("chr1", 1150), header=False), MODEL),
    (vcf(v("chr1", 1150)).replace("\n", "\r\n"), MODEL),
    ("\n\n" + vcf(v("chr1", 1150)) + "\n\n#comment\n" + vcf(v("chr2", 25000), header=False), MODEL),
    (vcf(v("chr1", 1150)) + " \n", MODEL),
    (vcf(v("chr1", 1150)).rstrip("\n"), MODEL),
    ("chr1\t1150\t.\tA\tG\t50\tPASS\n", MODEL),
    ("chr1\t1150\t.\tA\tG\t50\tPASS\tDP=3\tGT:AD\t0/1:3,4\t1/1:0,9\n", MODEL),
    ("chr1 1150 . A G 50 PASS .\n", MODEL),
    ("chr1\tx\t.\tA\tG\t50\tPASS\t.\n", MODEL),
    ("chr1\t1150.0\t.\tA\tG\t50\tPASS\t.\n", MODEL),
    ("chr1\t-5\t.\tA\tG\t50\tPASS\t.\n", MODEL),
    ("chr1\t+1150\t.\tA\tG\t50\tPASS\t.\n", MODEL),
    ("chr1\t1_150\t.\tA\tG\t50\tPASS\t.\n", MODEL),
    (vcf(v("chr1", 1150, ident="rs1;rs2", filter_="LowQD;SB"), v("chr1", 1151, filter_="Ünïcode")), MODEL),
    (vcf(v("chr1", 1150, ref="N", alt="<DEL>"), v("chr1", 1151, alt=".")), MODEL),
    (vcf(v("chr1", 1150)) + "chr1\t1200\t.\tA\n", MODEL),
    (vcf(v("chr1", 1150, qual=5)) + "chr1\t1200\t.\tA\n", MODEL),
    (vcf(v("chr1", 1150)), [None]),
    (vcf(v("chr1", 1150)), [gene("chr1", None, 2000, "X")]),
    (vcf(v("chr1", 1150)), [gene("chr2", None, 2000, "X"), gene("chr1", 1000, 2000, "Y")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(annotate, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(annotate, reference, flank=100, min_qual=0, features=MODEL, vcf_text=vcf(v("chrX", 250), v("chr2", 35000)))


def _random_cases():
    rng = random.Random(4711)
    for index in range(160):
        features = []
        for chrom in ["chr1", "chr2", "chrM"][: rng.randint(1, 3)]:
            position = rng.randint(1, 500)
            for number in range(rng.randint(0, 6)):
                length = rng.randint(50, 3000)
                name = f"G{rng.randint(0, 9)}"
                features.append(Feature(chrom, position, position + length, "gene", f"ID{number}", name))
                for _ in range(rng.randint(0, 3)):
                    start = rng.randint(position, position + length)
                    end = start + rng.randint(0, 200)
                    features.append(Feature(chrom, start, end, rng.choice(["exon", "exon", "CDS", "transcript"]),
                                            f"ID{number}", name))
                position += rng.choice([-length // 2, 100, 1000, 6000])
        if rng.random() < 0.3:
            rng.shuffle(features)
        rows = []
        for _ in range(rng.randint(0, 12)):
            rows.append(v(rng.choice(["chr1", "chr2", "chrM", "chr3"]), rng.randint(1, 20000),
                          rng.choice(["A", "AC", "ACGT", "T", ""]), rng.choice(["G", "T,C", "A"]),
                          rng.choice([".", 5, 19.5, 20, 55.5, 300])))
        yield vcf(*rows, header=rng.random() < 0.8), features, rng.choice([20.0, 0, 30]), rng.choice([5000, 500, 0, 20000])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(annotate, reference, *case)


def test_large_sample() -> None:
    rng = random.Random(99)
    features = []
    for chrom in [f"chr{n}" for n in range(1, 6)]:
        position = 1000
        for number in range(60):
            length = rng.randint(1000, 20000)
            features.append(Feature(chrom, position, position + length, "gene", f"{chrom}-{number}", f"{chrom}G{number}"))
            for exon in range(rng.randint(1, 6)):
                start = position + exon * length // 6
                features.append(Feature(chrom, start, start + 150, "exon", f"{chrom}-{number}", f"{chrom}G{number}"))
                features.append(Feature(chrom, start + 20, start + 130, "CDS", f"{chrom}-{number}", f"{chrom}G{number}"))
            position += length + rng.randint(500, 15000)
    rows = [v(f"chr{rng.randint(1, 6)}", rng.randint(1, 800000), rng.choice(["A", "AT"]), "G", rng.choice([".", 10, 60]))
            for _ in range(300)]
    assert_same(annotate, reference, vcf(*rows), features)
