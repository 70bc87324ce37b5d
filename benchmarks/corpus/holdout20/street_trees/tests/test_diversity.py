import math

import pytest

from urbanforest.diversity import basal_area_m2, shannon_index, simpson_index, ward_summaries
from urbanforest.inventory import Tree, read_inventory


def test_read_inventory() -> None:
    rows = ["tree_id,ward,species,dbh_cm,condition", "1, North ,Tilia cordata,31.5, Good"]
    assert read_inventory(rows) == [Tree(1, "North", "Tilia cordata", 31.5, "good")]


def test_indices() -> None:
    assert shannon_index([5]) == 0.0
    assert shannon_index([1, 1]) == pytest.approx(math.log(2))
    assert simpson_index([1, 1]) == 1.0
    assert simpson_index([1]) == 0.0
    assert simpson_index([2, 2]) == pytest.approx(1 - 4 / 12)


def test_basal_area() -> None:
    assert basal_area_m2(200) == pytest.approx(math.pi)


def test_ward_summary() -> None:
    trees = [Tree(1, "B", "Acer", 20, "good"), Tree(2, "B", "Tilia", 30, "poor"), Tree(3, "B", "Tilia", 40, "good"),
             Tree(4, "A", "Quercus", 100, "dead")]
    summary = ward_summaries(trees)
    assert list(summary) == ["A", "B"]
    assert summary["B"]["trees"] == 3 and summary["B"]["species"] == 2
    assert summary["B"]["top_species"] == "Tilia" and summary["B"]["top_share"] == 0.6667
    assert summary["B"]["poor_share"] == 0.3333
    assert summary["A"] == {"trees": 1, "species": 1, "shannon": 0.0, "simpson": 0.0, "top_species": "Quercus",
                            "top_share": 1.0, "poor_share": 1.0, "basal_area_m2": 0.79}


def test_ties_go_to_alphabetical_species() -> None:
    trees = [Tree(1, "A", "Ulmus", 20, "good"), Tree(2, "A", "Betula", 20, "good")]
    assert ward_summaries(trees)["A"]["top_species"] == "Betula"


def test_min_dbh_filter_drops_empty_wards() -> None:
    trees = [Tree(1, "A", "Acer", 5, "good"), Tree(2, "B", "Acer", 50, "good")]
    assert list(ward_summaries(trees, min_dbh_cm=10)) == ["B"]


def test_empty_inventory() -> None:
    assert ward_summaries([]) == {}
