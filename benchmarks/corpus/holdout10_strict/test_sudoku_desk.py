"""Strict equivalence tests for solve (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from sudokit.solver import PuzzleError, solve

TARGET = "sudokit/solver.py:solve"


def _ref_candidates(grid, row, col):
    used = set(grid[row])
    used.update(grid[r][col] for r in range(9))
    top, left = 3 * (row // 3), 3 * (col // 3)
    used.update(grid[r][c] for r in range(top, top + 3) for c in range(left, left + 3))
    return [digit for digit in range(1, 10) if digit not in used]


def _ref_check(grid):
    if len(grid) != 9 or any(len(row) != 9 for row in grid):
        raise PuzzleError("grid must be 9x9")
    for row in grid:
        for value in row:
            if type(value) is not int or not 0 <= value <= 9:
                raise PuzzleError(f"bad cell value {value!r}")
    units = [[(r, c) for c in range(9)] for r in range(9)]
    units += [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(r, c) for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    for unit in units:
        givens = [grid[r][c] for r, c in unit if grid[r][c]]
        if len(givens) != len(set(givens)):
            raise PuzzleError("conflicting givens")


def reference(grid):
    _ref_check(grid)
    work = [list(row) for row in grid]

    def search():
        best = None
        for r in range(9):
            for c in range(9):
                if work[r][c] == 0:
                    options = _ref_candidates(work, r, c)
                    if not options:
                        return False
                    if best is None or len(options) < len(best[2]):
                        best = (r, c, options)
        if best is None:
            return True
        r, c, options = best
        for digit in options:
            work[r][c] = digit
            if search():
                return True
        work[r][c] = 0
        return False

    return work if search() else None


def g(text):
    text = text.replace(".", "0")
    return [[int(ch) for ch in text[r * 9 : r * 9 + 9]] for r in range(9)]


CLASSIC = g("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79")
SOLVED = g("534678912672195348198342567859761423426853791713924856961537284287419635345286179")
BASE = [[(3 * (r % 3) + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]


def variant(grid, **cells):
    out = [list(row) for row in grid]
    for key, value in cells.items():
        r, c = int(key[1]), int(key[2])
        out[r][c] = value
    return out


EMPTY = [[0] * 9 for _ in range(9)]
CASES = [
    EMPTY,
    CLASSIC,
    SOLVED,
    BASE,
    variant(SOLVED, c00=0),
    variant(SOLVED, c00=0, c44=0, c88=0),
    variant(CLASSIC, c02=1),
    variant(CLASSIC, c02=2),
    variant(CLASSIC, c02=4),
    variant(CLASSIC, c02=5),
    variant(CLASSIC, c02=9),
    variant(CLASSIC, c08=3),
    variant(EMPTY, c00=1, c01=1),
    variant(EMPTY, c00=1, c80=1),
    variant(EMPTY, c00=1, c22=1),
    variant(EMPTY, c00=1, c33=1),
    variant(EMPTY, c00=1, c11=2, c22=3, c33=4, c44=5, c55=6, c66=7, c77=8, c88=9),
    variant(EMPTY, c01=1, c02=2, c03=3, c04=4, c05=5, c06=6, c07=7, c10=8, c20=9),
    variant(EMPTY, c44=9),
    variant(SOLVED, c00=10),
    variant(SOLVED, c00=-1),
    variant(CLASSIC, c00=True),
    variant(CLASSIC, c00=5.0),
    variant(CLASSIC, c00="5"),
    variant(CLASSIC, c00=None),
    variant(CLASSIC, c11=0.0),
    CLASSIC[:8],
    CLASSIC + [[0] * 9],
    [row[:8] for row in CLASSIC],
    [row + [0] for row in CLASSIC],
    [],
    [[]] * 9,
    tuple(tuple(row) for row in CLASSIC),
    [tuple(row) for row in SOLVED],
    [list(range(9))] * 9,
    [[0] * 9] * 9,
]


def _solution(rng):
    digits = list(range(1, 10))
    rng.shuffle(digits)
    rows = [3 * b + r for b in rng.sample(range(3), 3) for r in rng.sample(range(3), 3)]
    cols = [3 * s + c for s in rng.sample(range(3), 3) for c in rng.sample(range(3), 3)]
    return [[digits[BASE[r][c] - 1] for c in cols] for r in rows]


def _random_puzzles():
    rng = random.Random(8128)
    for i in range(150):
        grid = _solution(rng)
        blanks = rng.randint(20, 56) if i % 3 else rng.randint(30, 45)
        for cell in rng.sample(range(81), blanks):
            grid[cell // 9][cell % 9] = 0
        if i % 3 == 0:
            r, c = rng.randrange(9), rng.randrange(9)
            grid[r][c] = rng.randint(1, 9)
        yield grid


@pytest.mark.parametrize("grid", CASES + list(_random_puzzles()))
def test_same_as_reference(grid) -> None:
    assert_same(solve, reference, grid)


@pytest.mark.parametrize("grid", [variant(EMPTY, c00=1, c01=1), variant(SOLVED, c00=10), CLASSIC[:8], variant(CLASSIC, c00=True)])
def test_same_error_message(grid) -> None:
    def message(function):
        try:
            return ("ok", function(grid))
        except Exception as error:  # noqa: BLE001
            return (type(error).__name__, str(error))

    assert message(solve) == message(reference)


def test_not_a_grid() -> None:
    assert_same(solve, reference, None)
    assert_same(solve, reference, "53..7....")


def test_result_is_a_fresh_list() -> None:
    grid = [list(row) for row in SOLVED]
    result = solve(grid)
    assert result == grid and result is not grid and result[0] is not grid[0]
