"""Strict equivalence tests for match_peaks (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from peptidemap.fingerprint import PeakMatch, match_peaks
from strict_support import assert_same

TARGET = "peptidemap/fingerprint.py:match_peaks"

RESIDUE_MASS = {
    "G": 57.02146, "A": 71.03711, "S": 87.03203, "P": 97.05276, "V": 99.06841,
    "T": 101.04768, "C": 103.00919, "L": 113.08406, "I": 113.08406, "N": 114.04293,
    "D": 115.02694, "Q": 128.05858, "K": 128.09496, "E": 129.04259, "M": 131.04049,
    "H": 137.05891, "F": 147.06841, "R": 156.10111, "Y": 163.06333, "W": 186.07931,
}
WATER = 18.01056
PROTON = 1.00728


def _digest(sequence, missed_cleavages=1, min_length=6, max_length=30):
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


def _mass(peptide):
    return sum(RESIDUE_MASS[residue] for residue in peptide) + WATER


def reference(proteins, peaks, tolerance_ppm=10.0, missed_cleavages=1):
    candidates = []
    for accession, sequence in proteins.items():
        for start, peptide in _digest(sequence, missed_cleavages):
            candidates.append((accession, start, peptide, _mass(peptide) + PROTON))
    matches = []
    unmatched = []
    covered = {accession: set() for accession in proteins}
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


ALPHA = "MAGICKLLLLLRPEPTIDEKSAMPLERAAAAAAKWWWWWWRGGGGGGGK"
BETA = "GGGGGGKSAMPLERTTTTTTKRPPPPPPR"
GAMMA = "SAMPLERSAMPLERSAMPLERMMMMMMMKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK"


def mh(peptide):
    return _mass(peptide) + PROTON


PROTEIN_SETS = {
    "none": {},
    "empty_sequence": {"E": ""},
    "short": {"S": "MKR", "T": "AAAAK"},
    "alpha": {"P1": ALPHA},
    "shared": {"A": ALPHA, "B": BETA, "C": GAMMA},
    "shared_rev": {"C": GAMMA, "B": BETA, "A": ALPHA},
    "duplicate_sequences": {"X1": BETA, "X2": BETA},
    "unicode_names": {"Ωmega-1": ALPHA, "β-chain": BETA, "": GAMMA},
    "isobaric": {"I": "GGGGGGKIIIIIIKGGGGGGK", "L": "GGGGGGKLLLLLLKGGGGGGK"},
    "bad_short_peptide": {"B": "MXK" + "AAAAAAK"},
    "bad_long_peptide": {"B": "AAAAXAAK"},
    "lowercase": {"low": "aaaaaak"},
    "all_p": {"P": "KPKPKPKPKPKPKPKPR"},
}

PEAK_SETS = [
    [],
    [mh("SAMPLER")],
    [mh("SAMPLER"), mh("SAMPLER")],
    [mh("SAMPLER") * (1 + 5e-6), mh("SAMPLER") * (1 - 5e-6)],
    [mh("SAMPLER") * (1 + 10e-6), mh("SAMPLER") * (1 - 10e-6), mh("SAMPLER") * (1 + 10.0000001e-6)],
    [mh("WWWWWWR"), mh("GGGGGGGK"), 5000.0, mh("AAAAAAK")],
    [mh("GGGGGGK"), mh("IIIIIIK"), mh("LLLLLLK")],
    [round(mh("LLLLLRPEPTIDEK"), 4), round(mh("MAGICKLLLLLRPEPTIDEK"), 4), round(mh("SAMPLERSAMPLER"), 2)],
    [3000.0, 1000.0, 2000.0, mh("TTTTTTKRPPPPPPR")],
    [806, 807, 808, 1000],
    [0.0, -806.4, float("inf"), -float("inf"), 1e300],
    (mh("SAMPLER"), 1000.0),
    [True, False, mh("SAMPLER")],
]


@pytest.mark.parametrize("peaks", PEAK_SETS)
@pytest.mark.parametrize("proteins", sorted(PROTEIN_SETS))
def test_sets(proteins, peaks) -> None:
    assert_same(match_peaks, reference, PROTEIN_SETS[proteins], peaks)


@pytest.mark.parametrize("tolerance", [0, 0.0, -0.0, 1, 5, 10, 10.0, 25, 500, 1e5, 1e6, float("inf"), -1, True])
@pytest.mark.parametrize("peaks", [PEAK_SETS[4], PEAK_SETS[5], PEAK_SETS[7]])
def test_tolerances(tolerance, peaks) -> None:
    assert_same(match_peaks, reference, PROTEIN_SETS["shared"], peaks, tolerance)


@pytest.mark.parametrize("missed", [0, 1, 2, 3, 10, -1])
def test_missed_cleavages(missed) -> None:
    peaks = [mh("SAMPLERSAMPLER"), mh("SAMPLERSAMPLERSAMPLER"), mh("SAMPLER"), mh("GGGGGGKSAMPLER")]
    assert_same(match_peaks, reference, PROTEIN_SETS["shared"], peaks, 10.0, missed)


@pytest.mark.parametrize("args", [
    ({"A": ALPHA}, ["1000"], 10.0),
    ({}, ["1000"], 10.0),
    ({"A": ALPHA}, [None], 10.0),
    ({"A": ALPHA}, [mh("SAMPLER")], None),
    ({"S": "MKR"}, [mh("SAMPLER")], None),
    ({"A": ALPHA}, [mh("SAMPLER")], "10"),
    ({"A": ALPHA}, [mh("SAMPLER")], 10.0, 1.5),
    ({"A": ALPHA}, None),
    ({"A": ALPHA}, 1000.0),
    ({"A": None}, [1000.0]),
    ({"A": ALPHA, "B": 12}, [1000.0]),
    ({"A": ALPHA}, [complex(1000, 0)]),
])
def test_errors(args) -> None:
    assert_same(match_peaks, reference, *args)


def _random_cases():
    rng = random.Random(2718)
    residues = "ACDEFGHIKLMNPQRSTVWY" + "KRKR"
    for _ in range(60):
        proteins = {f"R{n}": "".join(rng.choice(residues) for _ in range(rng.randint(0, 120)))
                    for n in range(rng.randint(0, 6))}
        peptides = [p for s in proteins.values() for _, p in _digest(s, 1)]
        peaks = []
        for _ in range(rng.randint(0, 25)):
            if peptides and rng.random() < 0.6:
                peaks.append(round(mh(rng.choice(peptides)) * (1 + rng.uniform(-20e-6, 20e-6)), rng.choice([2, 4, 6])))
            else:
                peaks.append(round(rng.uniform(500, 4000), 3))
        yield proteins, peaks, rng.choice([5, 10.0, 15.0, 20])


@pytest.mark.parametrize("proteins,peaks,tolerance", list(_random_cases()))
def test_random(proteins, peaks, tolerance) -> None:
    assert_same(match_peaks, reference, proteins, peaks, tolerance)


def test_large_spectrum() -> None:
    rng = random.Random(4)
    proteins = {f"P{n:04d}": "M" + "".join(rng.choice("ACDEFGHIKLMNPQRSTVWYKR") for _ in range(300)) for n in range(60)}
    peptides = [p for s in proteins.values() for _, p in _digest(s, 0)]
    peaks = [mh(rng.choice(peptides)) * (1 + rng.gauss(0, 4e-6)) for _ in range(150)]
    peaks += [rng.uniform(600, 3600) for _ in range(150)]
    assert_same(match_peaks, reference, proteins, peaks, 12.0, 2)
