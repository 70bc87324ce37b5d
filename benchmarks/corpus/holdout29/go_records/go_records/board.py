"""Board geometry: neighbouring points, groups (chains) and their liberties."""

from __future__ import annotations

from typing import Iterator

Point = tuple[int, int]


class IllegalMove(ValueError):
    """A move the rules do not allow (occupied point, off the board, suicide or ko)."""


def neighbours(row: int, col: int, size: int) -> Iterator[Point]:
    """The points orthogonally next to (row, col) on a ``size`` x ``size`` board."""
    if row > 0:
        yield row - 1, col
    if row < size - 1:
        yield row + 1, col
    if col > 0:
        yield row, col - 1
    if col < size - 1:
        yield row, col + 1


def group_at(board: list[list[str]], row: int, col: int) -> tuple[set[Point], set[Point]]:
    """The stones of the group containing (row, col) and the empty points next to it."""
    colour = board[row][col]
    size = len(board)
    stones: set[Point] = {(row, col)}
    liberties: set[Point] = set()
    pending = [(row, col)]
    while pending:
        r, c = pending.pop()
        for nr, nc in neighbours(r, c, size):
            value = board[nr][nc]
            if value == ".":
                liberties.add((nr, nc))
            elif value == colour and (nr, nc) not in stones:
                stones.add((nr, nc))
                pending.append((nr, nc))
    return stones, liberties
