"""Backtracking sudoku solver used by the puzzle desk."""

from __future__ import annotations

from typing import Sequence

Grid = list[list[int]]


class PuzzleError(ValueError):
    """The grid is not a 9x9 grid of digits 0-9, or its givens conflict."""


def parse_grid(text: str) -> Grid:
    """A grid from 81 characters (``1``-``9``, and ``0`` or ``.`` for blanks); whitespace is ignored."""
    cells = [ch for ch in text if not ch.isspace()]
    if len(cells) != 81 or any(ch not in "0123456789." for ch in cells):
        raise PuzzleError("expected 81 cells of digits or '.'")
    values = [0 if ch == "." else int(ch) for ch in cells]
    return [values[r * 9 : r * 9 + 9] for r in range(9)]


def candidates(grid: Grid, row: int, col: int) -> list[int]:
    """Digits that can go into the cell without repeating in its row, column or box."""
    used = set(grid[row])
    used.update(grid[r][col] for r in range(9))
    top, left = 3 * (row // 3), 3 * (col // 3)
    used.update(grid[r][c] for r in range(top, top + 3) for c in range(left, left + 3))
    return [digit for digit in range(1, 10) if digit not in used]


def _check(grid: Sequence[Sequence[int]]) -> None:
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


def solve(grid: Sequence[Sequence[int]]) -> Grid | None:
    """A solved copy of `grid` (0 = blank), or None if it has no solution.

    Always fills the blank with the fewest candidates first (the first such cell in
    reading order on ties) and tries candidates in increasing order, so the solution
    found for a puzzle with several solutions is reproducible.
    """
    _check(grid)
    work = [list(row) for row in grid]

    def search() -> bool:
        best = None
        for r in range(9):
            for c in range(9):
                if work[r][c] == 0:
                    options = candidates(work, r, c)
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


def format_grid(grid: Grid) -> str:
    """The grid as nine lines of digits, blanks shown as ``.``."""
    return "\n".join("".join(str(v) if v else "." for v in row) for row in grid)
