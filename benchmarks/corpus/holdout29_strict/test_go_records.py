"""Strict equivalence tests for replay_game (never shown to wattlens)."""

from __future__ import annotations

import copy
import random

import pytest
from strict_support import assert_same
from go_records.board import IllegalMove
from go_records.replay import GameReplay, replay_game

TARGET = "go_records/replay.py:replay_game"


# --- verbatim copy of the original implementation and its helpers -----------------------------

def _ref_neighbours(row, col, size):
    if row > 0:
        yield row - 1, col
    if row < size - 1:
        yield row + 1, col
    if col > 0:
        yield row, col - 1
    if col < size - 1:
        yield row, col + 1


def _ref_group_at(board, row, col):
    colour = board[row][col]
    size = len(board)
    stones = {(row, col)}
    liberties = set()
    pending = [(row, col)]
    while pending:
        r, c = pending.pop()
        for nr, nc in _ref_neighbours(r, c, size):
            value = board[nr][nc]
            if value == ".":
                liberties.add((nr, nc))
            elif value == colour and (nr, nc) not in stones:
                stones.add((nr, nc))
                pending.append((nr, nc))
    return stones, liberties


def reference(moves, size=19, handicap=()):
    if not 2 <= size <= 25:
        raise ValueError(f"unsupported board size {size}")
    board = [["."] * size for _ in range(size)]
    for row, col in handicap:
        if not (0 <= row < size and 0 <= col < size) or board[row][col] != ".":
            raise ValueError(f"bad handicap point {(row, col)}")
        board[row][col] = "B"
    previous = None
    captured = {"B": 0, "W": 0}
    stones = passes = 0
    for number, (colour, point) in enumerate(moves, start=1):
        if colour not in ("B", "W"):
            raise ValueError(f"move {number}: unknown colour {colour!r}")
        if point is None:
            passes += 1
            previous = board
            continue
        row, col = point
        if not (0 <= row < size and 0 <= col < size):
            raise IllegalMove(f"move {number}: {point} is off the board")
        if board[row][col] != ".":
            raise IllegalMove(f"move {number}: {point} is occupied")
        trial = copy.deepcopy(board)
        trial[row][col] = colour
        opponent = "W" if colour == "B" else "B"
        taken = 0
        for r, c in _ref_neighbours(row, col, size):
            if trial[r][c] == opponent:
                group, liberties = _ref_group_at(trial, r, c)
                if not liberties:
                    for gr, gc in group:
                        trial[gr][gc] = "."
                    taken += len(group)
        if not _ref_group_at(trial, row, col)[1]:
            raise IllegalMove(f"move {number}: {point} is suicide")
        if trial == previous:
            raise IllegalMove(f"move {number}: {point} retakes a ko")
        previous, board = board, trial
        captured[colour] += taken
        stones += 1
    return GameReplay(tuple("".join(line) for line in board), captured["B"], captured["W"], stones, passes)


# --- cases -------------------------------------------------------------------------------

KO = [("B", (0, 1)), ("W", (0, 2)), ("B", (1, 0)), ("W", (1, 3)), ("B", (2, 1)), ("W", (2, 2)),
      ("B", (1, 2)), ("W", (1, 1))]
CORNER = [("B", (0, 1)), ("W", (0, 0)), ("B", (1, 0))]
# White's two-stone group on the edge is captured; then a black stone fills its own last eye.
EDGE = [("W", (0, 1)), ("B", (0, 0)), ("W", (0, 2)), ("B", (1, 1)), ("W", (4, 4)), ("B", (1, 2)),
        ("W", (4, 3)), ("B", (0, 3))]
# A white stone at (0,0) looks like suicide but captures the black stone at (0,1) first.
CAPTURE_NOT_SUICIDE = [("B", (0, 1)), ("W", (0, 2)), ("B", (4, 4)), ("W", (1, 1)), ("B", (1, 0)), ("W", (0, 0))]
# Two black groups captured by a single white stone.
DOUBLE = [("B", (0, 1)), ("W", (0, 2)), ("B", (1, 0)), ("W", (1, 1)), ("B", (4, 4)), ("W", (2, 0)), ("B", (4, 3)),
          ("W", (0, 0))]
