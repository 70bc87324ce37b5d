"""Strict equivalence tests for kinship_matrix (never shown to wattlens)."""

from __future__ import annotations

import functools
import random

import pytest
from breeding.kinship import Animal, kinship_matrix
from strict_support import assert_same

TARGET = "breeding/kinship.py:kinship_matrix"


def reference(herd, ids):
    for animal in herd.values():
        for parent in (animal.sire, animal.dam):
            if parent is None:
                continue
            if parent not in herd:
                raise KeyError(parent)
            if not herd[parent].born < animal.born:
                raise ValueError(parent)

    @functools.lru_cache(maxsize=None)
    def phi(a, b):
        if a is None or b is None:
            return 0.0
        if a == b:
            return 0.5 * (1.0 + phi(herd[a].sire, herd[a].dam))
        x, y = herd[a], herd[b]
        if (y.born, y.id) > (x.born, x.id):
            x, a, y, b = y, b, x, a
        return 0.5 * (phi(x.sire, b) + phi(x.dam, b))

    out = {}
    for i in range(len(ids)):
        for j in range(i, len(ids)):
            out[(ids[i], ids[j])] = phi(ids[i], ids[j])
    return out


def herd_of(*animals):
    return {animal.id: animal for animal in animals}


FAMILY = herd_of(
    Animal("sire", 2000),
    Animal("dam", 2000),
    Animal("dam2", 2001),
    Animal("full1", 2003, "sire", "dam"),
    Animal("full2", 2003, "sire", "dam"),
    Animal("half", 2004, "sire", "dam2"),
    Animal("inb", 2006, "full1", "full2"),
    Animal("back", 2007, "sire", "inb"),
    Animal("onlysire", 2005, "sire", None),
    Animal("onlydam", 2005, None, "dam"),
    Animal("self", 2008, "back", "back"),
)

CASES = [
    ({}, []),
    ({}, ()),
    (FAMILY, []),
    (FAMILY, ["sire"]),
    (FAMILY, ["sire", "dam"]),
    (FAMILY, ["full1", "full2", "half"]),
    (FAMILY, ("inb", "back", "self")),
    (FAMILY, ["self", "inb", "sire"]),
    (FAMILY, ["onlysire", "onlydam", "full1"]),
    (FAMILY, ["full1", "full1"]),
    (FAMILY, ["full1", "full2", "full1"]),
    (FAMILY, list(FAMILY)),
    (FAMILY, [None]),
    (FAMILY, [None, "sire"]),
    (FAMILY, ["ghost"]),
    (FAMILY, ["sire", "ghost"]),
    ({}, ["ghost"]),
    (herd_of(Animal("a", 1), Animal("b", 1)), ["a", "b"]),
    (herd_of(Animal("b", 1), Animal("a", 1), Animal("c", 2, "a", "b"), Animal("d", 2, "b", "a")), ["c", "d", "a"]),
    (herd_of(Animal("p", 1), Animal("q", 2, "p", "p"), Animal("r", 3, "q", "q")), ["r", "q", "p"]),
    (herd_of(Animal("Ø", 1), Animal("ü", 1), Animal("牛", 3, "Ø", "ü"), Animal("ß", 4, "牛", "Ø")), ["ß", "牛", "Ø", "ü"]),
    (herd_of(Animal("a", 1), Animal("b", 1, "a")), ["b"]),
    (herd_of(Animal("a", 2), Animal("b", 1, "a")), ["b"]),
    (herd_of(Animal("a", 1, "missing")), ["a"]),
    (herd_of(Animal("a", 1, None, "missing")), []),
    (herd_of(Animal("a", 5, "b"), Animal("b", 4, "a")), ["a"]),
    ({"alias": Animal("real", 1), "kid": Animal("kid", 2, "alias", "alias")}, ["kid", "alias"]),
]


@pytest.mark.parametrize("herd,ids", CASES)
def test_cases(herd, ids) -> None:
    assert_same(kinship_matrix, reference, herd, ids)


def _random_herd(rng, generations, width, founders):
    herd = {}
    current = [f"f{n}" for n in range(founders)]
    for animal_id in current:
        herd[animal_id] = Animal(animal_id, rng.randint(0, 1))
    pool = list(current)
    for gen in range(1, generations + 1):
        born = 2 * gen + rng.randint(0, 1)
        new = []
        for n in range(width):
            animal_id = f"g{gen}.{n}"
            older = [a for a in pool if herd[a].born < born]
            sire = rng.choice(older + [None]) if rng.random() < 0.9 else None
            dam = rng.choice(older + [None]) if rng.random() < 0.9 else None
            herd[animal_id] = Animal(animal_id, born, sire, dam)
            new.append(animal_id)
        pool = (pool + new)[-3 * width:]
    return herd


def _random_cases():
    rng = random.Random(2718)
    for _ in range(60):
        herd = _random_herd(rng, rng.randint(0, 5), rng.randint(1, 5), rng.randint(1, 4))
        ids = [rng.choice(list(herd)) for _ in range(rng.randint(0, 5))]
        yield herd, ids


@pytest.mark.parametrize("herd,ids", list(_random_cases()))
def test_random_herds(herd, ids) -> None:
    assert_same(kinship_matrix, reference, herd, ids)


def test_known_coefficients() -> None:
    matrix = kinship_matrix(FAMILY, ["full1", "full2", "half", "inb", "sire", "self"])
    assert matrix[("full1", "full2")] == 0.25
    assert matrix[("full1", "half")] == 0.125
    assert matrix[("inb", "inb")] == 0.625
    assert matrix[("full1", "sire")] == 0.25
    assert type(matrix[("sire", "sire")]) is float
    assert list(matrix)[:3] == [("full1", "full1"), ("full1", "full2"), ("full1", "half")]


def test_deeper_herd_matches_tabular_reference() -> None:
    rng = random.Random(12)
    herd = _random_herd(rng, 7, 4, 3)
    ids = [a for a in herd if a.startswith("g7.")] + ["g5.0"]
    assert_same(kinship_matrix, reference, herd, ids)


def test_herd_not_mutated() -> None:
    herd = dict(FAMILY)
    ids = ["inb", "back"]
    kinship_matrix(herd, ids)
    assert herd == FAMILY and ids == ["inb", "back"]


def test_pedigree_checked_even_without_ids() -> None:
    with pytest.raises(ValueError, match="not older"):
        kinship_matrix(herd_of(Animal("a", 3), Animal("b", 3, "a")), [])
    with pytest.raises(KeyError):
        kinship_matrix(herd_of(Animal("a", 3, "zz")), [])
