"""Strict equivalence tests for replay (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from caseload.applications import Application
from caseload.replay import replay
from strict_support import assert_same

TARGET = "caseload/replay.py:replay"


# --- verbatim copy of the original implementation and its helpers -------------------------

STATUTORY_DAYS = {"major": 91, "minor": 56, "householder": 56, "other": 56}  # caseload.applications.TARGET_DAYS


def reference(applications, officers):
    if officers < 1:
        raise ValueError("at least one case officer is needed")
    arrivals = sorted(applications, key=lambda application: application.received)
    free_on = [0] * officers
    backlog = []
    decisions = []
    totals = {}
    position = 0
    while position < len(arrivals) or backlog:
        officer = min(range(officers), key=lambda number: (free_on[number], number))
        today = free_on[officer]
        if not backlog and arrivals[position].received > today:
            today = arrivals[position].received
        while position < len(arrivals) and arrivals[position].received <= today:
            backlog.append(arrivals[position])
            position += 1
        backlog.sort(key=lambda application: (application.priority, application.received, application.reference))
        application = backlog.pop(0)
        decided = today + application.effort
        free_on[officer] = decided
        decisions.append((application.reference, officer, today, decided))
        days = decided - application.received
        stats = totals.setdefault(application.kind, [0, 0, 0])
        stats[0] += 1
        stats[1] += days
        stats[2] += days > STATUTORY_DAYS[application.kind]
    per_type = {kind: {"count": count, "mean_days": total / count, "late": late}
                for kind, (count, total, late) in sorted(totals.items())}
    return {"decisions": decisions, "per_type": per_type}


# --- cases -------------------------------------------------------------------------------

A = Application


@dataclass
class Case:  # a look-alike record from the appeals system
    reference: object
    kind: object
    received: object
    effort: object
    priority: object = 2


MIXED = [A("A", "other", 0, 5), A("B", "householder", 1, 2), A("C", "major", 2, 10), A("D", "minor", 2, 1),
         A("E", "minor", 2, 3), A("F", "householder", 30, 1), A("G", "major", 3, 120), A("H", "other", 3, 60)]
TIED = [A("X", "minor", 0, 3), A("X", "householder", 0, 1), A("X", "minor", 0, 2), A("W", "minor", 0, 5),
        A("X", "other", 0, 4), A("X", "minor", 0, 9)]

CASES = [
    ([], 1),
    ([], 5),
    ([], 0),
    ([], -2),
    ([], True),
    ([], False),
    ([], 1.5),
    ([], None),
    ([], "2"),
    (MIXED, 1),
    (MIXED, 2),
    (MIXED, 3),
    (MIXED, 8),
    (MIXED, 20),
    (MIXED, True),
    (MIXED, 0),
    (MIXED, 2.0),
    (MIXED, 1.0),
    (MIXED[::-1], 1),
    (MIXED[::-1], 2),
    (tuple(MIXED), 2),
    (MIXED + MIXED, 2),
    (TIED, 1),
    (TIED, 2),
    (TIED[::-1], 1),
    ([A("A", "minor", 5, 1)], 1),
    ([A("A", "minor", 5, 0), A("B", "minor", 5, 0), A("C", "minor", 6, 0)], 1),
    ([A("A", "minor", 5, 0), A("B", "minor", 5, 0), A("C", "minor", 6, 0)], 3),
    ([A("A", "minor", -5, 1), A("B", "major", -10, 2)], 1),
    ([A("A", "minor", 0, -3), A("B", "minor", 0, 2), A("C", "major", 1, 1)], 1),
    ([A("A", "minor", 0, 56), A("B", "minor", 0, 57), A("C", "major", 0, 91), A("D", "major", 0, 92)], 4),
    ([A("A", "minor", 0, 56), A("B", "minor", 0, 57)], 1),
    ([A("A", "minor", 0.5, 2.5), A("B", "major", 1, 1.25)], 1),
    ([A("A", "minor", 0.5, 2.5), A("B", "major", 1, 1.25)], 2),
    ([A("A", "minor", True, 2), A("B", "minor", 1, 1)], 1),
    ([A("A", "minor", 1.0, 2), A("B", "minor", 1, 1), A("C", "minor", True, 1)], 1),
    ([A("A", "minor", 10 ** 18, 10 ** 18), A("B", "major", 10 ** 18, 1)], 1),
    ([A("A", "minor", 1e300, 1e300)], 1),
    ([A("b", "minor", 0, 1), A("B", "minor", 0, 1), A("a", "minor", 0, 1), A("Ä", "minor", 0, 1), A("", "minor", 0, 1)], 1),
    ([A("A ", "minor", 0, 1), A("A", "minor", 0, 1), A("A\n", "minor", 0, 1)], 2),
    ([A(2, "minor", 0, 1), A(1, "minor", 0, 1), A(1.5, "minor", 0, 1), A(True, "minor", 0, 1)], 1),
    ([A(2, "minor", 0, 1), A("1", "minor", 0, 1)], 1),
    ([A(2, "minor", 0, 1), A("1", "major", 0, 1)], 1),
    ([A(None, "minor", 0, 1)], 1),
    ([A(None, "minor", 0, 1), A(None, "minor", 0, 1)], 1),
    ([A("A", "listed", 0, 1)], 1),
    ([A("A", "Minor", 0, 1)], 1),
    ([A("A", None, 0, 1)], 1),
    ([A("A", "minor", None, 1)], 1),
    ([A("A", "minor", None, 1), A("B", "minor", 2, 1)], 1),
    ([A("A", "minor", "3", 1)], 1),
    ([A("A", "minor", "3", 1), A("B", "minor", "1", 1)], 1),
    ([A("A", "minor", 0, None)], 1),
    ([A("A", "minor", 0, "1")], 1),
    ([Case("A", "minor", 0, 3), Case("B", "major", 0, 1, 0), A("C", "major", 0, 2)], 1),
    ([Case("A", "minor", 0, 3, None), Case("B", "minor", 0, 1, None)], 1),
    ([Case("A", "appeal", 0, 3, 1)], 1),
    ([None], 1),
    (None, 1),
    ([A("A", "minor", 0, 1), None], 1),
    ([A("A", "minor", 0, 1)], [1]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay, reference, officers=2, applications=MIXED)
    assert_same(replay, reference, MIXED, officers=3)


KINDS = ["major", "minor", "householder", "other"]


def _random_cases():
    rng = random.Random(2468)
    for _ in range(220):
        apps = []
        for number in range(rng.choice([0, 1, 2, 5, 10, 25, 60])):
            reference_text = rng.choice([f"R{number:03d}", f"R{rng.randint(0, 5):03d}"])
            apps.append(A(reference_text, rng.choice(KINDS), rng.randint(-3, 40), rng.choice([0, 1, 2, 3, 5, 30, 95])))
        yield apps, rng.choice([1, 1, 2, 3, 5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay, reference, *case)


def test_busy_year() -> None:
    rng = random.Random(7)
    apps = [A(f"24/{n:05d}", rng.choice(KINDS), rng.randint(-60, 365), rng.randint(1, 12)) for n in range(1500)]
    assert_same(replay, reference, apps, 6)
