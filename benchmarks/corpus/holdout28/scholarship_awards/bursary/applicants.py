"""Applicants as exported from the financial-aid application portal."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Applicant:
    """A student applying for support. ``need_rank`` 1 is the greatest assessed financial need."""

    student_id: str
    gpa: float
    household_income: int
    faculty: str
    first_generation: bool
    need_rank: int


def ranking_key(applicant: Applicant) -> tuple[int, float, str]:
    """Order in which applicants are considered: greatest need first, then higher GPA, then student id."""
    return (applicant.need_rank, -applicant.gpa, applicant.student_id)


def read_applicants(rows: list[dict[str, str]]) -> list[Applicant]:
    """Applicants from the portal's CSV rows (columns as in the export; "Y"/"N" for first generation)."""
    return [
        Applicant(row["student_id"].strip(), float(row["gpa"]), int(row["household_income"]), row["faculty"].strip(),
                  row["first_generation"].strip().upper() == "Y", int(row["need_rank"]))
        for row in rows
    ]
