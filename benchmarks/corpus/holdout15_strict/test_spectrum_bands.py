"""Strict equivalence tests for label_emissions (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from spectrum.bandplan import Band
from spectrum.survey import label_emissions

TARGET = "spectrum/survey.py:label_emissions"


def checked_plan(bands):
    ordered = sorted(bands, key=lambda band: band.start_khz)
    for band in ordered:
        if band.stop_khz < band.start_khz:
            raise ValueError(f"band {band.service!r} stops before it starts")
    for previous, band in zip(ordered, ordered[1:]):
        if band.start_khz < previous.stop_khz:
            raise ValueError(f"bands {previous.service!r} and {band.service!r} overlap")
    return ordered


def reference(emissions, plan, licensed=()):
    bands = checked_plan(plan)
    licences = list(licensed)
    labels = []
    counts = {band.service: 0 for band in bands}
    counts["unallocated"] = 0
    findings = []
    for emission in emissions:
        frequency = emission["freq_khz"]
        found = None
        for band in bands:
            if band.start_khz <= frequency < band.stop_khz:
                found = band
                break
        if found is None:
            labels.append((emission["id"], "unallocated"))
            counts["unallocated"] += 1
            findings.append((emission["id"], "unallocated frequency"))
            continue
        labels.append((emission["id"], found.service))
        counts[found.service] += 1
        if found.licence_required and (emission["callsign"], found.service) not in licences:
            findings.append((emission["id"], "unlicensed " + found.service))
    return {"labels": labels, "counts": counts, "findings": findings}


def em(eid, freq, callsign=None, **extra):
    return {"id": eid, "freq_khz": freq, "callsign": callsign, **extra}


PLAN = [Band(87500, 108000, "FM"), Band(144000, 146000, "2m"), Band(433050, 434790, "ISM", False), Band(146000, 148000, "PMR")]
LIC = [("G4ABC", "2m"), ("RADIO1", "FM")]
EMS = [em(1, 87500), em(2, 108000), em(3, 145999.5, "G4ABC"), em(4, 146000, "G4ABC"), em(5, 433920), em(6, 1), em(7, 99000, "RADIO1")]

CASES = [
    ([], []),
    ([], PLAN),
    ([], PLAN, LIC),
    (EMS, []),
    (EMS, PLAN),
    (EMS, PLAN, LIC),
    (EMS, list(reversed(PLAN)), LIC),
    (EMS, tuple(PLAN), tuple(LIC)),
    (EMS, PLAN, set(LIC)),
    (EMS, PLAN, frozenset(LIC)),
    (EMS, PLAN, {("G4ABC", "2m"): "2025-12-31"}),
    (EMS, PLAN, [["G4ABC", "2m"], ["RADIO1", "FM"]]),
    (EMS, PLAN, [("G4ABC", "2m"), ["RADIO1", "FM"]]),
    (EMS, PLAN, "G4ABC"),
    (EMS, PLAN, [("G4ABC", "2m", "extra")]),
    (EMS, PLAN, [("g4abc", "2m")]),
    (list(reversed(EMS)), PLAN, LIC),
    (EMS * 3, PLAN, LIC),
    ([em(1, 144000, None)], PLAN, [(None, "2m")]),
    ([em(1, 144000, None)], PLAN, LIC),
    ([em(1, 144000, "")], PLAN, [("", "2m")]),
    ([em(1, 143999), em(2, 143999.999), em(3, 148000), em(4, 147999)], PLAN),
    ([em(1, -5), em(2, 0), em(3, 10 ** 12)], PLAN),
    ([em(1, 0)], [Band(0, 10, "low"), Band(-10, 0, "neg")]),
    ([em(1, -1), em(2, -10)], [Band(0, 10, "low"), Band(-10, 0, "neg")]),
    ([em(1, float("nan"))], PLAN),
    ([em(1, float("inf")), em(2, float("-inf"))], PLAN),
    ([em(1, float("inf"))], [Band(0, float("inf"), "all")]),
    ([em(1, True), em(2, False)], [Band(0, 1, "bit")]),
    ([em(1, None)], PLAN),
    ([em(1, None)], []),
    ([em(1, "100000")], PLAN),
    ([em(1, "100000")], []),
    ([em(1, 100)], [Band(100, 100, "empty")]),
    ([em(1, 100), em(2, 150)], [Band(100, 100, "empty"), Band(100, 200, "real")]),
    ([em(1, 100)], [Band(100, 200, "real"), Band(100, 100, "empty")]),
    ([em(1, 100)], [Band(50, 100, "a"), Band(100, 100, "z"), Band(100, 100, "y")]),
    ([em(1, 100)], [Band(50, 100, "a"), Band(100, 100, "z"), Band(100, 150, "y")]),
    ([em(1, 60)], [Band(50, 100, "a"), Band(60, 60, "z")]),
    ([em(1, 100)], [Band(200, 100, "inverted")]),
    ([], [Band(200, 100, "inverted")]),
    ([em(1, 100)], [Band(0, 150, "a"), Band(100, 200, "b")]),
    ([em(1, 100)], [Band(100, 200, "b"), Band(0, 150, "a")]),
    ([em(1, 100)], [Band(0, 150, "a"), Band(150, 200, "b"), Band(140, 145, "c")]),
    ([em(1, 100)], [Band(0, 100, "a"), Band(100, 200, "a")]),
    ([em(1, 50), em(2, 150), em(3, 250)], [Band(0, 100, "dup"), Band(200, 300, "dup"), Band(100, 200, "other")]),
    ([em(1, 50), em(2, 150)], [Band(0, 100, "unallocated"), Band(100, 200, "x")]),
    ([em(1, 50), em(2, 500)], [Band(0, 100, "unallocated"), Band(100, 200, "x")]),
    ([em(1, 50.5)], [Band(0.5, 50.5, "a"), Band(50.5, 100.25, "b")]),
    ([em(1, 50)], [Band(0, 100.0, "a", 0), Band(100, 200, "b", "no"), Band(200, 300, "c", None)]),
    ([em(1, 150), em(2, 250)], [Band(0, 100.0, "a", 0), Band(100, 200, "b", "no"), Band(200, 300, "c", None)]),
    ([em(1, 150, "X")], [Band(0, 100, "a"), Band(100, 200, "b")], [("X", "a"), ("X", "b")]),
    ([em(1, 150, "X")], [Band(0, 100, 1), Band(100, 200, 2)], [("X", 2.0)]),
    ([em(1, 150, "X")], [Band(0, 100, "a"), Band(100, 200, None)], [("X", None)]),
    ([em(1, 150, "X")], [Band(0, 100, "a"), Band(100, 200, None)]),
    ([em(1, 150, "Ü-Funk")], [Band(100, 200, "Rundfunk ü")], [("Ü-Funk", "Rundfunk ü")]),
    ([{"id": 1, "freq_khz": 150}], [Band(100, 200, "b")]),
    ([{"id": 1, "freq_khz": 150}], [Band(100, 200, "b", False)]),
    ([{"id": 1, "freq_khz": 250}], [Band(100, 200, "b")]),
    ([{"freq_khz": 150, "callsign": "X"}], [Band(100, 200, "b")]),
    ([{"id": 1, "callsign": "X"}], [Band(100, 200, "b")]),
    ([em(None, 150), em((1, 2), 250)], [Band(100, 200, "b")]),
    ([em(1, 150, ["X"])], [Band(100, 200, "b")], [(["X"], "b")]),
    ([em(1, 150, "X", bandwidth_khz=12.5, note="spurious")], [Band(100, 200, "b")], [("X", "b")]),
    ([em(i, 100 + i * 7, f"C{i % 3}") for i in range(40)], [Band(100 + 20 * k, 110 + 20 * k, f"s{k}", k % 2 == 0) for k in range(14)],
     [(f"C{i}", f"s{k}") for i in range(2) for k in range(0, 14, 3)]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(label_emissions, reference, *case)


def _random_cases():
    rng = random.Random(5555)
    for index in range(130):
        plan, start = [], rng.randint(-20, 20)
        for number in range(rng.randint(0, 12)):
            width = rng.choice([0, 1, 5, 10, 30])
            start += rng.choice([0, 0, 1, 4])
            plan.append(Band(start, start + width, f"svc{number % 9}", rng.random() < 0.7))
            start += width
        if index % 19 == 0 and plan:
            victim = rng.choice(plan)
            plan.append(Band(victim.start_khz, victim.stop_khz + 1, "clash"))
        rng.shuffle(plan)
        callsigns = ["A", "B", "C", None]
        licensed = [(rng.choice(callsigns), f"svc{rng.randrange(9)}") for _ in range(rng.randint(0, 6))]
        emissions = [em(f"e{n}", rng.choice([rng.randint(-25, start + 5), rng.uniform(-25, start + 5)]) if index % 4 == 0
                        else rng.randint(-25, start + 5), rng.choice(callsigns)) for n in range(rng.randint(0, 25))]
        yield emissions, plan, rng.choice([licensed, set(licensed), tuple(licensed)])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(label_emissions, reference, *case)


def test_large_sweep() -> None:
    rng = random.Random(2)
    plan, start = [], 0
    for number in range(200):
        width = rng.choice([3, 10, 50])
        plan.append(Band(start, start + width, f"s{number}", rng.random() < 0.8))
        start += width + rng.choice([0, 0, 2])
    rng.shuffle(plan)
    licensed = {(f"C{rng.randrange(20)}", f"s{rng.randrange(200)}") for _ in range(150)}
    emissions = [em(n, rng.randint(-5, start + 5), f"C{rng.randrange(25)}") for n in range(800)]
    assert_same(label_emissions, reference, emissions, plan, licensed)
