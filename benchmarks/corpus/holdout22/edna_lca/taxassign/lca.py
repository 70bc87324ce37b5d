"""Lowest-common-ancestor (LCA) assignment of reads from their reference hits."""

from __future__ import annotations

from taxassign.taxonomy import Taxon, lineage


def lowest_common_ancestor(taxids: list[int], nodes: dict[int, Taxon]) -> int | None:
    """The deepest taxon on every lineage; None when they share no root."""
    lineages = [lineage(taxid, nodes) for taxid in taxids]
    common = None
    for depth, candidate in enumerate(lineages[0]):
        if all(len(other) > depth and other[depth] == candidate for other in lineages[1:]):
            common = candidate
        else:
            break
    return common


def assign_reads(hits: list[tuple[str, str, int, float]], nodes: dict[int, Taxon],
                 min_identity: float = 97.0, top_percent: float = 1.0) -> dict[str, object]:
    """Assign each read to the LCA of its good hits and count reads per sample and taxon.

    ``hits`` are (sample, read id, taxid, percent identity) rows in any order. A read's good
    hits have at least ``min_identity`` and are within ``top_percent`` of its best hit.
    Reads are keyed by (sample, read id) and assigned (taxid, rank, name); reads without a
    good hit, or whose hits share no root, are unassigned. Per sample (sorted), taxon names
    are counted most reads first, then by name, with an "unassigned" count.
    """
    by_read: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for sample, read_id, taxid, identity in hits:
        by_read.setdefault((sample, read_id), []).append((taxid, identity))
    reads: dict[tuple[str, str], tuple[int, str, str]] = {}
    counts: dict[str, dict[str, int]] = {}
    unassigned: dict[str, int] = {}
    for (sample, read_id), read_hits in by_read.items():
        counts.setdefault(sample, {})
        unassigned.setdefault(sample, 0)
        best = max(identity for _, identity in read_hits)
        good = [taxid for taxid, identity in read_hits if identity >= min_identity and identity >= best - top_percent]
        taxid = lowest_common_ancestor(good, nodes) if good else None
        if taxid is None:
            unassigned[sample] += 1
            continue
        taxon = nodes[taxid]
        reads[(sample, read_id)] = (taxid, taxon.rank, taxon.name)
        counts[sample][taxon.name] = counts[sample].get(taxon.name, 0) + 1
    samples = {sample: {"taxa": dict(sorted(counts[sample].items(), key=lambda item: (-item[1], item[0]))),
                        "unassigned": unassigned[sample]} for sample in sorted(counts)}
    return {"reads": reads, "samples": samples}
