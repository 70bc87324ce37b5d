import pytest

from rxcheck.interactions import interaction_report, load_interactions, normalise_drug

TABLE = [("warfarin", "aspirin", "major"), ("Simvastatin", "clarithromycin", "contraindicated"), ("omeprazole", "clopidogrel", "moderate")]


def test_normalise_drug() -> None:
    assert normalise_drug("  Warfarin 5 mg ") == "warfarin"
    assert normalise_drug("Co-codamol") == "co-codamol"


def test_pair_found_in_either_order() -> None:
    report = interaction_report({"r1": ["Aspirin 75 mg", "Warfarin 3 mg"]}, TABLE)
    assert report == {"r1": [("Aspirin 75 mg", "Warfarin 3 mg", "major")]}


def test_most_severe_first() -> None:
    chart = ["omeprazole 20mg", "clopidogrel 75mg", "warfarin 1mg", "aspirin 75mg", "simvastatin 40mg", "clarithromycin 500mg"]
    report = interaction_report({"r": chart}, TABLE)
    assert [severity for _, _, severity in report["r"]] == ["contraindicated", "major", "moderate"]


def test_residents_without_interactions_left_out() -> None:
    assert interaction_report({"r1": ["paracetamol 1 g"], "r2": []}, TABLE) == {}


def test_first_matching_row_wins() -> None:
    table = [("a", "b", "minor"), ("B", "A", "major")]
    assert interaction_report({"r": ["a", "b"]}, table) == {"r": [("a", "b", "minor")]}


def test_unknown_severity() -> None:
    with pytest.raises(KeyError):
        interaction_report({"r": ["a", "b"]}, [("a", "b", "serious")])


def test_load_interactions() -> None:
    assert load_interactions("a;b;c\nwarfarin ; aspirin;major\n\n") == [("warfarin", "aspirin", "major")]
