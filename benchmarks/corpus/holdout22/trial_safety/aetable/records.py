"""Subject and adverse-event records as exported from the trial's EDC system."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Subject:
    subject_id: str
    arm: str
    safety_population: bool = True  # received at least one dose


@dataclass
class AdverseEvent:
    subject_id: str
    soc: str  # MedDRA system organ class
    term: str  # MedDRA preferred term
    grade: int  # CTCAE grade 1-5
    serious: bool = False


def subject_arm(subject_id: str, subjects: list[Subject]) -> str | None:
    """The arm of a subject in the safety population (first record wins), else None."""
    for subject in subjects:
        if subject.subject_id == subject_id:
            return subject.arm if subject.safety_population else None
    return None
