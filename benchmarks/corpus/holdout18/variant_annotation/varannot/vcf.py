"""Data lines of a VCF 4.x file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Variant:
    chrom: str
    pos: int
    ident: str
    ref: str
    alts: tuple[str, ...]
    qual: float | None
    filter: str


def parse_line(line: str) -> Variant:
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 8:
        raise ValueError(f"expected at least 8 tab-separated fields: {line!r}")
    chrom, pos, ident, ref, alt, qual, filter_ = fields[:7]
    return Variant(chrom, int(pos), ident, ref.upper(), tuple(alt.upper().split(",")),
                   None if qual == "." else float(qual), filter_)


def span(variant: Variant) -> tuple[int, int]:
    """Reference bases touched by the variant, 1-based and inclusive."""
    return variant.pos, variant.pos + max(len(variant.ref), 1) - 1
