"""Annotate variant calls with the gene model for the clinical scientists' review table."""

from __future__ import annotations

from typing import Any, Sequence

from varannot.gtf import Feature
from varannot.vcf import parse_line, span


def annotate(vcf_text: str, features: Sequence[Feature], min_qual: float = 20.0,
             flank: int = 5000) -> list[dict[str, Any]]:
    """One row per variant that passes the quality threshold.

    ``genes`` lists the overlapping genes in gene-model order. The consequence is the
    most severe of coding, exonic, intronic, near-gene (a gene within ``flank`` bases;
    the closest one, the first in gene-model order on ties) and intergenic.
    Variants without a quality value are kept.
    """
    rows = []
    for line in vcf_text.splitlines():
        if not line or line.startswith("#"):
            continue
        variant = parse_line(line)
        if variant.qual is not None and variant.qual < min_qual:
            continue
        start, end = span(variant)
        genes: list[str] = []
        in_exon = in_cds = False
        nearest: tuple[int, str] | None = None
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
