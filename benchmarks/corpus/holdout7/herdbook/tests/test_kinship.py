import pytest

from breeding.kinship import Animal, inbreeding, kinship_matrix, load_herd

HERD = load_herd([
    ("bull", "2010", "-", "-"),
    ("cow1", "2010", "", ""),
    ("cow2", "2011", "-", "-"),
    ("calfA", "2013", "bull", "cow1"),
    ("calfB", "2014", "bull", "cow1"),
    ("calfC", "2014", "bull", "cow2"),
    ("inbred", "2016", "calfA", "calfB"),
])


def test_founders_are_unrelated() -> None:
    matrix = kinship_matrix(HERD, ["bull", "cow1"])
    assert matrix == {("bull", "bull"): 0.5, ("bull", "cow1"): 0.0, ("cow1", "cow1"): 0.5}


def test_siblings() -> None:
    matrix = kinship_matrix(HERD, ["calfA", "calfB", "calfC"])
    assert matrix[("calfA", "calfB")] == 0.25
    assert matrix[("calfA", "calfC")] == 0.125
    assert matrix[("calfB", "calfB")] == 0.5


def test_parent_offspring_and_inbreeding() -> None:
    assert kinship_matrix(HERD, ["bull", "calfA"])[("bull", "calfA")] == 0.25
    assert inbreeding(HERD, "inbred") == 0.25
    assert kinship_matrix(HERD, ["inbred"])[("inbred", "inbred")] == 0.625


def test_unknown_animal() -> None:
    with pytest.raises(KeyError):
        kinship_matrix(HERD, ["ghost"])


def test_parent_must_be_older() -> None:
    herd = {"a": Animal("a", 2015, sire="b"), "b": Animal("b", 2015)}
    with pytest.raises(ValueError):
        kinship_matrix(herd, ["a"])