SUICIDE_GROUP = [("W", (0, 2)), ("B", (0, 0)), ("W", (1, 1)), ("B", (4, 4)), ("W", (2, 0)), ("B", (1, 0)),
                 ("W", (4, 0)), ("B", (0, 1))]
SNAPBACK = [("B", (0, 2)), ("W", (0, 3)), ("B", (1, 2)), ("W", (1, 3)), ("B", (2, 3)), ("W", (2, 4)),
            ("B", (1, 4)), ("W", (3, 3)), ("B", (0, 4)), ("W", (2, 2)), ("B", (3, 4)), ("W", (0, 5))]

CASES = [
    ([],),
    ((),),
    ([], 2),
    ([], 25),
    ([], 1),
    ([], 26),
    ([], 0),
    ([], -19),
    ([], True),
    ([], 9.0),
    ([], 2.5),
    ([], "9"),
    ([], None),
    ([], 5, [(2, 2)]),
    ([], 5, [(2, 2), (2, 2)]),
    ([], 5, [(5, 0)]),
    ([], 5, [(-1, 0)]),
    ([], 5, [(0, 0, 0)]),
    ([], 5, [[1, 1], (3, 3)]),
    ([], 5, [(1.0, 1)]),
    ([], 5, [(True, False)]),
    ([], 5, None),
    ([], 5, ((0, 0), (4, 4), (0, 4), (4, 0))),
    (CORNER, 5),
    (tuple(CORNER), 5),
    ([list(move) for move in CORNER], 5),
    ([("B", [0, 1]), ("W", [0, 0]), ("B", [1, 0])], 5),
    (KO, 5),
    (KO + [("B", (1, 2))], 5),
    (KO + [("B", (4, 4)), ("W", (4, 0)), ("B", (1, 2))], 5),
    (KO + [("B", (4, 4)), ("W", (4, 0)), ("B", (1, 2)), ("W", (1, 1))], 5),
    (KO + [("B", None), ("B", (1, 2))], 5),
    (KO + [("B", None), ("W", None), ("B", (1, 2))], 5),
    (KO + [("W", (4, 4)), ("B", (1, 2))], 5),
    (KO + [("B", (1, 2))], 6),
    (EDGE, 5),
    (EDGE[:-1], 5),
    (CAPTURE_NOT_SUICIDE, 5),
    (DOUBLE, 5),
    (SUICIDE_GROUP, 5),
    (SUICIDE_GROUP[:-1], 5),
    (SNAPBACK, 7),
    (SNAPBACK + [("B", (0, 3))], 7),
    (SNAPBACK + [("B", (1, 3))], 7),
    ([("B", (0, 1)), ("B", (1, 0)), ("W", (0, 0))], 5),
    ([("B", (0, 1)), ("B", (1, 0)), ("B", (0, 0))], 5),
    ([("B", (0, 0)), ("W", (1, 1))], 2),
    ([("B", (0, 0)), ("W", (1, 1)), ("B", (0, 1)), ("W", (1, 0))], 2),
    ([("B", (0, 0)), ("W", (1, 1)), ("B", (0, 1))], 2),
    ([("B", (0, 0)), ("B", (0, 1)), ("B", (1, 0)), ("B", (1, 1))], 2),
    ([("B", (0, 0)), ("B", (0, 1)), ("B", (1, 0))], 2, [(1, 1)]),
    ([("W", (0, 0)), ("W", (0, 1)), ("W", (1, 0))], 2),
    ([("W", (1, 1))], 3, [(0, 1), (1, 0), (1, 2), (2, 1)]),
    ([("B", (1, 1))], 3, [(0, 1), (1, 0), (1, 2), (2, 1)]),
    ([("B", (2, 2)), ("W", (2, 2))], 5),
    ([("B", (2, 2))], 5, [(2, 2)]),
    ([("B", (5, 0))], 5),
    ([("B", (0, 5))], 5),
    ([("B", (-1, 0))], 5),
    ([("B", (0, -1))], 5),
    ([("B", (1.0, 2))], 5),
    ([("B", (1.5, 2))], 5),
    ([("B", (True, False)), ("W", (0, 0))], 5),
    ([("B", (0, 0, 0))], 5),
    ([("B", (0,))], 5),
    ([("B", "dd")], 5),
    ([("B", "")], 5),
    ([("B", [])], 5),
    ([("b", (0, 0))], 5),
    ([("X", (0, 0))], 5),
    ([(None, (0, 0))], 5),
    ([("BW", (0, 0))], 5),
    ([("X", None)], 5),
    ([("B", None), ("W", None), ("B", None)], 5),
    ([("W", None), ("B", (0, 0))], 5),
    ([("B", (0, 0)), ("W", (2, 2)), ("X", (1, 1))], 5),
    ([("B", (0, 0), "extra")], 5),
    ([("B",)], 5),
    ([None], 5),
    (None, 5),
    ("B", 5),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_game, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay_game, reference, moves=KO, size=5, handicap=[(4, 4)])
    assert_same(replay_game, reference, CORNER, handicap=[(3, 3)])
    assert_same(replay_game, reference, CORNER, size=9)


