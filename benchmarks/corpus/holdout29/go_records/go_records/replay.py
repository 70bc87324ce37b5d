"""Replaying a game record under the league's rules (simple ko, no suicide)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Sequence

from go_records.board import IllegalMove, Point, group_at, neighbours


@dataclass(frozen=True)
class GameReplay:
    """The final position (one string per row, "B", "W" or "."), the stones captured by black
    and by white, and the number of stones played and of passes."""

    position: tuple[str, ...]
    captured_by_black: int
    captured_by_white: int
    stones_played: int
    passes: int


def replay_game(moves: Sequence[tuple[str, Point | None]], size: int = 19,
                handicap: Sequence[Point] = ()) -> GameReplay:
    """Replay a game move by move and return the outcome.

    ``moves`` are (colour, point) pairs: colour "B" or "W", point a 0-based (row, column) or None
    for a pass. The ``handicap`` points hold black stones before the first move. A stone is
    placed, the opponent's groups left without liberties are removed (and counted as captured
    by the mover), and then the stone's own group must have a liberty (no suicide) and the
    position must differ from the one before the opponent's last move (simple ko).

    Raises ``IllegalMove`` for a move off the board or onto a stone, a suicide or a ko capture,
    and ``ValueError`` for a colour other than "B" or "W", a board size outside 2-25, or
    handicap points that are off the board or repeated.
    """
    if not 2 <= size <= 25:
        raise ValueError(f"unsupported board size {size}")
    board = [["."] * size for _ in range(size)]
    for row, col in handicap:
        if not (0 <= row < size and 0 <= col < size) or board[row][col] != ".":
            raise ValueError(f"bad handicap point {(row, col)}")
        board[row][col] = "B"
    previous: list[list[str]] | None = None
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
        for r, c in neighbours(row, col, size):
            if trial[r][c] == opponent:
                group, liberties = group_at(trial, r, c)
                if not liberties:
                    for gr, gc in group:
                        trial[gr][gc] = "."
                    taken += len(group)
        if not group_at(trial, row, col)[1]:
            raise IllegalMove(f"move {number}: {point} is suicide")
        if trial == previous:
            raise IllegalMove(f"move {number}: {point} retakes a ko")
        previous, board = board, trial
        captured[colour] += taken
        stones += 1
    return GameReplay(tuple("".join(line) for line in board), captured["B"], captured["W"], stones, passes)
