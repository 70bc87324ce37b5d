"""Activity summaries for the survey report."""

from __future__ import annotations

from typing import Sequence

from .passes import Pass

SPECIES_NAMES = {
    "PIPPIP": "Common pipistrelle", "PIPPYG": "Soprano pipistrelle", "PIPNAT": "Nathusius' pipistrelle",
    "NYCNOC": "Noctule", "EPTSER": "Serotine", "MYOSP": "Myotis species", "PLESP": "Long-eared bat species",
    "BARBAR": "Barbastelle", "RHIHIP": "Lesser horseshoe", "RHIFER": "Greater horseshoe",
}


def passes_per_night(passes: Sequence[Pass]) -> dict[str, dict[str, int]]:
    """Pass counts per species (common name where known) and survey night."""
    table: dict[str, dict[str, int]] = {}
    for bat_pass in passes:
        name = SPECIES_NAMES.get(bat_pass.species, bat_pass.species)
        nights = table.setdefault(name, {})
        nights[bat_pass.night] = nights.get(bat_pass.night, 0) + 1
    return table


def activity_index(passes: Sequence[Pass], nights_surveyed: int) -> dict[str, float]:
    """Mean passes per detector-night for each species code (nights_surveyed detector-nights)."""
    if nights_surveyed <= 0:
        raise ValueError("no detector-nights surveyed")
    counts: dict[str, int] = {}
    for bat_pass in passes:
        counts[bat_pass.species] = counts.get(bat_pass.species, 0) + 1
    return {species: count / nights_surveyed for species, count in sorted(counts.items())}
