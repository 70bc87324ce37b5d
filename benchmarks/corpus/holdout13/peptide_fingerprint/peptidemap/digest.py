"""In-silico tryptic digestion and monoisotopic peptide masses."""

from __future__ import annotations

RESIDUE_MASS = {
    "G": 57.02146, "A": 71.03711, "S": 87.03203, "P": 97.05276, "V": 99.06841,
    "T": 101.04768, "C": 103.00919, "L": 113.08406, "I": 113.08406, "N": 114.04293,
    "D": 115.02694, "Q": 128.05858, "K": 128.09496, "E": 129.04259, "M": 131.04049,
    "H": 137.05891, "F": 147.06841, "R": 156.10111, "Y": 163.06333, "W": 186.07931,
}
WATER = 18.01056
PROTON = 1.00728


def tryptic_digest(
    sequence: str, missed_cleavages: int = 1, min_length: int = 6, max_length: int = 30
) -> list[tuple[int, str]]:
    """Peptides from cutting after K or R (not before P), with up to `missed_cleavages` missed sites.

    Returns (start offset, peptide) pairs ordered by start, then by length; peptides
    outside ``min_length..max_length`` residues are left out.
    """
    sites = [0]
    for index in range(len(sequence) - 1):
        if sequence[index] in "KR" and sequence[index + 1] != "P":
            sites.append(index + 1)
    sites.append(len(sequence))
    peptides = []
    for first in range(len(sites) - 1):
        for last in range(first + 1, min(first + 2 + missed_cleavages, len(sites))):
            peptide = sequence[sites[first]:sites[last]]
            if min_length <= len(peptide) <= max_length:
                peptides.append((sites[first], peptide))
    return peptides


def peptide_mass(peptide: str) -> float:
    """Monoisotopic mass of the neutral peptide (residues plus one water)."""
    return sum(RESIDUE_MASS[residue] for residue in peptide) + WATER
