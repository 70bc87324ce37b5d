"""Strict equivalence tests for reveal (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from minesweeper.reveal import MineHit, reveal
from strict_support import assert_same

TARGET = "minesweeper/reveal.py:reveal"

NEIGHBOURS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _count(grid, row, col):
    count = 0
    for dr, dc in NEIGHBOURS:
        r, c = row + dr, col + dc
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == "*":
            count += 1
    return count


def reference(board, row, col):
    grid = [list(line) for line in board]
    if any(len(line) != len(grid[0]) for line in grid):
        raise ValueError("board rows have different lengths")
    if not (0 <= row < len(grid) and 0 <= col < len(grid[0])):
        raise IndexError(f"click ({row}, {col}) is off the board")
    if grid[row][col] == "*":
        raise MineHit(f"mine at ({row}, {col})")
    queue = [(row, col)]
    seen = [(row, col)]
    uncovered = []
    while queue:
        r, c = queue.pop(0)
        count = _count(grid, r, c)
        uncovered.append((r, c, count))
        if count:
            continue
        for dr, dc in NEIGHBOURS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and (nr, nc) not in seen and grid[nr][nc] != "*":
                seen.append((nr, nc))
                queue.append((nr, nc))
    return uncovered


SMALL = ["*....", ".....", "...*."]

CASES = [
    (["."], 0, 0),
    (["*"], 0, 0),
    (["*."], 0, 1),
    ([".*"], 0, 0),
    (["..", ".."], 1, 1),
    (["...", ".*.", "..."], 0, 0),
    (["...", "...", "..."], 1, 1),
    (SMALL, 0, 4),
    (SMALL, 0, 1),
    (SMALL, 2, 0),
    (SMALL, 2, 4),
    (SMALL, 1, 0),
    (SMALL, 0, 0),
    (SMALL, 2, 3),
    (SMALL, 3, 0),
    (SMALL, 0, 5),
    (SMALL, -1, 0),
    (SMALL, 0, -1),
    ([], 0, 0),
    ([""], 0, 0),
    (["", ""], 0, 0),
    (["..", "."], 0, 0),
    (["..", "..."], 5, 5),
    (["..", ".", "*"], 0, 0),
    ([".....", "..F..", "....."], 0, 0),
    (["..?..", "?...?"], 1, 2),
    (["\u00b7\u00b7\u00b7", "\u00b7*\u00b7", "\u00b7\u00b7\u00b7"], 0, 0),
    (["\U0001F4A3..", "..."], 1, 2),
    ([list("..."), list(".*.")], 0, 0),
    (("....", "....", "...*"), 0, 0),
    ([".*.*.", "*...*", ".*.*."], 1, 2),
    (["." * 7] * 6, 3, 3),
    (["." * 7] * 6, 0, 6),
    ([".......", ".*****.", ".*...*.", ".*****.", "......."], 2, 3),
    ([".......", ".*****.", ".*...*.", ".*****.", "......."], 0, 0),
    ([".", ".", ".", "*", "."], 0, 0),
    (["....*...."], 0, 0),
    (["...", "...", "..."], True, 0),
    (["...", "...", "..."], 0, True),
    (["...", ".*.", "..."], True, True),
    (["..", ".."], False, 1),
    (SMALL, 0.5, 0),
    (SMALL, None, 0),
    (["..", "\n."], 0, 0),
]


def _random():
    rng = random.Random(2021)
    for _ in range(150):
        height, width = rng.randint(1, 9), rng.randint(1, 9)
        density = rng.choice([0.0, 0.05, 0.1, 0.2, 0.4])
        board = ["".join("*" if rng.random() < density else "." for _ in range(width)) for _ in range(height)]
        yield (board, rng.randint(-1, height), rng.randint(-1, width))


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(reveal, reference, *args)


@pytest.mark.parametrize("args", CASES)
def test_same_error_message(args) -> None:
    def message(function):
        try:
            return ("ok", function(*args))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(reveal) == message(reference)


def test_keyword_arguments() -> None:
    assert_same(reveal, reference, board=SMALL, row=0, col=4)
    assert_same(reveal, reference, SMALL, col=3, row=0)


def test_mine_hit_is_an_exception() -> None:
    with pytest.raises(MineHit, match=r"mine at \(0, 0\)"):
        reveal(SMALL, 0, 0)


def test_board_not_mutated() -> None:
    board = [list("..."), list(".*.")]
    reveal(board, 0, 0)
    assert board == [list("..."), list(".*.")]


def test_result_types() -> None:
    cells = reveal(["...", "..."], 0, 0)
    assert type(cells) is list and all(type(cell) is tuple for cell in cells)
    assert cells[:3] == [(0, 0, 0), (0, 1, 0), (1, 0, 0)]


@pytest.mark.parametrize("seed", range(6))
def test_big_boards(seed) -> None:
    rng = random.Random(seed)
    height, width = rng.randint(20, 40), rng.randint(20, 40)
    board = ["".join("*" if rng.random() < 0.05 else "." for _ in range(width)) for _ in range(height)]
    for _ in range(3):
        assert_same(reveal, reference, board, rng.randrange(height), rng.randrange(width))