def _random_cases():
    rng = random.Random(29081)
    for _ in range(230):
        size = rng.choice([3, 4, 5, 5, 6, 7, 9])
        handicap = []
        if rng.random() < 0.3:
            handicap = rng.sample([(r, c) for r in range(size) for c in range(size)], rng.randint(1, 3))
            if rng.random() < 0.1:
                handicap.append(handicap[0])
        moves = []
        used = set(handicap)
        colour = "W" if handicap else "B"
        for _ in range(rng.randint(0, 2 * size * size)):
            roll = rng.random()
            if roll < 0.04:
                point = None
            elif roll < 0.045:
                point = (size, 0)
            else:
                unused = [(r, c) for r in range(size) for c in range(size) if (r, c) not in used]
                point = rng.choice(unused) if unused and rng.random() < 0.93 else (rng.randrange(size), rng.randrange(size))
                used.add(point)
            moves.append((colour if rng.random() < 0.95 else rng.choice("BW"), point))
            colour = "W" if colour == "B" else "B"
        if moves and rng.random() < 0.03:
            moves.append(("x", None))
        yield (moves, size, handicap)


def _legal_prefix(case):
    """Cut a random game at its first illegal move, so that long legal replays are covered too."""
    moves, size, handicap = case
    for cut in range(len(moves), 0, -1):
        try:
            reference(moves[:cut], size, handicap)
        except ValueError:
            continue
        return (moves[:cut], size, handicap)
    return (moves[:0], size, handicap)


RANDOM = list(_random_cases())


@pytest.mark.parametrize("case", RANDOM)
def test_random(case) -> None:
    assert_same(replay_game, reference, *case)


@pytest.mark.parametrize("case", [_legal_prefix(case) for case in RANDOM[:60]])
def test_random_legal_prefix(case) -> None:
    assert_same(replay_game, reference, *case)


def test_league_game() -> None:
    """A realistic 19x19 league game of about 230 moves with captures and closing passes."""
    rng = random.Random(2909)
    free = [(r, c) for r in range(19) for c in range(19) if (r, c) not in ((3, 3), (15, 15))]
    rng.shuffle(free)
    moves, colour, played = [], "W", {(3, 3), (15, 15)}
    for point in free[:240]:
        around = [(point[0] + dr, point[1] + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                  if 0 <= point[0] + dr < 19 and 0 <= point[1] + dc < 19]
        if all(p in played for p in around):
            continue
        played.add(point)
        moves.append((colour, point))
        colour = "W" if colour == "B" else "B"
    moves += [(colour, None), ("W" if colour == "B" else "B", None)]
    case = _legal_prefix((moves, 19, [(3, 3), (15, 15)]))
    assert len(case[0]) > 150
    assert_same(replay_game, reference, *case)
