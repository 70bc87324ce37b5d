"""The 15x15 board: tiles, premium squares and letter values.

A board is a list of 15 rows of 15 squares; an empty square is ``""`` and a tile is its
letter, upper case for a lettered tile and lower case for a blank played as that letter.
"""

from __future__ import annotations

SIZE = 15

LETTER_VALUES = {
    **dict.fromkeys("AEIOULNSTR", 1), **dict.fromkeys("DG", 2), **dict.fromkeys("BCMP", 3),
    **dict.fromkeys("FHVWY", 4), "K": 5, **dict.fromkeys("JX", 8), **dict.fromkeys("QZ", 10),
}


def _premiums() -> dict[tuple[int, int], str]:
    """The premium squares of the standard board, built from one quadrant by symmetry."""
    quadrant = {
        "TW": [(0, 0), (0, 7)],
        "DW": [(1, 1), (2, 2), (3, 3), (4, 4), (7, 7)],
        "TL": [(1, 5), (5, 5)],
        "DL": [(0, 3), (2, 6), (3, 0), (3, 7), (6, 2), (6, 6), (7, 3)],
    }
    squares: dict[tuple[int, int], str] = {}
    for kind, cells in quadrant.items():
        for r, c in cells:
            for rr in (r, SIZE - 1 - r):
                for cc in (c, SIZE - 1 - c):
                    squares[(rr, cc)] = kind
                    squares[(cc, rr)] = kind
    return squares


PREMIUMS = _premiums()


def empty_board() -> list[list[str]]:
    """A board without tiles."""
    return [[""] * SIZE for _ in range(SIZE)]


def parse_board(text: str) -> list[list[str]]:
    """A board from 15 lines of 15 characters, ``.`` for an empty square.

    Raises ValueError for a wrong number of rows or columns or a character that is not a letter or ``.``.
    """
    rows = text.strip("\n").split("\n")
    if len(rows) != SIZE or any(len(row) != SIZE for row in rows):
        raise ValueError(f"a board has {SIZE} rows of {SIZE} squares")
    board = empty_board()
    for r, row in enumerate(rows):
        for c, char in enumerate(row):
            if char == ".":
                continue
            if not char.isalpha():
                raise ValueError(f"bad square {char!r} at row {r}, column {c}")
            board[r][c] = char
    return board


def render_board(board: list[list[str]]) -> str:
    """The board as 15 lines, ``.`` for an empty square (the inverse of parse_board)."""
    return "\n".join("".join(square or "." for square in row) for row in board)
