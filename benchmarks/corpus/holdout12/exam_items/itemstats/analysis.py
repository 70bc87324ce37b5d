"""Classical item analysis of multiple-choice exam responses."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

BLANK = ""


@dataclass(frozen=True)
class ItemReport:
    """Statistics for one question.

    difficulty: share of candidates answering correctly.
    discrimination: difficulty in the top group minus difficulty in the bottom group
        (groups are the top and bottom 27% of candidates by total score).
    point_biserial: correlation between the item score and the score on the other items.
    choices: how many candidates picked each option (blank answers under "").
    """

    question: int
    key: str
    difficulty: float
    discrimination: float
    point_biserial: float
    choices: dict[str, int]


def total_score(answers: Sequence[str], key: Sequence[str]) -> int:
    """Number of questions answered correctly."""
    return sum(1 for given, correct in zip(answers, key) if given == correct)


def _correlation(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    if spread_x == 0 or spread_y == 0:
        return 0.0
    return covariance / (spread_x * spread_y)


def item_analysis(responses: Mapping[str, Sequence[str]], key: Sequence[str]) -> list[ItemReport]:
    """Analyse every question of an exam.

    `responses` maps candidate ids to their answers, one per question, in question order
    (blank answers as ""). Candidates with the same total score are ordered by id when
    the top and bottom groups are formed. Raises ValueError when there are no candidates
    or an answer sheet does not have one answer per question.
    """
    if not responses:
        raise ValueError("no responses to analyse")
    for candidate, answers in responses.items():
        if len(answers) != len(key):
            raise ValueError(f"candidate {candidate} has {len(answers)} answers for {len(key)} questions")
    candidates = sorted(responses)
    group = max(1, round(len(candidates) * 0.27))
    reports = []
    for question, correct in enumerate(key):
        totals = {candidate: total_score(responses[candidate], key) for candidate in candidates}
        ranked = sorted(candidates, key=lambda candidate: -totals[candidate])
        item = [1 if responses[candidate][question] == correct else 0 for candidate in candidates]
        rest = [totals[candidate] - score for candidate, score in zip(candidates, item)]
        upper = ranked[:group]
        lower = ranked[-group:]
        upper_share = sum(1 for candidate in upper if responses[candidate][question] == correct) / group
        lower_share = sum(1 for candidate in lower if responses[candidate][question] == correct) / group
        choices: dict[str, int] = {}
        for candidate in candidates:
            choice = responses[candidate][question]
            choices[choice] = choices.get(choice, 0) + 1
        reports.append(ItemReport(
            question=question + 1,
            key=correct,
            difficulty=round(sum(item) / len(item), 4),
            discrimination=round(upper_share - lower_share, 4),
            point_biserial=round(_correlation(item, rest), 4),
            choices=dict(sorted(choices.items())),
        ))
    return reports
