"""Strict equivalence tests for species_summary (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from ringlog.summary import Capture, SpeciesSummary, species_summary
from strict_support import assert_same

TARGET = "ringlog/summary.py:species_summary"


def _mean(values):
    return round(sum(values) / len(values), 1) if values else None


def reference(captures):
    for capture in captures:
        if capture.kind not in ("N", "R"):
            raise ValueError(f"capture of ring {capture.ring} has unknown kind {capture.kind!r}")
    species_seen = []
    for capture in captures:
        if capture.species not in species_seen:
            species_seen.append(capture.species)
    summaries = []
    for species in species_seen:
        total = [capture.species for capture in captures].count(species)
        new = sum(1 for capture in captures if capture.species == species and capture.kind == "N")
        rings = {capture.ring for capture in captures if capture.species == species}
        dates = [capture.date for capture in captures if capture.species == species]
        wings = [capture.wing for capture in captures if capture.species == species and capture.wing is not None]
        masses = [capture.mass for capture in captures if capture.species == species and capture.mass is not None]
        summaries.append(SpeciesSummary(species, total, new, total - new, len(rings), min(dates), max(dates),
                                        _mean(wings), _mean(masses)))
    summaries.sort(key=lambda summary: (-summary.captures, summary.species))
    return summaries


C = Capture
LOG = [
    C("2023-05-02", "Robin", "A1", "N", 72, 17.5),
    C("2023-04-30", "Wren", "A2", "N", 48, None),
    C("2023-05-10", "Robin", "A1", "R", 73, 18.0),
    C("2023-05-01", "Robin", "A3", "N", None, 16.0),
    C("2023-06-01", "Wren", "A2", "R", 49, 9.1),
]

CASES = [
    [],
    (),
    [C("2023-01-01", "Jay", "B1", "N")],
    [C("2023-01-01", "Jay", "B1", "R")],
    [C("2023-01-01", "Jay", "B1", "X")],
    [C("2023-01-01", "Jay", "B1", "n")],
    [C("2023-01-01", "Jay", "B1", "")],
    LOG,
    LOG[::-1],
    tuple(LOG),
    LOG + [C("2023-01-01", "Jay", "B1", "N"), C("2023-01-01", "Jay", "B1", "NR")],
    LOG + LOG,
    [C("2023-01-01", n, f"R{i}", "N") for i, n in enumerate(["Wren", "Jay", "Wren", "Coal Tit", "Jay"])],
    [C("2023-01-01", n, "R", "N") for n in ["b", "B", "a", "A", "é", "e", "É", "ß", "ss", "Ω"]],
    [C("2023-01-01", n, "R", "N") for n in ["Robin", "robin", "Robin ", " Robin", "ROBIN"]],
    [C("2023-01-01", "Jay", "B1", "N", 0, 0.0), C("2023-01-02", "Jay", "B2", "N", None, None)],
    [C("2023-01-01", "Jay", "B1", "N", 0.1, 0.7), C("2023-01-02", "Jay", "B2", "N", 0.2, 0.1), C("2023-01-03", "Jay", "B3", "N", 0.3, 0.2)],
    [C("2023-01-01", "Jay", "B1", "N", 0.3, 0.2), C("2023-01-02", "Jay", "B2", "N", 0.2, 0.1), C("2023-01-03", "Jay", "B3", "N", 0.1, 0.7)],
    [C("d", "Jay", "B1", "N", 1e16, 1), C("d", "Jay", "B2", "N", 1.0, 1), C("d", "Jay", "B3", "N", -1e16, 1)],
    [C("d", "Jay", "B1", "N", -1e16, 1), C("d", "Jay", "B2", "N", 1e16, 1), C("d", "Jay", "B3", "N", 1.0, 1)],
    [C("d", "Jay", "B1", "N", 72, 3), C("d", "Jay", "B1", "N", 73, 4)],
    [C("d", "Jay", "B1", "N", 0.25, 0.35), C("d", "Jay", "B1", "R", 0.25, 0.35)],
    [C("d", "Jay", "B1", "N", 0.05), C("d", "Jay", "B1", "R", 0.1)],
    [C("2023-5-1", "Jay", "1", "N"), C("2023-05-02", "Jay", "2", "N"), C("2023-10-01", "Jay", "3", "R"), C("", "Jay", "4", "N")],
    [C("2023-01-01", "Jay", "B1", "R"), C("2023-01-01", "Jay", "B1", "R"), C("2023-01-01", "Jay", None, "N")],
    [C("2023-01-01", 3, "B1", "N"), C("2023-01-01", 1, "B2", "N"), C("2023-01-01", 2, "B2", "N")],
    [C("2023-01-01", 1, "B1", "N"), C("2023-01-01", "1", "B2", "N")],
    [C("2023-01-01", 1, "B1", "N"), C("2023-01-01", "1", "B2", "N"), C("2023-01-01", "1", "B2", "N")],
    [C("2023-01-01", 1, "B1", "N"), C("2023-01-01", 1.0, "B2", "N"), C("2023-01-01", True, "B3", "N")],
    [C("2023-01-01", "Jay", "B1", "N"), C(None, "Jay", "B2", "N")],
    [C("2023-01-01", "Jay", "B1", "N"), C("2023-01-01", "Wren", "B2", "Q"), C("2023-01-01", "Jay", "B3", "N", "x")],
    [C("2023-01-01", "Jay", "B1", "N", "72")],
    [C("2023-01-01", "Jay", "B1", "N", 72), C("2023-01-01", "Jay", "B1", "N", "72")],
    [C("2023-01-01", "Jay", "B1", "N"), None],
    [None],
]


def _random():
    rng = random.Random(1973)
    names = ["Robin", "Wren", "Jay", "Blackcap", "Chiffchaff", "Goldcrest", "Coal Tit", "coal tit", "Grauschnäpper", "Ω-bird"]
    for _ in range(150):
        log = []
        pool = rng.sample(names, rng.randint(1, len(names)))
        for _ in range(rng.randint(0, 40)):
            species = rng.choice(pool)
            log.append(C(f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", species, f"X{rng.randint(0, 30)}",
                         rng.choice("NNNR"),
                         rng.choice([None, rng.randint(40, 130), round(rng.uniform(40, 130), 1), rng.uniform(0, 1)]),
                         rng.choice([None, round(rng.uniform(5, 90), 1), rng.uniform(5, 90), rng.randint(5, 90)])))
        if rng.random() < 0.04 and log:
            log.insert(rng.randrange(len(log)), C("2023-01-01", "Robin", "Z", "?"))
        yield log


@pytest.mark.parametrize("captures", CASES + list(_random()))
def test_same_as_reference(captures) -> None:
    assert_same(species_summary, reference, captures)


def test_big_season() -> None:
    rng = random.Random(4)
    species = [f"Species {n:03d}" for n in range(120)]
    log = [C(f"2023-{rng.randint(3, 10):02d}-{rng.randint(1, 28):02d}", rng.choice(species[: rng.randint(1, 120)]),
             f"R{rng.randint(0, 3000)}", rng.choice("NR"), rng.uniform(40, 130), rng.choice([None, rng.uniform(5, 90)]))
           for _ in range(3000)]
    assert_same(species_summary, reference, log)


def test_types() -> None:
    out = species_summary(LOG)
    assert type(out) is list and all(type(row) is SpeciesSummary for row in out)
    assert type(out[0].mean_wing) is float


def test_log_not_modified() -> None:
    log = list(LOG)
    species_summary(log)
    assert log == LOG
