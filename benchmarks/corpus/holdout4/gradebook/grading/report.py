"""End-of-term reports for a course: weighted totals, ranks and the class mean."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

DEFAULT_WEIGHTS = {"homework": 0.25, "midterm": 0.25, "final": 0.5}


@dataclass(frozen=True)
class StudentResult:
    student: str
    total: float
    rank: int
    above_average: bool


def weighted_total(scores: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The student's weighted score, rounded to two decimals; missing components count as 0."""
    total = 0.0
    for component, weight in weights.items():
        total += scores.get(component, 0) * weight
    return round(total, 2)


def check_weights(weights: Mapping[str, float]) -> None:
    if any(weight < 0 for weight in weights.values()):
        raise ValueError("weights must not be negative")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise ValueError("weights must add up to 1")


def rank_students(gradebook: Mapping[str, Mapping[str, float]], weights: Mapping[str, float] | None = None) -> list[StudentResult]:
    """One result per student, in gradebook order.

    `rank` is the competition rank of the student's weighted total (1 for the best; equal
    totals share a rank and the next rank is skipped), `above_average` says whether the
    total is strictly above the mean of all students' totals.
    """
    if weights is None:
        weights = DEFAULT_WEIGHTS
    check_weights(weights)
    results = []
    for student, scores in gradebook.items():
        total = weighted_total(scores, weights)
        all_totals = [weighted_total(other, weights) for other in gradebook.values()]
        class_mean = sum(all_totals) / len(all_totals)
        rank = sorted(all_totals, reverse=True).index(total) + 1
        results.append(StudentResult(student, total, rank, total > class_mean))
    return results
