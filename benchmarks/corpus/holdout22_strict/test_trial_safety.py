"""Strict equivalence tests for incidence_table (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from aetable.records import AdverseEvent, Subject
from aetable.tables import incidence_table
from strict_support import assert_same

TARGET = "aetable/tables.py:incidence_table"


# --- verbatim copy of the original implementation and its helpers -------------------------

def subject_arm(subject_id, subjects):
    for subject in subjects:
        if subject.subject_id == subject_id:
            return subject.arm if subject.safety_population else None
    return None


def _percent(count, total):
    return round(100 * count / total, 1) if total else None


def reference(subjects, events, min_grade=1):
    arms = sorted({subject.arm for subject in subjects if subject.safety_population})
    population = {arm: 0 for arm in arms}
    counted = []
    for subject in subjects:
        if subject.safety_population and subject.subject_id not in counted:
            counted.append(subject.subject_id)
            population[subject.arm] += 1
    total_population = sum(population.values())

    cells = {}
    for event in events:
        if event.grade < min_grade:
            continue
        arm = subject_arm(event.subject_id, subjects)
        if arm is None:
            continue
        for key in ((event.soc, "ANY"), (event.soc, event.term)):
            row = cells.setdefault(key, {})
            for column in (arm, "total"):
                cell = row.setdefault(column, {"subjects": [], "events": 0, "worst": 0})
                if event.subject_id not in cell["subjects"]:
                    cell["subjects"].append(event.subject_id)
                cell["events"] += 1
                cell["worst"] = max(cell["worst"], event.grade)

    def summary(row, column, denominator):
        cell = row.get(column, {"subjects": [], "events": 0, "worst": 0})
        return {"n": len(cell["subjects"]), "pct": _percent(len(cell["subjects"]), denominator),
                "events": cell["events"], "worst": cell["worst"]}

    rows = []
    for soc in sorted({soc for soc, _ in cells}):
        terms = [term for class_, term in cells if class_ == soc and term != "ANY"]
        terms.sort(key=lambda term: (-len(cells[(soc, term)]["total"]["subjects"]), term))
        for term in ["ANY"] + terms:
            row = cells[(soc, term)]
            entry = {"soc": soc, "term": term}
            entry.update({arm: summary(row, arm, population[arm]) for arm in arms})
            entry["total"] = summary(row, "total", total_population)
            rows.append(entry)
    return rows


# --- cases -------------------------------------------------------------------------------

S, E = Subject, AdverseEvent


@dataclass
class Record:  # a look-alike from the EDC's second export format
    subject_id: object
    soc: object
    term: object
    grade: object
    serious: object = False


def ae(subject, soc="GI", term="Nausea", grade=1, serious=False):
    return E(subject, soc, term, grade, serious)


SUBJECTS = [S("001", "Placebo"), S("002", "Drug 10 mg"), S("003", "Drug 10 mg"), S("004", "Placebo", False),
            S("005", "Drug 20 mg"), S("006", "Placebo")]
EVENTS = [ae("001", "GI", "Nausea", 1), ae("002", "GI", "Diarrhoea", 2), ae("003", "GI", "Diarrhoea", 3),
          ae("002", "GI", "Diarrhoea", 1), ae("001", "Nervous", "Headache", 2), ae("004", "Nervous", "Headache", 4),
          ae("999", "GI", "Nausea", 5), ae("005", "Cardiac", "Palpitations", 3, True), ae("006", "GI", "Nausea", 2),
          ae("005", "GI", "Vomiting", 1), ae("006", "GI", "Vomiting", 1)]

CASES = [
    ([], []),
    (SUBJECTS, []),
    ([], EVENTS),
    (SUBJECTS, EVENTS),
    (SUBJECTS, EVENTS, 1),
    (SUBJECTS, EVENTS, 2),
    (SUBJECTS, EVENTS, 3),
    (SUBJECTS, EVENTS, 5),
    (SUBJECTS, EVENTS, 6),
    (SUBJECTS, EVENTS, 0),
    (SUBJECTS, EVENTS, -3),
    (SUBJECTS, EVENTS, 2.5),
    (SUBJECTS, EVENTS, True),
    (list(reversed(SUBJECTS)), list(reversed(EVENTS))),
    (tuple(SUBJECTS), tuple(EVENTS)),
    (SUBJECTS + SUBJECTS, EVENTS + EVENTS),
    (SUBJECTS, [ae("001")] * 5),
    (SUBJECTS, [ae("001", grade=g) for g in (3, 1, 4, 2)]),
    (SUBJECTS, [ae("001", grade=-1), ae("002", grade=0)], -5),
    (SUBJECTS, [ae("001", grade=2.5), ae("002", grade=True), ae("003", grade=False)], 0),
    ([S("1", "A", False), S("1", "B", True)], [ae("1")]),
    ([S("1", "A", True), S("1", "B", True)], [ae("1")]),
    ([S("1", "A", True), S("1", "B", False)], [ae("1")]),
    ([S("1", "B", True), S("2", "A", True), S("1", "A", True)], [ae("1"), ae("2", term="Rash")]),
    ([S(1, "A"), S("1", "B")], [ae(1), ae("1"), ae(1.0), ae(True)]),
    ([S(None, "A"), S("", "B")], [ae(None), ae("")]),
    ([S("1", "A", 1), S("2", "B", "yes"), S("3", "C", 0), S("4", "D", None), S("5", "E", "")], [ae(str(n)) for n in range(1, 6)]),
    ([S("1", "total"), S("2", "A")], [ae("1"), ae("2")]),
    ([S("1", "term"), S("2", "soc")], [ae("1"), ae("2", term="Rash")]),
    ([S("1", "A"), S("2", "B")], [ae("1", term="ANY"), ae("2", term="ANY"), ae("2", term="Rash")]),
    ([S("1", "A"), S("2", "B")], [ae("1", soc="", term=""), ae("2", soc="", term="x")]),
    ([S("1", "A"), S("2", "B")], [ae("1", soc="ANY", term="ANY")]),
    ([S("1", "A"), S("2", "a"), S("3", "Ä"), S("4", "B")], [ae("1"), ae("2"), ae("3"), ae("4")]),
    ([S("1", "A"), S("2", "A"), S("3", "B")], [ae("1", term="b"), ae("2", term="a"), ae("3", term="c"), ae("3", term="B")]),
    ([S("1", "A"), S("2", "A"), S("3", "B")], [ae("1", term="z"), ae("2", term="z"), ae("3", term="a"), ae("1", term="a")]),
    ([S("1", "A"), S("2", "A"), S("3", "B")], [ae("1", soc="Ö"), ae("2", soc="O"), ae("3", soc="o"), ae("1", soc="É")]),
    ([S(str(n), "A") for n in range(3)] + [S("x", "B")], [ae("0"), ae("x"), ae("x", grade=2)]),
    ([S(str(n), "A") for n in range(7)], [ae(str(n)) for n in range(1)]),
    ([S(str(n), "A") for n in range(2000)], [ae("0")]),
    ([S(str(n), "A") for n in range(8)] + [S("b", "B")], [ae(str(n)) for n in range(1)] + [ae("b")]),
    ([S("1", "A"), S("2", "A")], [Record("1", "GI", "Nausea", 2), Record("2", "GI", "Nausea", 1)]),
    ([S("1", ("A", 1)), S("2", ("A", 0))], [ae("1"), ae("2")]),
    ([S("1", 2), S("2", 1)], [ae("1"), ae("2")]),
    ([S("1", "A")], [ae("1", soc=("GI",)), ae("1", soc=("GI",), term="b")]),
    # invalid input
    (None, []),
    ([], None),
    (SUBJECTS, None),
    (None, EVENTS),
    ([None], []),
    ([S("1", "A"), None], [ae("1")]),
    ([S("1", "A"), None], [ae("2")]),
    (SUBJECTS, [None]),
    (SUBJECTS, EVENTS, None),
    (SUBJECTS, [], None),
    (SUBJECTS, EVENTS, "1"),
    (SUBJECTS, [ae("001", grade=None)]),
    (SUBJECTS, [ae("001", grade="3")]),
    ([S("1", "A"), S("2", None)], [ae("1")]),
    ([S("1", "A"), S("2", 3)], [ae("1")]),
    ([S("1", "A"), S("2", "B")], [ae("1", soc=None), ae("2", soc="GI")]),
    ([S("1", "A"), S("2", "B")], [ae("1", term=None), ae("2", term="x")]),
    ([S("1", "A"), S("2", "B")], [ae("1", term=None), ae("2", term=None)]),
    ([S("1", "A"), S("2", "B")], [ae("1", term=3), ae("2", term="x"), ae("2", term="y")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(incidence_table, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(incidence_table, reference, min_grade=2, events=EVENTS, subjects=SUBJECTS)


SOCS = {"GI": ["Nausea", "Diarrhoea", "Vomiting"], "Nervous": ["Headache", "Dizziness"], "Skin": ["Rash", "Pruritus", "ANY"],
        "Cardiac": ["Palpitations"], "": [""]}


def _random_cases():
    rng = random.Random(2718)
    for index in range(200):
        arms = rng.sample(["Placebo", "Drug 10 mg", "Drug 20 mg", "Open label", "total"] if index % 10 == 0
                          else ["Placebo", "Drug 10 mg", "Drug 20 mg", "Open label"], rng.randint(1, 4))
        subjects = [S(f"S{rng.randint(0, 40):02d}" if rng.random() < 0.1 else f"S{n:02d}", rng.choice(arms), rng.random() > 0.1)
                    for n in range(rng.choice([0, 1, 3, 10, 25]))]
        ids = [subject.subject_id for subject in subjects] + ["S99"]
        events = []
        for _ in range(rng.choice([0, 1, 5, 20, 60])):
            soc = rng.choice(sorted(SOCS))
            events.append(E(rng.choice(ids), soc, rng.choice(SOCS[soc]), rng.choices([1, 2, 3, 4, 5], [50, 25, 15, 7, 3])[0],
                            rng.random() < 0.1))
        yield (subjects, events) if index % 3 else (subjects, events, rng.choice([0, 1, 2, 3, 5]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(incidence_table, reference, *case)


def test_interim_report() -> None:
    rng = random.Random(31)
    subjects = [S(f"{n:04d}", rng.choice(["Placebo", "Low", "High"]), rng.random() > 0.05) for n in range(600)]
    events = []
    for _ in range(5000):
        soc = rng.choice(sorted(SOCS))
        events.append(E(f"{rng.randint(0, 620):04d}", soc, rng.choice(SOCS[soc]), rng.randint(1, 5)))
    assert_same(incidence_table, reference, subjects, events)
    assert_same(incidence_table, reference, subjects, events, 3)
