"""Strict equivalence tests for ward_summaries (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pytest
from strict_support import assert_same
from urbanforest.diversity import ward_summaries
from urbanforest.inventory import Tree

TARGET = "urbanforest/diversity.py:ward_summaries"


# --- verbatim copy of the original implementation and its helpers -------------------------

def shannon_index(counts):
    total = sum(counts)
    return -sum((count / total) * math.log(count / total) for count in counts if count)


def simpson_index(counts):
    total = sum(counts)
    if total < 2:
        return 0.0
    return 1 - sum(count * (count - 1) for count in counts) / (total * (total - 1))


def basal_area_m2(dbh_cm):
    return math.pi * (dbh_cm / 200) ** 2


def reference(trees, min_dbh_cm=0.0):
    summaries = {}
    for ward in sorted({tree.ward for tree in trees}):
        in_ward = [tree for tree in trees if tree.ward == ward and tree.dbh_cm >= min_dbh_cm]
        if not in_ward:
            continue
        species = [tree.species for tree in in_ward]
        names = sorted(set(species))
        counts = [species.count(name) for name in names]
        top = names[counts.index(max(counts))]
        poor = sum(1 for tree in in_ward if tree.condition in ("poor", "dead"))
        summaries[ward] = {
            "trees": len(in_ward),
            "species": len(names),
            "shannon": round(shannon_index(counts), 4),
            "simpson": round(simpson_index(counts), 4),
            "top_species": top,
            "top_share": round(species.count(top) / len(in_ward), 4),
            "poor_share": round(poor / len(in_ward), 4),
            "basal_area_m2": round(sum(basal_area_m2(tree.dbh_cm) for tree in in_ward), 2),
        }
    return summaries


# --- cases -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Survey:  # a look-alike record type, as a caller might pass
    tree_id: int
    ward: str
    species: str
    dbh_cm: float
    condition: str


def t(ward, species, dbh=25.0, condition="good", tree_id=0):
    return Tree(tree_id, ward, species, dbh, condition)


BASIC = [t("B", "Acer", 20), t("B", "Tilia", 30, "poor"), t("B", "Tilia", 40), t("A", "Quercus", 100, "dead")]

CASES = [
    ([],),
    ([], 10),
    ([], None),
    (BASIC,),
    (BASIC, 0),
    (BASIC, 20),
    (BASIC, 30),
    (BASIC, 30.0),
    (BASIC, 40.0001),
    (BASIC, 1000),
    (BASIC, -1),
    (BASIC, float("-inf")),
    (BASIC, float("inf")),
    (BASIC, float("nan")),
    (BASIC, True),
    (tuple(BASIC),),
    (BASIC + BASIC,),
    ([BASIC[0]] * 5,),
    ([t("A", "Ulmus"), t("A", "Betula")],),
    ([t("A", "Betula"), t("A", "Ulmus")],),
    ([t("A", "ulmus"), t("A", "Ulmus"), t("A", "ulmus")],),
    ([t("A", "Ulmus"), t("A", "Betula"), t("A", "Ulmus"), t("A", "Betula")],),
    ([t("A", "Ulmus"), t("A", "Betula"), t("A", "Acer"), t("A", "Ulmus"), t("A", "Betula")],),
    ([t("North", "Acer"), t("north", "Acer"), t(" North", "Acer"), t("North ", "Acer"), t("", "Acer")],),
    ([t("Zürich", "Äpfel"), t("Zürich", "Apfel"), t("Zurich", "Ébène"), t("日本", "桜"), t("日本", "桜")],),
    ([t("A", "Acer", 0), t("A", "Acer", -5), t("A", "Tilia", 0.0)],),
    ([t("A", "Acer", 0), t("A", "Acer", -5), t("A", "Tilia", 0.0)], 0),
    ([t("A", "Acer", float("nan")), t("A", "Tilia", 10)],),
    ([t("A", "Acer", float("nan"))],),
    ([t("A", "Acer", float("inf")), t("A", "Tilia", 10)],),
    ([t("A", "Acer", 10), t("A", "Acer", 10.0), t("A", "Acer", True)],),
    ([t("A", "Acer", 12.345), t("A", "Acer", 0.1), t("A", "Acer", 0.2), t("A", "Tilia", 1e-9)],),
    ([t("A", "Acer", 1e6)],),
    ([t("A", "Acer", condition=c) for c in ["good", "fair", "poor", "dead", "Poor", "DEAD", "", "poor "]],),
    ([t("A", "Acer", condition=c) for c in ["poor", "dead"]],),
    ([t(w, s) for w in "ABC" for s in ["Acer", "Tilia", "Quercus"]],),
    ([t(w, s) for w in "CBA" for s in ["Quercus", "Tilia", "Acer"] * 2],),
    ([t("A", "Acer", 5), t("B", "Acer", 50), t("C", "Acer", 9.99), t("C", "Tilia", 10)], 10),
    ([t("A", f"Species {n % 7}", 10 + n) for n in range(50)],),
    ([t("A", f"Species {n % 7}", 10 + n) for n in range(50)], 35),
    ([t(1, "Acer"), t(2, "Acer"), t(1, "Tilia")],),
    ([t(1, "Acer"), t(2.5, "Acer"), t(True, "Tilia")],),
    ([t(("x", 1), "Acer"), t(("x", 0), "Acer")],),
    ([t("A", 3), t("A", 1), t("A", 3)],),
    ([t("A", None)],),
    ([t("A", "Acer", 10)], 10),
    ([Survey(1, "A", "Acer", 10.0, "good"), Survey(2, "A", "Tilia", 12.0, "poor"), Survey(3, "B", "Acer", 3.0, "dead")],),
    ([Survey(1, "A", "Acer", 10.0, "good"), t("A", "Acer", 10.0)],),
    # invalid input
    (None,),
    ([None],),
    ([t("A", "Acer"), None],),
    ([t(None, "Acer"), t("A", "Acer")],),
    ([t("A", None), t("A", "Acer")],),
    ([t("A", "Acer", None)],),
    ([t("A", "Acer", "10")],),
    ([t("A", "Acer")], None),
    ([t("A", "Acer")], "0"),
    ([t("A", "Acer"), t("B", "Acer", None)],),
    ([t("A", "Acer", condition=None)],),
    ([t("A", "Acer", condition=["poor"])],),
    ([t("A", ["Acer"])],),
    ([t(["A"], "Acer")],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(ward_summaries, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(ward_summaries, reference, min_dbh_cm=25, trees=BASIC)


def test_inventory_list_is_not_modified() -> None:
    trees = list(BASIC)
    ward_summaries(trees, 10)
    assert trees == BASIC


WARDS = ["Ward 1", "Ward 2", "Ward 3", "Ward 10", "Ward 11", "Abbey", "Élysée"]
SPECIES = ["Acer campestre", "Acer platanoides", "Tilia cordata", "Platanus x hispanica", "Quercus robur",
           "Betula pendula", "Prunus avium", "Sorbus aucuparia", "Ginkgo biloba", "Zelkova serrata"]
CONDITIONS = ["good", "good", "fair", "poor", "dead"]


def _random_cases():
    rng = random.Random(4242)
    for index in range(180):
        wards = rng.sample(WARDS, rng.randint(1, len(WARDS)))
        species = rng.sample(SPECIES, rng.randint(1, len(SPECIES)))
        trees = []
        for number in range(rng.choice([0, 1, 2, 5, 10, 30, 60, 120])):
            dbh = rng.choice([round(rng.lognormvariate(3.0, 0.7), 1), rng.randint(1, 80), 10.0, 0.5])
            trees.append(Tree(number, rng.choice(wards), rng.choice(species), dbh, rng.choice(CONDITIONS)))
        if index % 3 == 0:
            yield (trees,)
        else:
            yield (trees, rng.choice([0.0, 5, 10, 10.0, 20.5, 40, 75]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(ward_summaries, reference, *case)


def test_city_inventory() -> None:
    rng = random.Random(5)
    trees = [Tree(n, f"Ward {rng.randint(1, 60):02d}", rng.choice(SPECIES + [f"Malus {k}" for k in range(40)]),
                  round(rng.lognormvariate(3.0, 0.6), 1), rng.choice(CONDITIONS)) for n in range(6000)]
    assert_same(ward_summaries, reference, trees)
    assert_same(ward_summaries, reference, trees, 30)
