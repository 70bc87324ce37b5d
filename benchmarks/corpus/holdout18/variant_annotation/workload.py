"""Annotate one exome sample's filtered calls against the gene model."""

import random

from varannot.annotate import annotate
from varannot.gtf import Feature

CHROMOSOMES = [f"chr{n}" for n in range(1, 23)] + ["chrX", "chrY"]


def gene_model(rng, genes_per_chrom):
    features = []
    number = 0
    for chrom in CHROMOSOMES:
        position = rng.randint(10_000, 100_000)
        for _ in range(genes_per_chrom if chrom != "chrY" else genes_per_chrom // 8):
            number += 1
            position += rng.randint(2_000, 120_000)
            length = rng.randint(3_000, 90_000)
            gene_id, name, strand = f"ENSG{number:011d}", f"GENE{number}", rng.choice("+-")
            features.append(Feature(chrom, position, position + length, "gene", gene_id, name, strand))
            exons = rng.randint(2, 12)
            slot = length // exons
            for index in range(exons):
                exon_start = position + index * slot + rng.randint(0, slot // 2)
                exon_end = exon_start + rng.randint(60, min(400, slot // 2))
                features.append(Feature(chrom, exon_start, exon_end, "exon", gene_id, name, strand))
                if 0 < index < exons - 1:
                    features.append(Feature(chrom, exon_start, exon_end, "CDS", gene_id, name, strand))
            position += length
            if rng.random() < 0.05:
                position -= length // 2  # overlapping genes on the opposite strand
    return features


def vcf(rng, features, count):
    exons = [feature for feature in features if feature.kind == "exon"]
    genes = [feature for feature in features if feature.kind == "gene"]
    lines = ["##fileformat=VCFv4.2", "##source=exome-pipeline-3.1",
             "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE01"]
    for number in range(count):
        if rng.random() < 0.7:
            anchor = rng.choice(exons)
            pos = rng.randint(anchor.start - 60, anchor.end + 60)
        else:
            anchor = rng.choice(genes)
            pos = rng.randint(anchor.start - 6_000, anchor.end + 6_000)
        ref = rng.choice(["A", "C", "G", "T", "AT", "GCA", "C"])
        alt = rng.choice(["A", "C", "G", "T", "ATT", "G,T"])
        qual = rng.choice([".", f"{rng.uniform(5, 3000):.1f}"])
        lines.append(f"{anchor.chrom}\t{pos}\t{'rs' + str(number) if rng.random() < 0.4 else '.'}\t{ref}\t{alt}\t{qual}"
                     f"\t{rng.choice(['PASS', 'PASS', 'PASS', 'LowQD'])}\tDP={rng.randint(8, 300)}\tGT\t0/1")
    return "\n".join(lines) + "\n"


def main() -> None:
    rng = random.Random(37)
    features = gene_model(rng, 170)
    calls = vcf(rng, features, 2600)
    rows = annotate(calls, features)
    counts = {}
    for row in rows:
        counts[row["consequence"]] = counts.get(row["consequence"], 0) + 1
    print("features", len(features), "variants", len(rows), counts)
    print(rows[0])


if __name__ == "__main__":
    main()
