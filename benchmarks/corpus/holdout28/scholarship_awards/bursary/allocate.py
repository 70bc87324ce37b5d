"""The yearly allocation run: match ranked applicants to the funds they qualify for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bursary.applicants import Applicant, ranking_key
from bursary.funds import Fund, eligible


@dataclass(frozen=True)
class Award:
    """One award letter: the student, the fund and the amount in cents."""

    student_id: str
    fund_code: str
    amount_cents: int


@dataclass(frozen=True)
class AllocationResult:
    """The awards in the order they were made, the students left without an award (in ranking
    order), and each fund's unspent budget in cents (keyed by fund code, in the order given)."""

    awards: list[Award]
    unfunded: list[str]
    remaining_cents: dict[str, int]


def allocate_awards(applicants: Sequence[Applicant], funds: Sequence[Fund], max_awards: int = 1) -> AllocationResult:
    """Allocate the funds to the applicants.

    Applicants are considered one at a time in ranking order (greatest need, then higher GPA,
    then student id; equal keys keep their input order). Each looks through the funds in order
    of priority, then closing date, then fund code (equal keys keep their input order) and
    receives the full award of every fund whose criteria they meet and whose remaining budget
    still covers one award, until they hold ``max_awards`` awards.

    Raises ``ValueError`` when ``max_awards`` is below 1, when two funds share a code, or when a
    fund has a negative budget or an award that is not positive.
    """
    if max_awards < 1:
        raise ValueError("each student must be able to receive at least one award")
    remaining: dict[str, int] = {}
    for fund in funds:
        if fund.code in remaining:
            raise ValueError(f"fund code {fund.code!r} is used twice")
        if fund.budget_cents < 0 or fund.award_cents <= 0:
            raise ValueError(f"fund {fund.code!r} has an invalid budget or award size")
        remaining[fund.code] = fund.budget_cents
    awards: list[Award] = []
    unfunded: list[str] = []
    for applicant in sorted(applicants, key=ranking_key):
        received = 0
        for fund in sorted(funds, key=lambda fund: (fund.priority, fund.closes, fund.code)):
            if received == max_awards:
                break
            if remaining[fund.code] < fund.award_cents or not eligible(applicant, fund.criteria):
                continue
            remaining[fund.code] -= fund.award_cents
            awards.append(Award(applicant.student_id, fund.code, fund.award_cents))
            received += 1
        if not received:
            unfunded.append(applicant.student_id)
    return AllocationResult(awards, unfunded, remaining)
