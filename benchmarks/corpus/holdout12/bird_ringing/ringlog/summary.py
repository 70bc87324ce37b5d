"""Species summaries for the observatory's annual ringing report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Capture:
    """One handling of a bird: `kind` is "N" for a newly ringed bird, "R" for a retrap."""

    date: str
    species: str
    ring: str
    kind: str
    wing: float | None = None
    mass: float | None = None


@dataclass(frozen=True)
class SpeciesSummary:
    species: str
    captures: int
    new: int
    retraps: int
    individuals: int
    first_date: str
    last_date: str
    mean_wing: float | None
    mean_mass: float | None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def species_summary(captures: Sequence[Capture]) -> list[SpeciesSummary]:
    """Per-species totals for a season, most captured species first (ties by species name).

    Dates are ISO strings, so the first and last dates are the smallest and largest.
    Wing and mass means are over the captures where they were measured, rounded to 0.1.
    Raises ValueError for a capture whose kind is neither N nor R.
    """
    for capture in captures:
        if capture.kind not in ("N", "R"):
            raise ValueError(f"capture of ring {capture.ring} has unknown kind {capture.kind!r}")
    species_seen: list[str] = []
    for capture in captures:
        if capture.species not in species_seen:
            species_seen.append(capture.species)
    summaries = []
    for species in species_seen:
        total = [capture.species for capture in captures].count(species)
        new = sum(1 for capture in captures if capture.species == species and capture.kind == "N")
        rings = {capture.ring for capture in captures if capture.species == species}
        dates = [capture.date for capture in captures if capture.species == species]
        wings = [capture.wing for capture in captures if capture.species == species and capture.wing is not None]
        masses = [capture.mass for capture in captures if capture.species == species and capture.mass is not None]
        summaries.append(SpeciesSummary(species, total, new, total - new, len(rings), min(dates), max(dates),
                                        _mean(wings), _mean(masses)))
    summaries.sort(key=lambda summary: (-summary.captures, summary.species))
    return summaries
