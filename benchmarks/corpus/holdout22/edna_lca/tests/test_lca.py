import pytest

from taxassign.lca import assign_reads, lowest_common_ancestor
from taxassign.taxonomy import Taxon, lineage, load_nodes

NODES = load_nodes([
    "1 | 1 | no rank | root",
    "2 | 1 | class | Actinopteri",
    "3 | 2 | family | Salmonidae",
    "4 | 3 | species | Salmo trutta",
    "5 | 3 | species | Salmo salar",
    "6 | 2 | family | Cyprinidae",
    "7 | 6 | species | Rutilus rutilus",
    "",
])


def test_load_and_lineage() -> None:
    assert NODES[4] == Taxon(3, "species", "Salmo trutta")
    assert lineage(4, NODES) == [1, 2, 3, 4]
    assert lineage(1, NODES) == [1]
    with pytest.raises(KeyError):
        lineage(99, NODES)


def test_lineage_loop() -> None:
    with pytest.raises(ValueError):
        lineage(1, {1: Taxon(2, "x", "a"), 2: Taxon(1, "x", "b")})


def test_lowest_common_ancestor() -> None:
    assert lowest_common_ancestor([4, 5], NODES) == 3
    assert lowest_common_ancestor([4, 7], NODES) == 2
    assert lowest_common_ancestor([4], NODES) == 4


def test_assign_reads() -> None:
    hits = [("S1", "r1", 4, 99.5), ("S1", "r1", 5, 99.0), ("S1", "r2", 7, 100.0), ("S1", "r2", 4, 97.5),
            ("S2", "r1", 7, 96.0), ("S1", "r3", 7, 98.0)]
    result = assign_reads(hits, NODES)
    assert result["reads"] == {("S1", "r1"): (3, "family", "Salmonidae"), ("S1", "r2"): (7, "species", "Rutilus rutilus"),
                               ("S1", "r3"): (7, "species", "Rutilus rutilus")}
    assert result["samples"] == {"S1": {"taxa": {"Rutilus rutilus": 2, "Salmonidae": 1}, "unassigned": 0},
                                 "S2": {"taxa": {}, "unassigned": 1}}


def test_thresholds() -> None:
    hits = [("S1", "r1", 4, 99.5), ("S1", "r1", 7, 97.0)]
    assert assign_reads(hits, NODES)["reads"][("S1", "r1")][0] == 4
    assert assign_reads(hits, NODES, top_percent=3)["reads"][("S1", "r1")][0] == 2
    assert assign_reads(hits, NODES, min_identity=99.9)["reads"] == {}


def test_no_hits() -> None:
    assert assign_reads([], NODES) == {"reads": {}, "samples": {}}
