"""Strict equivalence tests for allocate_awards (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from bursary.allocate import AllocationResult, Award, allocate_awards
from bursary.applicants import Applicant
from bursary.funds import Criteria, Fund

TARGET = "bursary/allocate.py:allocate_awards"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_ranking_key(applicant):
    return (applicant.need_rank, -applicant.gpa, applicant.student_id)


def _ref_eligible(applicant, criteria):
    if applicant.gpa < criteria.min_gpa:
        return False
    if criteria.max_household_income is not None and applicant.household_income > criteria.max_household_income:
        return False
    if criteria.faculties is not None and applicant.faculty not in criteria.faculties:
        return False
    if criteria.first_generation_only and not applicant.first_generation:
        return False
    return True


def reference(applicants, funds, max_awards=1):
    if max_awards < 1:
        raise ValueError("each student must be able to receive at least one award")
    remaining = {}
    for fund in funds:
        if fund.code in remaining:
            raise ValueError(f"fund code {fund.code!r} is used twice")
        if fund.budget_cents < 0 or fund.award_cents <= 0:
            raise ValueError(f"fund {fund.code!r} has an invalid budget or award size")
        remaining[fund.code] = fund.budget_cents
    awards = []
    unfunded = []
    for applicant in sorted(applicants, key=_ref_ranking_key):
        received = 0
        for fund in sorted(funds, key=lambda fund: (fund.priority, fund.closes, fund.code)):
            if received == max_awards:
                break
            if remaining[fund.code] < fund.award_cents or not _ref_eligible(applicant, fund.criteria):
                continue
            remaining[fund.code] -= fund.award_cents
            awards.append(Award(applicant.student_id, fund.code, fund.award_cents))
            received += 1
        if not received:
            unfunded.append(applicant.student_id)
    return AllocationResult(awards, unfunded, remaining)


# --- cases -------------------------------------------------------------------------------

A = Applicant
F = Fund
ANY = Criteria()

ALICE = A("S1", 3.9, 30000, "Engineering", True, 1)
BOB = A("S2", 3.1, 90000, "Law", False, 1)
CARA = A("S3", 3.5, 50000, "Engineering", False, 2)
DEV = A("S4", 3.5, 50000, "Arts", True, 2)
PEOPLE = [CARA, BOB, ALICE, DEV]

ENG = F("ENG", "Engineering Fund", 200000, 100000, 1, "2024-06-01", Criteria(3.0, None, frozenset({"Engineering"})))
FG = F("FG", "First Generation Award", 50000, 50000, 1, "2024-05-01", Criteria(first_generation_only=True))
GEN = F("GEN", "General Bursary", 60000, 30000, 5, "2024-09-01", Criteria(max_household_income=60000))
OPEN = F("OPEN", "Open Award", 1000000, 1000, 9, "2024-12-31", ANY)
FUNDS = [GEN, ENG, FG]

CASES = [
    ([], []),
    ((), ()),
    ([], FUNDS),
    (PEOPLE, []),
    (PEOPLE, FUNDS),
    (tuple(PEOPLE), tuple(FUNDS)),
    (PEOPLE[::-1], FUNDS[::-1]),
    (PEOPLE, FUNDS, 2),
    (PEOPLE, FUNDS, 3),
    (PEOPLE, FUNDS + [OPEN], 4),
    (PEOPLE, FUNDS, 0),
    (PEOPLE, FUNDS, -1),
    ([], [], 0),
    (PEOPLE, FUNDS, True),
    (PEOPLE, FUNDS, 2.0),
    (PEOPLE, FUNDS, 1.5),
    (PEOPLE, FUNDS, None),
    (PEOPLE, FUNDS, "1"),
    (PEOPLE, FUNDS + [GEN]),
    (PEOPLE, [F("X", "X", 100, 100, 1, "2024-01-01"), F("X", "Y", 500, 100, 2, "2024-01-01")]),
    ([], [GEN, GEN]),
    (PEOPLE, [F(1, "int", 100, 100, 1, "d"), F(1.0, "float", 100, 100, 1, "d")]),
    (PEOPLE, [F(1, "int", 100, 100, 1, "d"), F(True, "bool", 100, 100, 1, "d")]),
    (PEOPLE, [F(None, "none", 100, 100, 1, "d")]),
    (PEOPLE, [F(None, "none", 100, 100, 1, "d"), F("A", "a", 100, 100, 1, "d")]),
    (PEOPLE, [F(float("nan"), "nan", 300, 100, 1, "d"), F(float("nan"), "nan2", 300, 100, 1, "d")]),
    (PEOPLE, [F("NEG", "neg", -1, 100, 1, "d")]),
    (PEOPLE, [F("ZERO", "zero award", 100, 0, 1, "d")]),
    (PEOPLE, [F("NEGA", "negative award", 100, -5, 1, "d")]),
    (PEOPLE, [F("EMPTY", "no budget", 0, 100, 1, "d")]),
    (PEOPLE, [F("ODD", "odd budget", 250, 100, 1, "d")]),
    (PEOPLE, [F("FL", "float", 250.5, 100.25, 1, "d")]),
    (PEOPLE, [F("B", "bool", True, True, 1, "d")]),
    (PEOPLE, [F("N", "none budget", None, 100, 1, "d")]),
    (PEOPLE, [F("B", "b", 100, 100, 2, "2024-01-01"), F("A", "a", 100, 100, 2, "2024-01-01")]),
    (PEOPLE, [F("B", "b", 100, 100, 2, "2024-01-01"), F("A", "a", 100, 100, 2, "2024-02-01")]),
    (PEOPLE, [F("B", "b", 100, 100, 1, "2024-03-01"), F("A", "a", 100, 100, 2, "2024-01-01")]),
    (PEOPLE, [F("B", "b", 100, 100, 1.5, "x"), F("A", "a", 100, 100, 1, "x"), F("C", "c", 100, 100, True, "x")]),
    (PEOPLE, [F("B", "b", 100, 100, -1, "x"), F("A", "a", 100, 100, float("inf"), "x")]),
    (PEOPLE, [F("B", "b", 100, 100, 1, "x"), F("A", "a", 100, 100, "1", "x")]),
    ([], [F("B", "b", 100, 100, 1, "x"), F("A", "a", 100, 100, "1", "x")]),
    ([ALICE], [F("B", "b", 100, 100, "1", "x")]),
    ([], [F("B", "b", 100, 100, 1, None), F("A", "a", 100, 100, 1, "2024-01-01")]),
    (PEOPLE, [F("B", "b", 100, 100, 1, None), F("A", "a", 100, 100, 1, "2024-01-01")]),
    (PEOPLE, [F("B", "b", 100, 100, 1, None), F("A", "a", 100, 100, 2, "2024-01-01")]),
    (PEOPLE, [F("\u00e9t\u00e9", "accent", 100, 100, 1, "d"), F("ete", "plain", 100, 100, 1, "d"), F("\u00c9t\u00e9", "cap", 100, 100, 1, "d")]),
    ([A("S1", 3.0, 1, "Arts", False, 1), A("S1", 3.0, 1, "Arts", False, 1)], [OPEN]),
    ([A("S1", 3.0, 1, "Arts", False, 1), A("S1", 3.0, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", 3.0, 1, "Arts", False, 1), A("S10", 3.0, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", 3.0, 1, "Arts", False, 1), A("S1", 3.5, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", 3.0, 1, "Arts", False, 1), A("S1", 3.0, 1, "Arts", False, 2)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", 3, 1, "Arts", False, 1), A("S1", 3.0, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", True, 1, "Arts", False, 1), A("S1", 1.0, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", float("nan"), 1, "Arts", False, 1), A("S1", 3.0, 1, "Arts", False, 1)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("S2", None, 1, "Arts", False, 1)], [OPEN]),
    ([A("S2", 3.0, 1, "Arts", False, 1), A(2, 3.0, 1, "Arts", False, 1)], [OPEN]),
    ([A("S2", 3.0, 1, "Arts", False, 1), A(2, 3.0, 1, "Arts", False, 2)], [OPEN]),
    ([A("S2", 3.0, 1, "Arts", False, None)], [OPEN]),
    ([A("S2", 3.0, 1, "Arts", False, None), A("S3", 3.0, 1, "Arts", False, 1)], [OPEN]),
    ([A("S2", 3.0, 1, "Arts", False, -5), A("S3", 3.0, 1, "Arts", False, 10**12)], [F("ONE", "one", 1000, 1000, 1, "d")]),
    ([A("\u5b66\u751f-1", 3.0, 1, "\u5de5\u5b66\u90e8", False, 1)], [F("J", "j", 100, 100, 1, "d", Criteria(faculties=frozenset({"\u5de5\u5b66\u90e8"})))]),
    ([A("S1", 2.99, 1, "Arts", False, 1), A("S2", 3.0, 1, "Arts", False, 2)], [F("G", "gpa", 1000, 100, 1, "d", Criteria(3.0))]),
    ([A("S1", 3, 60000, "Arts", False, 1), A("S2", 3, 60001, "Arts", False, 2)], [F("I", "income", 1000, 100, 1, "d", Criteria(max_household_income=60000))]),
    ([A("S1", 3, None, "Arts", False, 1)], [F("I", "income", 1000, 100, 1, "d", Criteria(max_household_income=60000))]),
    ([A("S1", 3, None, "Arts", False, 1)], [OPEN]),
    ([A("S1", 3, 10, "Arts", False, 1)], [F("I", "income", 1000, 100, 1, "d", Criteria(max_household_income=0))]),
    ([A("S1", 3, 10, "Art", False, 1)], [F("S", "substring", 1000, 100, 1, "d", Criteria(faculties="Arts"))]),
    ([A("S1", 3, 10, "Arts", False, 1)], [F("L", "list", 1000, 100, 1, "d", Criteria(faculties=["Arts", "Law"]))]),
    ([A("S1", 3, 10, "Arts", False, 1)], [F("E", "empty", 1000, 100, 1, "d", Criteria(faculties=frozenset()))]),
    ([A("S1", 3, 10, "Arts ", False, 1)], [F("F", "trailing", 1000, 100, 1, "d", Criteria(faculties=frozenset({"Arts"})))]),
    ([A("S1", 3, 10, "Arts", 0, 1), A("S2", 3, 10, "Arts", "no", 1)], [F("FG", "fg", 1000, 100, 1, "d", Criteria(first_generation_only=True))]),
    ([A("S1", 3, 10, "Arts", False, 1)], [F("FG", "fg", 1000, 100, 1, "d", Criteria(first_generation_only="yes"))]),
    ([ALICE], [F("C", "criteria none", 1000, 100, 1, "d", None)]),
    ([ALICE], [F("C", "criteria none", 0, 100, 1, "d", None)]),
    ([ALICE], [F("A", "full", 1000, 100, 1, "d"), F("C", "criteria none", 1000, 100, 2, "d", None)]),
    ([ALICE], [F("A", "full", 1000, 100, 1, "d"), F("C", "criteria none", 1000, 100, 2, "d", None)], 2),
    ([SimpleNamespace(student_id="NS1", gpa=3.2, household_income=1, faculty="Arts", first_generation=False, need_rank=1)], FUNDS + [OPEN]),
    ([SimpleNamespace(student_id="NS1", gpa=3.2, need_rank=1)], [F("A", "a", 1000, 100, 1, "d", SimpleNamespace(min_gpa=3.0, max_household_income=None, faculties=None, first_generation_only=False))]),
    ([ALICE], [SimpleNamespace(code="NSF", budget_cents=300, award_cents=100, priority=1, closes="d", criteria=ANY)]),
    ([ALICE, BOB], [SimpleNamespace(code="NSF", budget_cents=300, award_cents=100, priority=1, closes="d", criteria=ANY)], 3),
    ([ALICE], [SimpleNamespace(code="NSF", budget_cents=300, award_cents=100)]),
    ([], [SimpleNamespace(code="NSF", budget_cents=300, award_cents=100)]),
    ([], [SimpleNamespace(code="A", budget_cents=300, award_cents=100), SimpleNamespace(code="B", budget_cents=300, award_cents=100)]),
    ([None], FUNDS),
    ([None], []),
    ([ALICE, None], FUNDS),
    (PEOPLE, [None]),
    (None, FUNDS),
    (PEOPLE, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(allocate_awards, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(allocate_awards, reference, applicants=PEOPLE, funds=FUNDS + [OPEN], max_awards=2)
    assert_same(allocate_awards, reference, PEOPLE, FUNDS, max_awards=3)


def test_inputs_are_reusable() -> None:
    funds = FUNDS + [OPEN]
    first = allocate_awards(PEOPLE, funds, 2)
    assert first == allocate_awards(PEOPLE, funds, 2) == reference(PEOPLE, funds, 2)
    assert funds == FUNDS + [OPEN]


FACULTIES = ["Engineering", "Law", "Arts", "Science", "M\u00fasica"]


def _random_cases():
    rng = random.Random(28005)
    for _ in range(230):
        funds = []
        for index in range(rng.randint(0, 7)):
            award = rng.choice([100, 250, 500])
            criteria = Criteria(rng.choice([0.0, 3.0, 3.5]), rng.choice([None, 40000, 80000]),
                                rng.choice([None, frozenset(rng.sample(FACULTIES, 2))]), rng.random() < 0.2)
            funds.append(F(rng.choice(["F", "G"]) + str(rng.randint(0, 9)) if rng.random() < 0.3 else f"F{index:02d}",
                           f"Fund {index}", award * rng.randint(0, 4) + rng.choice([0, 0, 50]), award, rng.randint(1, 3),
                           f"2024-0{rng.randint(5, 7)}-01", criteria))
        applicants = [A(f"S{rng.randint(1, 30)}", rng.choice([2.5, 3.0, 3.5, 3.9, round(rng.uniform(2, 4), 2)]),
                        rng.randint(10000, 100000), rng.choice(FACULTIES), rng.random() < 0.3, rng.randint(1, 6))
                      for _ in range(rng.randint(0, 12))]
        yield (applicants, funds, rng.choice([1, 1, 2, 3]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(allocate_awards, reference, *case)


def test_allocation_run() -> None:
    """A realistic faculty-level run: 700 applicants and 60 funds, up to two awards each."""
    rng = random.Random(1212)
    funds = []
    for index in range(60):
        award = rng.choice([50000, 100000, 250000])
        criteria = Criteria(rng.choice([0.0, 3.0, 3.3]), rng.choice([None, 50000, 85000]),
                            frozenset(rng.sample(FACULTIES, 2)) if rng.random() < 0.6 else None, rng.random() < 0.1)
        funds.append(F(f"F{index:03d}", f"Fund {index}", award * rng.randint(1, 12), award, rng.choice([1, 2, 2, 5]),
                       f"2024-0{rng.randint(5, 9)}-15", criteria))
    applicants = [A(f"S{100000 + i}", round(rng.uniform(2.0, 4.0), 2), rng.randint(8000, 150000), rng.choice(FACULTIES),
                    rng.random() < 0.3, rng.randint(1, 400)) for i in range(700)]
    assert_same(allocate_awards, reference, applicants, funds, 2)
