"""Core-facility run: identify the proteins in a batch of gel-spot MALDI spectra."""

import random

from peptidemap.digest import PROTON, peptide_mass, tryptic_digest
from peptidemap.fingerprint import match_peaks

FREQUENCIES = {"A": 8.3, "R": 5.5, "N": 4.1, "D": 5.5, "C": 1.4, "Q": 3.9, "E": 6.7, "G": 7.1, "H": 2.3, "I": 5.9,
               "L": 9.7, "K": 5.8, "M": 2.4, "F": 3.9, "P": 4.7, "S": 6.6, "T": 5.3, "W": 1.1, "Y": 2.9, "V": 6.9}


def main() -> None:
    rng = random.Random(3141)
    residues = list(FREQUENCIES)
    weights = list(FREQUENCIES.values())
    proteins = {}
    for number in range(420):
        length = rng.randint(150, 700)
        proteins[f"P{10000 + number * 37:05d}"] = "M" + "".join(rng.choices(residues, weights, k=length - 1))
    accessions = list(proteins)
    total_matches = 0
    identified = []
    for spot in range(5):
        present = rng.sample(accessions, 3)
        peaks = []
        for accession in present:
            digest = tryptic_digest(proteins[accession], 0)
            for _, peptide in rng.sample(digest, min(12, len(digest))):
                mass = peptide_mass(peptide) + PROTON
                peaks.append(round(mass * (1 + rng.gauss(0, 3e-6)), 4))
        peaks.extend(round(rng.uniform(700, 3500), 4) for _ in range(170))
        peaks.sort()
        result = match_peaks(proteins, peaks, tolerance_ppm=15.0)
        total_matches += len(result["matches"])
        best = max(result["coverage"].items(), key=lambda item: item[1])
        identified.append((spot, best[0], best[1], best[0] in present))
    print(total_matches, "peak matches;", identified)


if __name__ == "__main__":
    main()
