"""Scores of plays, as the club's scorers count them."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from wordboard.board import LETTER_VALUES, PREMIUMS, SIZE

BINGO_TILES = 7
BINGO_BONUS = 50


@dataclass(frozen=True)
class Play:
    """A word written from (row, col), across or down, including tiles already on the board.

    Lower-case letters of ``word`` at empty squares are blanks.
    """

    word: str
    row: int
    col: int
    across: bool = True


def letter_value(tile: str) -> int:
    """The face value of a tile: 0 for a blank (lower case). Raises KeyError for a non-letter."""
    return 0 if tile.islower() else LETTER_VALUES[tile]


def _word_score(grid: list[list[str]], r: int, c: int, dr: int, dc: int, new: set[tuple[int, int]]) -> tuple[int, int]:
    """(score, length) of the word through (r, c) in direction (dr, dc); premiums count only on ``new`` squares."""
    while 0 <= r - dr < SIZE and 0 <= c - dc < SIZE and grid[r - dr][c - dc]:
        r, c = r - dr, c - dc
    total = 0
    multiplier = 1
    length = 0
    while 0 <= r < SIZE and 0 <= c < SIZE and grid[r][c]:
        value = letter_value(grid[r][c])
        if (r, c) in new:
            premium = PREMIUMS.get((r, c))
            if premium == "DL":
                value *= 2
            elif premium == "TL":
                value *= 3
            elif premium == "DW":
                multiplier *= 2
            elif premium == "TW":
                multiplier *= 3
        total += value
        length += 1
        r, c = r + dr, c + dc
    return total * multiplier, length


def score_play(board: list[list[str]], play: Play) -> int:
    """The score of ``play`` on ``board``, which is left unchanged.

    The score is that of the whole word formed along the play's line (tiles touching its
    ends included), plus every cross-word of two or more letters formed through a newly
    placed tile, plus 50 when all seven tiles are placed. Premium squares count only
    under newly placed tiles. Raises ValueError when the word runs off the board, differs
    from a tile already on the board (blanks match their letter) or places no tile.
    """
    trial = copy.deepcopy(board)
    dr, dc = (0, 1) if play.across else (1, 0)
    placed: list[tuple[int, int]] = []
    for i, letter in enumerate(play.word):
        r, c = play.row + dr * i, play.col + dc * i
        if not (0 <= r < SIZE and 0 <= c < SIZE):
            raise ValueError(f"{play.word!r} runs off the board")
        existing = trial[r][c]
        if existing:
            if existing.upper() != letter.upper():
                raise ValueError(f"{play.word!r} conflicts with {existing!r} at row {r}, column {c}")
        else:
            trial[r][c] = letter
            placed.append((r, c))
    if not placed:
        raise ValueError(f"{play.word!r} places no tiles")
    new = set(placed)
    score, _ = _word_score(trial, play.row, play.col, dr, dc, new)
    for r, c in placed:
        cross, length = _word_score(trial, r, c, dc, dr, {(r, c)})
        if length > 1:
            score += cross
    if len(placed) == BINGO_TILES:
        score += BINGO_BONUS
    return score
