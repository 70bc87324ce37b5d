"""Strict equivalence tests for rank_results (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from chiptime.results import rank_results
from strict_support import assert_same

TARGET = "chiptime/results.py:rank_results"


def _format(seconds):
    whole = int(seconds)
    tenths = round((seconds - whole) * 10)
    text = f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{text}.{tenths}" if tenths else text


def reference(entrants, reads):
    latest = {}
    for bib, start, finish in reads:
        if bib not in entrants:
            raise KeyError(f"read for unknown bib {bib}")
        latest[bib] = (start, finish)
    finishers = []
    for bib, (start, finish) in latest.items():
        if finish is None:
            continue
        name, category = entrants[bib]
        finishers.append({"bib": bib, "name": name, "category": category, "net": finish - start})
    for runner in finishers:
        runner["place"] = 1 + sum(1 for other in finishers if other["net"] < runner["net"])
        runner["category_place"] = 1 + sum(
            1 for other in finishers if other["category"] == runner["category"] and other["net"] < runner["net"]
        )
        runner["time"] = _format(runner["net"])
    finishers.sort(key=lambda runner: (runner["place"], runner["bib"]))
    return finishers


E = {1: ("Ana", "W35"), 2: ("Ben", "M40"), 3: ("Cai", "M40"), 4: ("Dee", "W35"), 5: ("Éloïse", "W18"), 6: ("Føy", "M18")}

CASES = [
    ({}, []),
    (E, []),
    (E, [(1, 0, None)]),
    (E, [(1, 0, 100)]),
    (E, [(1, 0, 100), (2, 0, 100), (3, 0, 100)]),
    (E, [(3, 0, 100), (2, 0, 100), (1, 0, 100)]),
    (E, [(1, 0, 100), (2, 0, 100.0), (3, 0, 99.9)]),
    (E, [(1, 10, 100), (2, 0, 95), (3, 5, 95), (4, 0, 90), (5, 0, 91), (6, 0, 89)]),
    (E, [(1, 0, 3725.5), (2, 0.5, 3726), (3, 0, 3600.25)]),
    (E, [(1, 0, 100), (1, 0, None)]),
    (E, [(1, 0, None), (1, 0, 100)]),
    (E, [(1, 0, 100), (1, 0, 50), (1, 10, 50)]),
    (E, [(1, 100, 50), (2, 0, 0)]),
    (E, [(7, 0, 100)]),
    (E, [(1, 0, 100), (7, 0, None)]),
    (E, [("1", 0, 100)]),
    (E, [(1, None, 100)]),
    (E, [(1, None, None), (2, 0, 5)]),
    (E, [(1, 0, "100")]),
    (E, [(1, 0)]),
    ({"A7": ("Al", "M40"), "B2": ("Bo", "M40")}, [("B2", 0, 10), ("A7", 0, 10)]),
    ({1: ("x", "")}, [(1, 0, 0)]),
    ({1: ("x", "W"), 2: ("y", "w")}, [(1, 0, 9), (2, 0, 10)]),
    ({1: ("x", "W", "extra")}, [(1, 0, 9)]),
    ({1: ("Zoë", "W\u0301")}, [(1, 0, 9)]),
    (E, ((1, 0, 100), (2, 0, 50))),
    (E, [[1, 0, 100], [2, 0, 50]]),
    (E, [(1, 0, 86399.9), (2, 0, 86400), (3, 0, 0.05)]),
    ({1: ("a", "c"), 2: ("b", "c")}, [(2, 0, 1e-9), (1, 0, 0)]),
]


def _random():
    rng = random.Random(31)
    cats = ["M18", "M40", "W35", "W50", "Ü60"]
    for n in range(140):
        size = rng.randint(1, 40)
        entrants = {bib: (f"R{bib}", rng.choice(cats[: rng.randint(1, 5)])) for bib in rng.sample(range(1, 500), size)}
        reads = []
        bibs = list(entrants)
        for _ in range(rng.randint(0, size + 5)):
            bib = rng.choice(bibs)
            start = rng.choice([0, rng.randint(0, 600), round(rng.uniform(0, 600), 1)])
            if rng.random() < 0.1:
                finish = None
            else:
                finish = start + rng.choice([rng.randint(100, 130), rng.randint(7000, 20000), round(rng.uniform(100, 130), 1)])
            reads.append((bib, start, finish))
        if n % 17 == 0:
            reads.append((10_000, 0, 1))
        yield entrants, reads


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(rank_results, reference, *case)


def test_full_field() -> None:
    rng = random.Random(9)
    entrants = {bib: (f"R{bib}", rng.choice(["M", "W", "X"])) for bib in range(1, 1500)}
    reads = [(bib, rng.randint(0, 300), rng.randint(8000, 9000)) for bib in entrants]
    rng.shuffle(reads)
    assert_same(rank_results, reference, entrants, reads)


def test_iterator_of_reads() -> None:
    reads = [(1, 0, 100), (2, 0, 90), (3, 0, 100)]
    assert rank_results(E, iter(reads)) == reference(E, iter(reads))
