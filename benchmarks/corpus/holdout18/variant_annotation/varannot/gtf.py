"""Gene model features from a GTF file (1-based, inclusive coordinates)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATTRIBUTE = re.compile(r'(\w+) "([^"]*)"')


@dataclass(frozen=True)
class Feature:
    chrom: str
    start: int
    end: int
    kind: str  # "gene", "exon" or "CDS"
    gene_id: str
    gene_name: str
    strand: str = "+"


def parse_gtf(text: str) -> list[Feature]:
    """The gene, exon and CDS records of a GTF file, in file order."""
    features = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 9:
            raise ValueError(f"expected 9 tab-separated fields: {line!r}")
        if fields[2] not in ("gene", "exon", "CDS"):
            continue
        attributes = dict(_ATTRIBUTE.findall(fields[8]))
        features.append(Feature(fields[0], int(fields[3]), int(fields[4]), fields[2], attributes["gene_id"],
                                attributes.get("gene_name", attributes["gene_id"]), fields[6]))
    return features
