"""Strict equivalence tests for matchpoint_boards (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from bridge_matchpoints.scoring import ScoredResult, matchpoint_boards
from bridge_matchpoints.travellers import BoardResult

TARGET = "bridge_matchpoints/scoring.py:matchpoint_boards"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(results):
    by_board = {}
    for result in results:
        by_board.setdefault(result.board, []).append(result)
    for board, played in by_board.items():
        ns_pairs = [result.ns_pair for result in played]
        ew_pairs = [result.ew_pair for result in played]
        if len(set(ns_pairs)) != len(ns_pairs) or len(set(ew_pairs)) != len(ew_pairs):
            raise ValueError(f"board {board}: a pair is scored twice in the same direction")

    scored = []
    for result in results:
        field = by_board[result.board]
        top = 2 * (len(field) - 1)
        points = 0
        for other in field:
            if other is result:
                continue
            if result.ns_score > other.ns_score:
                points += 2
            elif result.ns_score == other.ns_score:
                points += 1
        if top == 0:
            ns_percent = ew_percent = 50.0
        else:
            ns_percent = round(100 * points / top, 2)
            ew_percent = round(100 * (top - points) / top, 2)
        scored.append(ScoredResult(result, points, top - points, top, ns_percent, ew_percent))
    return scored


# --- cases -------------------------------------------------------------------------------

R = BoardResult
LookAlike = namedtuple("LookAlike", "board ns_pair ew_pair ns_score")


def _same_object_twice():
    shared = R(1, "A", "B", 420)
    return [shared, shared]


THREE = [R(1, "A", "B", 420), R(1, "C", "D", 450), R(1, "E", "F", 420)]

CASES = [
    ([],),
    ((),),
    ([R(1, "A", "B", 420)],),
    ((R(1, "A", "B", 420),),),
    (THREE,),
    (tuple(THREE),),
    (list(reversed(THREE)),),
    ([R(1, "A", "B", 0), R(1, "C", "D", 0), R(1, "E", "F", 0), R(1, "G", "H", 0)],),
    ([R(1, "A", "B", -50), R(1, "C", "D", -100), R(1, "E", "F", -50), R(1, "G", "H", 620)],),
    ([R(1, "A", "B", 420), R(2, "A", "B", 420), R(1, "C", "D", 400), R(2, "C", "D", 450)],),
    ([R(2, "A", "B", 1), R(1, "A", "B", 2), R(3, "A", "B", 3)],),
    ([R(1, "A", "B", 420), R(1, "B", "A", 420)],),
    ([R(1, "A", "B", 420), R(1, "A", "C", 400)],),
    ([R(1, "A", "B", 420), R(1, "C", "B", 400)],),
    ([R(1, "A", "B", 420), R(2, "C", "D", 1), R(2, "C", "E", 2)],),
    ([R(2, "C", "D", 1), R(2, "C", "E", 2), R(1, "A", "B", 420)],),
    (_same_object_twice(),),
    ([R(1, "A", "B", 420), R(1, "a", "b", 420)],),
    ([R(1, "A ", "B", 420), R(1, "A", "B ", 420)],),
    ([R(1, "Zoë", "Łukasz", 420), R(1, "Zoe\u0308", "Lukasz", 400)],),
    ([R(1, "", "", 420), R(1, " ", "  ", 400)],),
    ([R(1, "A", "B", 420), R(1.0, "C", "D", 400)],),
    ([R(1, "A", "B", 420), R(True, "C", "D", 400)],),
    ([R(1, "A", "B", 420), R("1", "C", "D", 400)],),
    ([R(None, "A", "B", 420), R(None, "C", "D", 400)],),
    ([R((1, "x"), "A", "B", 420), R((1, "x"), "C", "D", 400)],),
    ([R(0, "A", "B", 420), R(-1, "C", "D", 400)],),
    ([R(1, "A", "B", 420.0), R(1, "C", "D", 420), R(1, "E", "F", 419.5)],),
    ([R(1, "A", "B", True), R(1, "C", "D", 1), R(1, "E", "F", False)],),
    ([R(1, "A", "B", 10 ** 30), R(1, "C", "D", -(10 ** 30)), R(1, "E", "F", 10 ** 30)],),
    ([R(1, "A", "B", 1e308), R(1, "C", "D", -1e308), R(1, "E", "F", float("inf"))],),
    ([R(1, "A", "B", 5e-324), R(1, "C", "D", 0.0), R(1, "E", "F", -0.0)],),
    ([R(1, "A", "B", None)],),
    ([R(1, "A", "B", None), R(1, "C", "D", 400)],),
    ([R(1, "A", "B", "420"), R(1, "C", "D", "450"), R(1, "E", "F", "50")],),
    ([R(1, "A", "B", "420"), R(1, "C", "D", 450)],),
    ([R(1, "A", "B", 420), R(2, "C", "D", "x")],),
    ([R(1, "A", "B", (4, 2)), R(1, "C", "D", (4, 1))],),
    ([R(1, "A", "B", 420), R(1, "C", "D", 420), R(1, "E", "F", 420), R(1, "G", "H", 421), R(1, "I", "J", 419)],),
    ([R(1, str(i), str(-i), i % 3) for i in range(7)],),
    ([R(i % 2, str(i), str(-i), 100 - i) for i in range(9)],),
    ([R(1, "A", "B", 1), R(1, "C", "D", 2), R(1, "E", "F", 3)],),
    ([R(1, "A", "B", 3), R(1, "C", "D", 2), R(1, "E", "F", 1)],),
    ([LookAlike(1, "A", "B", 420), LookAlike(1, "C", "D", 400)],),
    ([LookAlike(1, "A", "B", 420), R(1, "C", "D", 400)],),
    ([SimpleNamespace(board=1, ns_pair="A", ew_pair="B", ns_score=420),
      SimpleNamespace(board=1, ns_pair="C", ew_pair="D", ns_score=420)],),
    ([SimpleNamespace(board=1, ns_pair="A", ew_pair="B")],),
    ([SimpleNamespace(board=1, ns_pair="A", ew_pair="B"), SimpleNamespace(board=1, ns_pair="C", ew_pair="D")],),
    ([SimpleNamespace(board=1, ns_pair="A", ns_score=3)],),
    ([SimpleNamespace(board=1, ns_pair=["A"], ew_pair="B", ns_score=3)],),
    ([1, 2, 3],),
    (None,),
    ("results",),
    ([R(1, "A", "B", 420), None],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(matchpoint_boards, reference, *case)


def test_keyword_argument() -> None:
    assert_same(matchpoint_boards, reference, results=THREE)


def test_list_left_unchanged_and_results_shared() -> None:
    results = [R(1, "A", "B", 420), R(1, "C", "D", 450)]
    scored = matchpoint_boards(results)
    assert results == [R(1, "A", "B", 420), R(1, "C", "D", 450)]
    assert [item.result for item in scored] == results


def _random_cases():
    rng = random.Random(29011)
    scores = [-1100, -200, -100, -50, 0, 90, 110, 140, 400, 420, 430, 450, 620, 650, 990, 1440]
    for _ in range(220):
        boards = rng.randint(1, 6)
        tables = rng.randint(0, 14)
        palette = rng.sample(scores, rng.randint(1, 6))
        rows = []
        for board in range(1, boards + 1):
            for table in range(1, tables + 1):
                if rng.random() < 0.15:
                    continue
                rows.append(R(board, f"{table}", f"{table + 100}", rng.choice(palette)))
        rng.shuffle(rows)
        roll = rng.random()
        if rows and roll < 0.05:
            rows.append(rows[0])
        elif rows and roll < 0.1:
            first = rows[0]
            rows.append(R(first.board, first.ns_pair, "99x", 0))
        elif rows and roll < 0.15:
            first = rows[-1]
            rows.append(R(first.board, "99x", first.ew_pair, 0))
        elif roll < 0.2:
            rows = [R(row.board, row.ns_pair, row.ew_pair, float(row.ns_score)) for row in rows]
        yield (rows if rng.random() < 0.8 else tuple(rows),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(matchpoint_boards, reference, *case)


def test_club_heat() -> None:
    """A realistic heat: 6 boards at 300 tables with the usual clusters of equal scores."""
    rng = random.Random(2902)
    rows = []
    for board in range(1, 7):
        common = rng.sample([-200, -100, -50, 110, 140, 420, 450, 620, 650], 4)
        for table in range(1, 301):
            score = rng.choice(common) if rng.random() < 0.85 else rng.choice([-800, -500, 170, 680, 1430])
            rows.append(R(board, f"N{table}", f"E{table}", score))
    rng.shuffle(rows)
    assert_same(matchpoint_boards, reference, rows)
