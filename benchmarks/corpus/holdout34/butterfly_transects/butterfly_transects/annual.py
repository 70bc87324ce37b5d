"""Annual indices per species and transect (the sum of the weekly counts)."""

from __future__ import annotations

from typing import Mapping, Sequence


def annual_index(accepted: Sequence[Mapping]) -> dict[str, dict[str, int]]:
    """{transect: {species: total count}} over all accepted records, names in sorted order."""
    table: dict[str, dict[str, int]] = {}
    for record in accepted:
        row = table.setdefault(record["transect"], {})
        row[record["species"]] = row.get(record["species"], 0) + record["count"]
    return {transect: dict(sorted(row.items())) for transect, row in sorted(table.items())}


def county_totals(index: Mapping[str, Mapping[str, int]]) -> list[tuple[str, int, int]]:
    """(species, total count, transects recording it), commonest first."""
    totals: dict[str, list[int]] = {}
    for row in index.values():
        for species, count in row.items():
            entry = totals.setdefault(species, [0, 0])
            entry[0] += count
            entry[1] += 1
    return sorted(((s, c, t) for s, (c, t) in totals.items()), key=lambda item: (-item[1], item[0]))
