"""Strict equivalence tests for assign_reads (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from taxassign.lca import assign_reads
from taxassign.taxonomy import Taxon

TARGET = "taxassign/lca.py:assign_reads"


# --- verbatim copy of the original implementation and its helpers -------------------------

MAX_DEPTH = 64


def lineage(taxid, nodes):
    path = [taxid]
    while True:
        parent = nodes[taxid].parent
        if parent == taxid:
            return path
        path = [parent] + path
        taxid = parent
        if len(path) > MAX_DEPTH:
            raise ValueError(f"taxonomy loop above {path[-1]}")


def lowest_common_ancestor(taxids, nodes):
    lineages = [lineage(taxid, nodes) for taxid in taxids]
    common = None
    for depth, candidate in enumerate(lineages[0]):
        if all(len(other) > depth and other[depth] == candidate for other in lineages[1:]):
            common = candidate
        else:
            break
    return common


def reference(hits, nodes, min_identity=97.0, top_percent=1.0):
    by_read = {}
    for sample, read_id, taxid, identity in hits:
        by_read.setdefault((sample, read_id), []).append((taxid, identity))
    reads = {}
    counts = {}
    unassigned = {}
    for (sample, read_id), read_hits in by_read.items():
        counts.setdefault(sample, {})
        unassigned.setdefault(sample, 0)
        best = max(identity for _, identity in read_hits)
        good = [taxid for taxid, identity in read_hits if identity >= min_identity and identity >= best - top_percent]
        taxid = lowest_common_ancestor(good, nodes) if good else None
        if taxid is None:
            unassigned[sample] += 1
            continue
        taxon = nodes[taxid]
        reads[(sample, read_id)] = (taxid, taxon.rank, taxon.name)
        counts[sample][taxon.name] = counts[sample].get(taxon.name, 0) + 1
    samples = {sample: {"taxa": dict(sorted(counts[sample].items(), key=lambda item: (-item[1], item[0]))),
                        "unassigned": unassigned[sample]} for sample in sorted(counts)}
    return {"reads": reads, "samples": samples}


# --- cases -------------------------------------------------------------------------------

T = Taxon
NODES = {1: T(1, "no rank", "root"), 2: T(1, "class", "Actinopteri"), 3: T(2, "family", "Salmonidae"),
         4: T(3, "species", "Salmo trutta"), 5: T(3, "species", "Salmo salar"), 6: T(2, "family", "Cyprinidae"),
         7: T(6, "species", "Rutilus rutilus"), 8: T(6, "species", "Salmo trutta"), 9: T(1, "class", "Amphibia"),
         100: T(100, "no rank", "second root"), 101: T(100, "species", "Orphan")}
LOOP = {**NODES, 20: T(21, "x", "loop a"), 21: T(22, "x", "loop b"), 22: T(20, "x", "loop c"), 23: T(20, "species", "in loop")}
MISSING_PARENT = {**NODES, 30: T(31, "species", "dangling")}
CHAIN = {0: T(0, "no rank", "root"), **{n: T(n - 1, "clade", f"level {n}") for n in range(1, 70)}}

BASIC = [("S1", "r1", 4, 99.5), ("S1", "r1", 5, 99.0), ("S1", "r2", 7, 100.0), ("S1", "r2", 4, 97.5),
         ("S2", "r1", 7, 96.0), ("S1", "r3", 7, 98.0), ("S2", "r2", 9, 97.0), ("S2", "r2", 4, 97.0)]

CASES = [
    ([], NODES),
    ([], {}),
    (BASIC, NODES),
    (list(reversed(BASIC)), NODES),
    (tuple(BASIC), NODES),
    (BASIC + BASIC, NODES),
    (BASIC, NODES, 97.0, 1.0),
    (BASIC, NODES, 99.0),
    (BASIC, NODES, 99.5),
    (BASIC, NODES, 100.0),
    (BASIC, NODES, 101),
    (BASIC, NODES, 0),
    (BASIC, NODES, -1),
    (BASIC, NODES, 97, 0),
    (BASIC, NODES, 97, 0.5),
    (BASIC, NODES, 97, 2.5),
    (BASIC, NODES, 97, 3),
    (BASIC, NODES, 97, 100),
    (BASIC, NODES, 97, -0.5),
    (BASIC, NODES, True, True),
    ([("S", "r", 4, 99.0), ("S", "r", 5, 98.0)], NODES, 97.0, 1.0),
    ([("S", "r", 4, 97.3), ("S", "r", 5, 97.1)], NODES, 97.0, 0.2),
    ([("S", "r", 4, 0.3), ("S", "r", 5, 0.1)], NODES, 0.0, 0.2),
    ([("S", "r", 4, 99), ("S", "r", 5, 98)], NODES, 97, 1),
    ([("S", "r", 4, 99.0), ("S", "r", 3, 99.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 1, 99.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 4, 99.0), ("S", "r", 4, 98.5)], NODES),
    ([("S", "r", 1, 99.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 101, 99.0)], NODES),
    ([("S", "r", 100, 99.0), ("S", "r", 101, 99.0)], NODES),
    ([("S", "r", 101, 99.0)], NODES),
    ([("S", "r1", 4, 99.0), ("S", "r2", 8, 99.0), ("S", "r3", 5, 99.0), ("S", "r4", 7, 99.0)], NODES),
    ([("S", "r1", 7, 99.0), ("S", "r2", 5, 99.0)], NODES),
    ([("B", "r", 4, 99.0), ("A", "r", 4, 99.0), ("a", "r", 7, 99.0), ("", "r", 5, 99.0)], NODES),
    ([("S", 1, 4, 99.0), ("S", "1", 5, 99.0), ("S", 1.0, 7, 99.0), ("S", None, 7, 99.0)], NODES),
    ([(1, "r", 4, 99.0), (2, "r", 5, 99.0)], NODES),
    ([(("S", 1), "r", 4, 99.0)], NODES),
    ([["S", "r", 4, 99.0], ["S", "r", 5, 98.5]], NODES),
    ([("S", "r", 4.0, 99.0), ("S", "r2", 5.0, 99.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 999, 80.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", "4", 80.0)], NODES),
    ([("S", "r", 23, 80.0), ("S", "r", 4, 99.0)], LOOP),
    ([("S", "r", 30, 80.0)], MISSING_PARENT),
    ([("S", "r", 64, 99.0), ("S", "r2", 63, 99.0), ("S", "r3", 10, 99.0)], CHAIN),
    ([("S", "r", 3, 99.0)], {1: T(1, "no rank", "root"), 2: T(1, "genus", "Salmo"), 3: T(2, "species", None)}),
    ([("S", "r", 3, 99.0), ("S", "r2", 2, 99.0)], {1: T(1, "no rank", "root"), 2: T(1, "genus", "Salmo"), 3: T(2, "species", None)}),
    ([("S", "r", 3, 99.0), ("S", "r2", 3, 99.0), ("S", "r3", 2, 99.0)],
     {1: T(1, "no rank", "root"), 2: T(1, "genus", "Salmo"), 3: T(2, "species", None)}),
    ([("S", "r", "b", 99.0), ("S", "r", "c", 99.0)], {"a": T("a", "root", "A"), "b": T("a", "x", "B"), "c": T("b", "y", "C")}),
    # invalid input
    (None, NODES),
    (BASIC, None),
    ([], None),
    (BASIC, {}),
    ([None], NODES),
    ([("S", "r", 4)], NODES),
    ([("S", "r", 4, 99.0, "extra")], NODES),
    ([("S", "r", 999, 99.0)], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 999, 99.0)], NODES),
    ([("S", "r", "4", 99.0)], NODES),
    ([("S", "r", 23, 99.0)], LOOP),
    ([("S", "r", 4, 99.0), ("S", "r2", 20, 99.0)], LOOP),
    ([("S", "r", 30, 99.0)], MISSING_PARENT),
    ([("S", "r", 65, 99.0)], CHAIN),
    ([("S", "r", 69, 99.0), ("S", "r", 2, 99.0)], CHAIN),
    ([("S", "r", 4, "99.0")], NODES),
    ([("S", "r", 4, 99.0), ("S", "r", 5, "98")], NODES),
    ([("S", "r", 4, None)], NODES),
    ([("S", "r", 4, 99.0)], NODES, None),
    ([("S", "r", 4, 99.0)], NODES, 97.0, None),
    ([], NODES, None, None),
    ([("S", "r", 4, 99.0), (1, "r", 4, 99.0)], NODES),
    ([("S", ["r"], 4, 99.0)], NODES),
    ([("S", "r", 4, 99.0)], {4: T(3, "species", "x"), 3: None}),
    ([("S", "r", 4, 99.0), ("S", "r2", 9, 99.0)], {**NODES, 9: T(1, "class", 9)}),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(assign_reads, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(assign_reads, reference, top_percent=2.0, min_identity=96.5, nodes=NODES, hits=BASIC)


def _random_taxonomy(rng):
    nodes = {1: T(1, "no rank", "root")}
    if rng.random() < 0.15:
        nodes[500] = T(500, "no rank", "other root")
    next_id = 2
    leaves = []
    for _ in range(rng.randint(1, 40)):
        parent = rng.choice(sorted(nodes))
        nodes[next_id] = T(parent, rng.choice(["genus", "species", "family", "clade"]),
                           rng.choice(["Salmo", "Perca", "Esox", "Rana", "Bufo", f"taxon {next_id}"]))
        leaves.append(next_id)
        next_id += 1
    return nodes, leaves


def _random_cases():
    rng = random.Random(5150)
    for index in range(200):
        nodes, taxa = _random_taxonomy(rng)
        hits = []
        for read_number in range(rng.choice([0, 1, 3, 10, 30])):
            sample = rng.choice(["LAKE-1", "LAKE-2", "RIVER-1"])
            for _ in range(rng.randint(1, 5)):
                identity = rng.choice([100.0, 99.5, 99.0, 98.5, 98.0, 97.0, 96.9, 95.0, round(rng.uniform(90, 100), 2)])
                taxid = rng.choice(taxa)
                if rng.random() < 0.03:
                    taxid = 9999
                hits.append((sample, f"r{read_number}", taxid, identity))
        if index % 3 == 0:
            yield hits, nodes, rng.choice([95.0, 97.0, 98.0, 99.0]), rng.choice([0.0, 0.5, 1.0, 2.0, 5.0])
        elif index % 3 == 1:
            yield hits, nodes, rng.choice([0, 97, 97.0, 99.5])
        else:
            yield hits, nodes


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(assign_reads, reference, *case)


def test_sequencing_run() -> None:
    rng = random.Random(88)
    nodes = {1: T(1, "no rank", "root")}
    parent = 1
    for taxid in range(2, 22):
        nodes[taxid] = T(parent, "clade", f"clade {taxid}")
        parent = taxid
    genera = []
    for taxid in range(100, 140):
        nodes[taxid] = T(rng.choice(range(15, 22)), "genus", f"Genus{taxid}")
        genera.append(taxid)
    species = []
    for taxid in range(1000, 1300):
        nodes[taxid] = T(rng.choice(genera), "species", f"Genus {taxid}")
        species.append(taxid)
    hits = []
    for read in range(3000):
        sample = f"S{read % 7}"
        for _ in range(rng.randint(1, 6)):
            hits.append((sample, f"read{read}", rng.choice(species), round(rng.uniform(95, 100), 2)))
    assert_same(assign_reads, reference, hits, nodes)
