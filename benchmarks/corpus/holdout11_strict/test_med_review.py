"""Strict equivalence tests for interaction_report (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from rxcheck.interactions import interaction_report
from strict_support import assert_same

TARGET = "rxcheck/interactions.py:interaction_report"

_RANK = {"contraindicated": 0, "major": 1, "moderate": 2, "minor": 3}
_DOSE = re.compile(r"\s+\d.*$")


def _normalise(name):
    return _DOSE.sub("", name.strip()).lower()


def reference(residents, interactions):
    report = {}
    for resident, medicines in residents.items():
        names = [_normalise(medicine) for medicine in medicines]
        found = []
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                for a, b, severity in interactions:
                    if (names[i] == a.lower() and names[j] == b.lower()) or (names[i] == b.lower() and names[j] == a.lower()):
                        found.append((medicines[i], medicines[j], severity))
                        break
        if found:
            found.sort(key=lambda pair: _RANK[pair[2]])
            report[resident] = found
    return report


T = [("warfarin", "aspirin", "major"), ("Simvastatin", "clarithromycin", "contraindicated"), ("omeprazole", "clopidogrel", "moderate"), ("aspirin", "ibuprofen", "minor")]

CASES = [
    ({}, T),
    ({}, []),
    ({"r": []}, T),
    ({"r": ["aspirin"]}, T),
    ({"r": ["aspirin", "warfarin"]}, []),
    ({"r": ["aspirin", "warfarin"]}, T),
    ({"r": ["Warfarin 5 mg", "ASPIRIN 75mg"]}, T),
    ({"r": ["warfarin", "aspirin", "ibuprofen"]}, T),
    ({"r": ["ibuprofen", "aspirin", "warfarin"]}, T),
    ({"r": ["aspirin", "aspirin"]}, T),
    ({"r": ["aspirin", "aspirin"]}, [("aspirin", "aspirin", "minor")]),
    ({"r": ["aspirin"]}, [("aspirin", "aspirin", "minor")]),
    ({"r": ["aspirin", "warfarin", "aspirin 300 mg"]}, T),
    ({"r": ["a", "b"]}, [("a", "b", "minor"), ("B", "A", "major")]),
    ({"r": ["a", "b"]}, [("B", "A", "major"), ("a", "b", "minor")]),
    ({"r": ["a", "b"]}, [("a", "c", "minor"), ("b", "a", "moderate"), ("a", "b", "major")]),
    ({"r": ["a", "b"]}, [("a", "b", "serious")]),
    ({"r": ["a", "c"], "s": ["a", "b"]}, [("a", "b", "serious")]),
    ({"r": ["a", "b"]}, [("a", "b", "MAJOR")]),
    ({"r": ["a", "b"]}, [("a ", "b", "major")]),
    ({"r": [" a ", "b\n"]}, [("a", "b", "major")]),
    ({"r": ["a 5", "b 10 mg"]}, [("a", "b", "major")]),
    ({"r": ["vitamin b12", "b"]}, [("vitamin b12", "b", "major"), ("vitamin b", "b", "minor")]),
    ({"r": ["", "x"]}, [("", "x", "major")]),
    ({"r": ["", ""]}, [("", "", "major")]),
    ({"r": ["Ärzneimittel", "straße"]}, [("ärzneimittel", "STRASSE", "major"), ("ÄRZNEIMITTEL", "straße", "minor")]),
    ({"r": ["İbuprofen", "aspirin"]}, T),
    ({"r": ["ΣΙΣ", "aspirin"]}, [("σισ", "aspirin", "major"), ("σις", "aspirin", "minor")]),
    ({"r": ["aspirin", None]}, T),
    ({"r": ["aspirin", 5]}, T),
    ({"r": ("warfarin", "aspirin")}, T),
    ({"r": ["warfarin", "aspirin"]}, tuple(T)),
    ({"r": ["warfarin", "aspirin"]}, [["warfarin", "aspirin", "major"]]),
    ({"r1": ["warfarin", "aspirin"], "r2": ["simvastatin", "clarithromycin", "omeprazole", "clopidogrel"], "r3": ["paracetamol"]}, T),
    ({1: ["warfarin", "aspirin"], (2, 3): ["aspirin", "ibuprofen"]}, T),
]


def _random():
    rng = random.Random(606)
    drugs = ["warf", "asp", "ibu", "sim", "clar", "ome", "clop", "met", "ami", "dig", "Lith", "Tram"]
    severities = list(_RANK)
    for n in range(130):
        table = []
        for _ in range(rng.randint(0, 25)):
            a, b = rng.choice(drugs), rng.choice(drugs)
            if rng.random() < 0.3:
                a = a.upper()
            table.append((a, b, rng.choice(severities)))
        if n % 19 == 5:
            table.append((rng.choice(drugs), rng.choice(drugs), "severe"))
        residents = {}
        for r in range(rng.randint(0, 5)):
            chart = []
            for _ in range(rng.randint(0, 9)):
                name = rng.choice(drugs)
                if rng.random() < 0.4:
                    name = name.capitalize() + f" {rng.choice([5, 10, 250])} mg"
                if rng.random() < 0.1:
                    name = " " + name + " "
                chart.append(name)
            residents[f"r{r}"] = chart
        yield residents, table


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(interaction_report, reference, *case)


def test_big_care_home() -> None:
    rng = random.Random(12)
    drugs = [f"drug{n}" for n in range(80)]
    table = [(rng.choice(drugs), rng.choice(drugs), rng.choice(list(_RANK))) for _ in range(300)]
    residents = {f"r{n}": [rng.choice(drugs) + rng.choice(["", " 5 mg", " 20mg"]) for _ in range(rng.randint(2, 12))] for n in range(60)}
    assert_same(interaction_report, reference, residents, table)
