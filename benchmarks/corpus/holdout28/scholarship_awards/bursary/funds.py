"""Scholarship and bursary funds and the donors' eligibility criteria."""

from __future__ import annotations

from dataclasses import dataclass, field

from bursary.applicants import Applicant


@dataclass(frozen=True)
class Criteria:
    """A donor's conditions. ``None`` means no condition on income or faculty."""

    min_gpa: float = 0.0
    max_household_income: int | None = None
    faculties: frozenset[str] | None = None
    first_generation_only: bool = False


@dataclass(frozen=True)
class Fund:
    """A fund: its code, yearly budget and fixed award size in cents, its priority (lower is
    awarded first: restricted funds go before the general bursary), the ISO date by which the
    donor needs the decisions, and its criteria."""

    code: str
    name: str
    budget_cents: int
    award_cents: int
    priority: int
    closes: str
    criteria: Criteria = field(default_factory=Criteria)


def eligible(applicant: Applicant, criteria: Criteria) -> bool:
    """Whether ``applicant`` meets every condition of ``criteria``."""
    if applicant.gpa < criteria.min_gpa:
        return False
    if criteria.max_household_income is not None and applicant.household_income > criteria.max_household_income:
        return False
    if criteria.faculties is not None and applicant.faculty not in criteria.faculties:
        return False
    if criteria.first_generation_only and not applicant.first_generation:
        return False
    return True
