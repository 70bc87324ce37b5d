"""Uncovering cells after a click. Boards are lists of equal-length strings, '*' = mine."""

from __future__ import annotations

from typing import Sequence

MINE = "*"
NEIGHBOURS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


class MineHit(Exception):
    """The click landed on a mine."""


def adjacent_mines(grid: list[list[str]], row: int, col: int) -> int:
    count = 0
    for dr, dc in NEIGHBOURS:
        r, c = row + dr, col + dc
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == MINE:
            count += 1
    return count


def reveal(board: Sequence[str], row: int, col: int) -> list[tuple[int, int, int]]:
    """The cells uncovered by clicking (row, col), as (row, col, adjacent mine count),
    in the order the flood reaches them (breadth first, neighbours in reading order).

    A cell with no adjacent mines also uncovers its neighbours. Raises MineHit if the
    clicked cell is a mine, IndexError if the click is off the board and ValueError if
    the rows differ in length.
    """
    grid = [list(line) for line in board]
    if any(len(line) != len(grid[0]) for line in grid):
        raise ValueError("board rows have different lengths")
    if not (0 <= row < len(grid) and 0 <= col < len(grid[0])):
        raise IndexError(f"click ({row}, {col}) is off the board")
    if grid[row][col] == MINE:
        raise MineHit(f"mine at ({row}, {col})")

    queue = [(row, col)]
    seen = [(row, col)]
    uncovered = []
    while queue:
        r, c = queue.pop(0)
        count = adjacent_mines(grid, r, c)
        uncovered.append((r, c, count))
        if count:
            continue
        for dr, dc in NEIGHBOURS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and (nr, nc) not in seen and grid[nr][nc] != MINE:
                seen.append((nr, nc))
                queue.append((nr, nc))
    return uncovered


def render(board: Sequence[str], uncovered: list[tuple[int, int, int]]) -> str:
    """The board as the player sees it: '#' covered, '.' empty, digits for counts."""
    view = [["#"] * len(line) for line in board]
    for r, c, count in uncovered:
        view[r][c] = str(count) if count else "."
    return "\n".join("".join(line) for line in view)
