"""Strict equivalence tests for daily_wip (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from flowmetrics.wip import Transition, daily_wip
from strict_support import assert_same

TARGET = "flowmetrics/wip.py:daily_wip"


def reference(transitions, start, end, active=("In Progress", "Review")):
    history = {}
    for move in transitions:
        history.setdefault(move.ticket, []).append((move.on, move.status))
    for changes in history.values():
        changes.sort(key=lambda change: change[0])
    result = []
    day = start
    while day <= end:
        count = 0
        for changes in history.values():
            status = None
            for on, new_status in changes:
                if on <= day:
                    status = new_status
                else:
                    break
            if status in active:
                count += 1
        result.append((day, count))
        day += timedelta(days=1)
    return result


def d(n):
    return date(2024, 1, 1) + timedelta(days=n)


T = Transition
BASIC = [
    T("A", "To Do", d(1)),
    T("A", "In Progress", d(2)),
    T("A", "Done", d(4)),
    T("B", "In Progress", d(3)),
    T("B", "Review", d(3)),
]
CASES = [
    ([], d(0), d(0)),
    ([], d(0), d(5)),
    ([], d(5), d(0)),
    (BASIC, d(0), d(6)),
    (BASIC, d(3), d(3)),
    (BASIC, d(4), d(3)),
    (BASIC, d(-30), d(-20)),
    (BASIC, d(20), d(25)),
    (BASIC, d(2), d(2)),
    (BASIC, d(0), d(6), ("Done",)),
    (BASIC, d(0), d(6), ["Review"]),
    (BASIC, d(0), d(6), {"To Do", "Done"}),
    (BASIC, d(0), d(6), frozenset()),
    (BASIC, d(0), d(6), ()),
    (BASIC, d(0), d(6), (None,)),
    (BASIC, d(0), d(6), (None, "Done")),
    (BASIC, d(3), d(6), (None,)),
    (BASIC, d(0), d(6), {"In Progress": 1}),
    (BASIC, d(0), d(6), "In Progress"),
    (BASIC, d(2), d(6), "In Progress Review Done"),
    (BASIC, d(0), d(6), "In Progress"),
    (BASIC, d(0), d(6), None),
    (BASIC, d(5), d(4), None),
    (list(reversed(BASIC)), d(0), d(6)),
    (tuple(BASIC), d(0), d(6)),
    ([T("C", "In Progress", d(1)), T("C", "Done", d(1))], d(0), d(2)),
    ([T("C", "Done", d(1)), T("C", "In Progress", d(1))], d(0), d(2)),
    ([T("C", "In Progress", d(1)), T("C", "In Progress", d(1))], d(0), d(2)),
    ([T("C", "In Progress", d(1)), T("C", "Done", d(3)), T("C", "In Progress", d(3)), T("C", "Review", d(2))], d(0), d(5)),
    ([T("C", "In Progress", d(1))] * 3, d(0), d(2)),
    ([T("C", "in progress", d(1)), T("D", "In Progress ", d(1)), T("E", "Review\n", d(1))], d(0), d(2)),
    ([T("Ü", "Review", d(1)), T("ü", "Review", d(2))], d(0), d(3)),
    ([T("", "Review", d(1))], d(0), d(3)),
    ([T("X", "Review", d(-400)), T("X", "Done", d(400))], d(0), d(3)),
    ([T("X", "Review", d(-400)), T("X", "Done", d(400))], d(-401), d(-399)),
    ([T("X", "Review", d(0))], d(0), d(0)),
    ([T("X", "Review", d(1))], d(0), d(0)),
    ([T("X", "Review", d(0)), T("X", "To Do", d(1))], d(0), d(1)),
    ([T("X", "Review", date(2024, 2, 28)), T("X", "Done", date(2024, 3, 1))], date(2024, 2, 27), date(2024, 3, 2)),
    ([T("X", "Review", date(2023, 12, 31)), T("X", "Done", date(2024, 1, 1))], date(2023, 12, 30), date(2024, 1, 2)),
    ([T("X", "Review", d(0)), T(1, "Review", d(0)), T(1.0, "Done", d(1)), T(True, "Review", d(2))], d(0), d(3)),
    ([T("X", "Review", d(0))], d(0), d(1), ("Review", "Review")),
    ([T("X", "Review", d(0)), T("Y", "Review", None)], d(0), d(1)),
    ([T("X", "Review", d(0)), T("X", "Done", "2024-01-02")], d(0), d(1)),
    ([T("X", "Review", d(0))], "2024-01-01", "2024-01-02"),
    ([T("X", "Review", d(0))], d(0), None),
    ([T("X", "Review", d(0)), ("Y", "Review", d(0))], d(0), d(1)),
]


def _random_cases():
    rng = random.Random(1215)
    statuses = ["To Do", "In Progress", "Review", "Done", "Blocked"]
    for _ in range(140):
        moves = []
        for n in range(rng.randint(0, 12)):
            day = rng.randint(-5, 25)
            for _ in range(rng.randint(1, 5)):
                moves.append(T(f"K-{rng.randint(0, 8)}", rng.choice(statuses), d(day)))
                day += rng.choice([0, 0, 1, 2, 4])
        rng.shuffle(moves)
        start = rng.randint(-8, 20)
        end = start + rng.randint(-2, 20)
        active = rng.choice([None, ("In Progress", "Review"), ["Blocked"], {"Done", None}, (None,), ()])
        yield (moves, d(start), d(end)) if active is None else (moves, d(start), d(end), active)


@pytest.mark.parametrize("args", CASES + list(_random_cases()))
def test_same_as_reference(args) -> None:
    assert_same(daily_wip, reference, *args)


def test_generator_input() -> None:
    moves = BASIC * 2
    assert daily_wip((m for m in moves), d(0), d(6)) == reference(iter(moves), d(0), d(6))


def test_keyword_active() -> None:
    assert daily_wip(BASIC, d(0), d(6), active=["Done"]) == reference(BASIC, d(0), d(6), active=["Done"])


def test_a_busy_board() -> None:
    rng = random.Random(4)
    moves = []
    for n in range(400):
        day = rng.randint(-30, 200)
        for status in ["To Do", "In Progress", "Review", "In Progress", "Done"][: rng.randint(1, 5)]:
            moves.append(T(f"P-{n}", status, d(day)))
            day += rng.choice([0, 1, 3, 7])
    rng.shuffle(moves)
    assert_same(daily_wip, reference, moves, d(0), d(180))
