import pytest

from peptidemap.digest import PROTON, WATER, peptide_mass, tryptic_digest
from peptidemap.fingerprint import PeakMatch, match_peaks

PROTEIN = "MAGICKLLLLLRPEPTIDEKSAMPLERAAAAAAK"


def test_digest_cuts_after_k_and_r_but_not_before_p() -> None:
    assert tryptic_digest(PROTEIN, 0, min_length=1) == [(0, "MAGICK"), (6, "LLLLLRPEPTIDEK"), (20, "SAMPLER"), (27, "AAAAAAK")]


def test_digest_missed_cleavages() -> None:
    peptides = tryptic_digest(PROTEIN, 1, min_length=1)
    assert (0, "MAGICKLLLLLRPEPTIDEK") in peptides
    assert len(peptides) == 7


def test_digest_length_filter() -> None:
    assert tryptic_digest("AAKAAAAAAAR", 0) == [(3, "AAAAAAAR")]


def test_peptide_mass() -> None:
    assert peptide_mass("G") == pytest.approx(57.02146 + WATER)
    with pytest.raises(KeyError):
        peptide_mass("GXG")


def test_match_exact_peak() -> None:
    mass = peptide_mass("SAMPLER") + PROTON
    result = match_peaks({"P1": PROTEIN}, [mass], missed_cleavages=0)
    assert result["matches"] == [PeakMatch(mass, "P1", 20, "SAMPLER", 0.0)]
    assert result["unmatched"] == []
    assert result["coverage"] == {"P1": round(7 / len(PROTEIN), 3)}


def test_tolerance() -> None:
    mass = peptide_mass("SAMPLER") + PROTON
    shifted = mass * (1 + 20e-6)
    assert match_peaks({"P1": PROTEIN}, [shifted], tolerance_ppm=10)["unmatched"] == [shifted]
    hits = match_peaks({"P1": PROTEIN}, [shifted], tolerance_ppm=25)["matches"]
    assert [hit.peptide for hit in hits] == ["SAMPLER"]
    assert hits[0].error_ppm == pytest.approx(20.0, abs=0.01)


def test_shared_peptide_matches_both_proteins() -> None:
    mass = peptide_mass("SAMPLER") + PROTON
    result = match_peaks({"A": "GGGGGGKSAMPLER", "B": "SAMPLERWWWWWW"}, [mass, 5000.0], missed_cleavages=0)
    assert [(hit.accession, hit.start) for hit in result["matches"]] == [("A", 7), ("B", 0)]
    assert result["unmatched"] == [5000.0]


def test_empty_inputs() -> None:
    assert match_peaks({}, []) == {"matches": [], "unmatched": [], "coverage": {}}
    assert match_peaks({"E": ""}, [1000.0]) == {"matches": [], "unmatched": [1000.0], "coverage": {"E": 0.0}}
