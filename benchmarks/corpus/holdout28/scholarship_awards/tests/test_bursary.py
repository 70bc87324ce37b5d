import pytest

from bursary.allocate import AllocationResult, Award, allocate_awards
from bursary.applicants import Applicant, ranking_key, read_applicants
from bursary.funds import Criteria, Fund, eligible

ALICE = Applicant("S1", 3.9, 30000, "Engineering", True, 1)
BOB = Applicant("S2", 3.1, 90000, "Law", False, 1)
CARA = Applicant("S3", 3.5, 50000, "Engineering", False, 2)

ENGINEERING = Fund("ENG", "Engineering Fund", 200000, 100000, 1, "2024-06-01", Criteria(3.0, None, frozenset({"Engineering"})))
FIRST_GEN = Fund("FG", "First Generation Award", 50000, 50000, 1, "2024-05-01", Criteria(first_generation_only=True))
GENERAL = Fund("GEN", "General Bursary", 60000, 30000, 5, "2024-09-01", Criteria(max_household_income=60000))


def test_ranking_and_eligibility() -> None:
    assert sorted([CARA, BOB, ALICE], key=ranking_key) == [ALICE, BOB, CARA]
    assert eligible(ALICE, ENGINEERING.criteria)
    assert not eligible(BOB, ENGINEERING.criteria)
    assert not eligible(BOB, GENERAL.criteria)
    assert eligible(CARA, GENERAL.criteria)


def test_read_applicants() -> None:
    rows = [{"student_id": " S9 ", "gpa": "3.25", "household_income": "41000", "faculty": "Arts",
             "first_generation": "y", "need_rank": "12"}]
    assert read_applicants(rows) == [Applicant("S9", 3.25, 41000, "Arts", True, 12)]


def test_one_award_each_in_fund_order() -> None:
    result = allocate_awards([CARA, BOB, ALICE], [GENERAL, ENGINEERING, FIRST_GEN])
    assert result == AllocationResult(
        [Award("S1", "FG", 50000), Award("S3", "ENG", 100000)], ["S2"], {"GEN": 60000, "ENG": 100000, "FG": 0})


def test_two_awards_and_exhausted_budgets() -> None:
    result = allocate_awards([ALICE, CARA], [GENERAL, ENGINEERING, FIRST_GEN], max_awards=2)
    assert result.awards == [Award("S1", "FG", 50000), Award("S1", "ENG", 100000),
                             Award("S3", "ENG", 100000), Award("S3", "GEN", 30000)]
    assert result.remaining_cents == {"GEN": 30000, "ENG": 0, "FG": 0}
    assert result.unfunded == []


def test_invalid_runs() -> None:
    with pytest.raises(ValueError):
        allocate_awards([ALICE], [GENERAL], max_awards=0)
    with pytest.raises(ValueError):
        allocate_awards([ALICE], [GENERAL, GENERAL])
    with pytest.raises(ValueError):
        allocate_awards([ALICE], [Fund("X", "Broken", 100, 0, 1, "2024-01-01")])
