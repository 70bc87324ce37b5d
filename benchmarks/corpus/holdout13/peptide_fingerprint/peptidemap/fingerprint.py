"""Assign the peaks of a peptide mass fingerprint to candidate proteins."""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple, Sequence

from peptidemap.digest import PROTON, peptide_mass, tryptic_digest


class PeakMatch(NamedTuple):
    """An observed peak explained by a tryptic peptide of one protein."""

    peak: float
    accession: str
    start: int
    peptide: str
    error_ppm: float


def match_peaks(
    proteins: Mapping[str, str],
    peaks: Sequence[float],
    tolerance_ppm: float = 10.0,
    missed_cleavages: int = 1,
) -> dict[str, Any]:
    """Match observed [M+H]+ peaks against the tryptic peptides of every candidate protein.

    A peak matches a peptide when their mass difference, relative to the peptide's
    [M+H]+ mass, is within `tolerance_ppm`. Returns a dict with ``matches`` (PeakMatch
    tuples, in peak order and, for each peak, in protein and digest order),
    ``unmatched`` (peaks without any match, in order) and ``coverage`` (per protein, the
    fraction of residues covered by matched peptides, rounded to 3 places).
    """
    candidates = []
    for accession, sequence in proteins.items():
        for start, peptide in tryptic_digest(sequence, missed_cleavages):
            candidates.append((accession, start, peptide, peptide_mass(peptide) + PROTON))
    matches = []
    unmatched = []
    covered: dict[str, set[int]] = {accession: set() for accession in proteins}
    for peak in peaks:
        found = False
        for accession, start, peptide, mass in candidates:
            error = (peak - mass) / mass * 1e6
            if abs(error) <= tolerance_ppm:
                matches.append(PeakMatch(peak, accession, start, peptide, round(error, 2)))
                covered[accession].update(range(start, start + len(peptide)))
                found = True
        if not found:
            unmatched.append(peak)
    coverage = {
        accession: round(len(covered[accession]) / len(sequence), 3) if sequence else 0.0
        for accession, sequence in proteins.items()
    }
    return {"matches": matches, "unmatched": unmatched, "coverage": coverage}
