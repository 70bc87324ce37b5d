"""Strict equivalence tests for clash_counts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from timetable.clashes import clash_counts

TARGET = "timetable/clashes.py:clash_counts"


def reference(enrolments):
    courses = []
    for student, codes in enrolments.items():
        for code in codes:
            if code not in courses:
                courses.append(code)
    courses.sort()
    rosters = {code: [] for code in courses}
    for student, codes in enrolments.items():
        for code in codes:
            if student not in rosters[code]:
                rosters[code].append(student)
    clashes = []
    for position, first in enumerate(courses):
        for second in courses[position + 1:]:
            shared = [student for student in rosters[first] if student in rosters[second]]
            if shared:
                clashes.append((first, second, len(shared)))
    clashes.sort(key=lambda clash: (-clash[2], clash[0], clash[1]))
    return clashes


CASES = [
    {},
    {"s1": []},
    {"s1": ["A"]},
    {"s1": ["A", "A"]},
    {"s1": ["A", "B"]},
    {"s1": ["B", "A"]},
    {"s1": ["A", "B", "A", "B"]},
    {"s1": ["A", "B"], "s2": ["B", "A"]},
    {"s1": ["A", "B", "C"], "s2": ["C", "B"], "s3": ["A"]},
    {"s1": ["C", "D"], "s2": ["A", "B"]},
    {"s1": ["math", "MATH", "Math"]},
    {"s1": ["ÉCON", "ECON", "econ"], "s2": ["ECON", "ÉCON"]},
    {"s1": ["A1", "A10", "A2"], "s2": ["A10", "A2"]},
    {"s1": ["", "A"], "s2": [""]},
    {"s1": "ABC", "s2": "CA"},
    {"s1": ("X", "Y"), "s2": ["Y", "Z"]},
    {1: ["A", "B"], 2: ["A", "B"], "1": ["A"]},
    {"s1": [3, 1, 2], "s2": [2, 3]},
    {"s1": [1, 2], "s2": [1.0, 2.0, True]},
    {"s1": [2.0, 1.0], "s2": [1, 2]},
    {"s1": ["A", 1]},
    {"s1": ["A"], "s2": [1]},
    {"s1": None},
    {"s1": ["A", ["B"]]},
    {"s1": [("CS", 1), ("CS", 2)], "s2": [("CS", 2), ("CS", 1)]},
    {"trailing ": ["A ", "A"], "s2": ["A", "A\n"]},
]


def _random():
    rng = random.Random(2718)
    for _ in range(150):
        pool = [f"C{n}" for n in rng.sample(range(30), rng.randint(1, 12))]
        enrolments = {}
        for number in range(rng.randint(0, 15)):
            enrolments[f"s{number}"] = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        yield enrolments


@pytest.mark.parametrize("enrolments", CASES + list(_random()))
def test_same_as_reference(enrolments) -> None:
    assert_same(clash_counts, reference, enrolments)


def test_keyword_argument() -> None:
    assert_same(clash_counts, reference, enrolments={"a": ["X", "Y"], "b": ["Y", "X", "Z"]})


def test_result_types() -> None:
    result = clash_counts({"s1": ["A", "B"]})
    assert type(result) is list and type(result[0]) is tuple
    assert result == [("A", "B", 1)]


def test_first_seen_spelling_is_kept() -> None:
    result = clash_counts({"s1": [1.0, 2], "s2": [1, 2.0]})
    assert result == reference({"s1": [1.0, 2], "s2": [1, 2.0]})
    assert [tuple(type(v) for v in row) for row in result] == [(float, int, int)]


def test_input_not_mutated() -> None:
    enrolments = {"s2": ["B", "A", "B"], "s1": ["C", "A"]}
    clash_counts(enrolments)
    assert enrolments == {"s2": ["B", "A", "B"], "s1": ["C", "A"]}
    assert list(enrolments) == ["s2", "s1"]


def test_a_faculty() -> None:
    rng = random.Random(31)
    courses = [f"{d}{n}" for d in ("MATH", "PHYS", "HIST", "LAW") for n in range(100, 112)]
    enrolments = {f"u{n:04d}": rng.sample(courses, rng.randint(1, 6)) + ([rng.choice(courses)] if rng.random() < 0.1 else []) for n in range(600)}
    assert_same(clash_counts, reference, enrolments)
