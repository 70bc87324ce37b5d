"""Diversity indices and per-ward summaries."""

from __future__ import annotations

import math

from urbanforest.inventory import Tree


def shannon_index(counts: list[int]) -> float:
    """Shannon diversity H' = -sum(p ln p) over the species counts."""
    total = sum(counts)
    return -sum((count / total) * math.log(count / total) for count in counts if count)


def simpson_index(counts: list[int]) -> float:
    """Gini-Simpson index 1 - sum(n(n-1)) / (N(N-1)); 0.0 for fewer than two trees."""
    total = sum(counts)
    if total < 2:
        return 0.0
    return 1 - sum(count * (count - 1) for count in counts) / (total * (total - 1))


def basal_area_m2(dbh_cm: float) -> float:
    return math.pi * (dbh_cm / 200) ** 2


def ward_summaries(trees: list[Tree], min_dbh_cm: float = 0.0) -> dict[str, dict[str, object]]:
    """Per ward (alphabetical): trees, species richness, Shannon and Simpson indices, the most
    common species (alphabetical on ties) and its share, the share in poor or dead condition,
    and total basal area. Only trees of at least ``min_dbh_cm`` are counted; wards with none
    are left out.
    """
    summaries: dict[str, dict[str, object]] = {}
    for ward in sorted({tree.ward for tree in trees}):
        in_ward = [tree for tree in trees if tree.ward == ward and tree.dbh_cm >= min_dbh_cm]
        if not in_ward:
            continue
        species = [tree.species for tree in in_ward]
        names = sorted(set(species))
        counts = [species.count(name) for name in names]
        top = names[counts.index(max(counts))]
        poor = sum(1 for tree in in_ward if tree.condition in ("poor", "dead"))
        summaries[ward] = {
            "trees": len(in_ward),
            "species": len(names),
            "shannon": round(shannon_index(counts), 4),
            "simpson": round(simpson_index(counts), 4),
            "top_species": top,
            "top_share": round(species.count(top) / len(in_ward), 4),
            "poor_share": round(poor / len(in_ward), 4),
            "basal_area_m2": round(sum(basal_area_m2(tree.dbh_cm) for tree in in_ward), 2),
        }
    return summaries
