"""Facet values with their object lists, as served to the browse pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from facetindex.catalogue import ObjectRecord, record_terms


@dataclass
class FacetValue:
    label: str  # spelling of the first record that used the term
    count: int = 0  # number of distinct objects
    objects: list[str] = field(default_factory=list)  # accession numbers, in catalogue order


def build_facets(records: Sequence[ObjectRecord], facets: Sequence[str] = ("maker", "material", "department", "century"),
                 min_count: int = 1) -> dict[str, list[FacetValue]]:
    """For each facet, its values (case-insensitive) with the objects that carry them.

    Values are listed by object count, largest first, then alphabetically
    (case-insensitive); values used by fewer than ``min_count`` objects are dropped.
    Blank terms are ignored.
    """
    index: dict[str, list[FacetValue]] = {}
    for facet in facets:
        keys: list[str] = []
        values: list[FacetValue] = []
        for record in records:
            for term in record_terms(record, facet):
                if not term:
                    continue
                key = term.casefold()
                if key not in keys:
                    keys.append(key)
                    values.append(FacetValue(term))
                value = values[keys.index(key)]
                if record.object_number not in value.objects:
                    value.objects.append(record.object_number)
                    value.count += 1
        kept = [value for value in values if value.count >= min_count]
        index[facet] = sorted(kept, key=lambda value: (-value.count, value.label.casefold()))
    return index
