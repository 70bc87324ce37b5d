"""Strict equivalence tests for score_play (never shown to wattlens)."""

from __future__ import annotations

import copy
import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from wordboard.scoring import Play, score_play

TARGET = "wordboard/scoring.py:score_play"


# --- verbatim copy of the original implementation, its helpers and constants ---------------

SIZE = 15

LETTER_VALUES = {
    **dict.fromkeys("AEIOULNSTR", 1), **dict.fromkeys("DG", 2), **dict.fromkeys("BCMP", 3),
    **dict.fromkeys("FHVWY", 4), "K": 5, **dict.fromkeys("JX", 8), **dict.fromkeys("QZ", 10),
}


def _premiums():
    quadrant = {
        "TW": [(0, 0), (0, 7)],
        "DW": [(1, 1), (2, 2), (3, 3), (4, 4), (7, 7)],
        "TL": [(1, 5), (5, 5)],
        "DL": [(0, 3), (2, 6), (3, 0), (3, 7), (6, 2), (6, 6), (7, 3)],
    }
    squares = {}
    for kind, cells in quadrant.items():
        for r, c in cells:
            for rr in (r, SIZE - 1 - r):
                for cc in (c, SIZE - 1 - c):
                    squares[(rr, cc)] = kind
                    squares[(cc, rr)] = kind
    return squares


PREMIUMS = _premiums()
BINGO_TILES = 7
BINGO_BONUS = 50


def letter_value(tile):
    return 0 if tile.islower() else LETTER_VALUES[tile]


def _word_score(grid, r, c, dr, dc, new):
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


def reference(board, play):
    trial = copy.deepcopy(board)
    dr, dc = (0, 1) if play.across else (1, 0)
    placed = []
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


# --- cases -------------------------------------------------------------------------------

Move = namedtuple("Move", "word row col across")


def empty():
    return [[""] * SIZE for _ in range(SIZE)]


def board_with(*plays):
    board = empty()
    for word, row, col, across in plays:
        for i, letter in enumerate(word):
            r, c = (row, col + i) if across else (row + i, col)
            board[r][c] = letter
    return board


CAT = board_with(("CAT", 7, 7, True))
MIDGAME = board_with(("QUIZ", 7, 5, True), ("JAB", 5, 8, False), ("EXAM", 3, 10, False), ("iNK", 9, 3, True), ("OX", 11, 12, True))
CORNER = board_with(("ZOO", 0, 0, True), ("ZEN", 0, 0, False))
EDGE = board_with(("HOUSE", 14, 10, True), ("HE", 13, 14, False))
ALIASED = [[""] * SIZE] * SIZE
ALIASED_ROW = empty()
ALIASED_ROW[8] = ALIASED_ROW[7]
TUPLES = tuple(tuple(row) for row in CAT)
STRINGS = ["".join(square or " " for square in row) for row in CAT]
NONE_SQUARES = [[None] * SIZE for _ in range(SIZE)]
SMALL = [[""] * 5 for _ in range(5)]
ODD_TILES = board_with(("CAT", 7, 7, True))
ODD_TILES[6][8] = "?"
ODD_TILES[8][9] = 0
ODD_TILES[8][7] = "É"

P = Play
CASES = [
    (empty(), P("QUIZ", 7, 7)),
    (empty(), P("QUIz", 7, 4)),
    (empty(), P("quiz", 7, 4)),
    (empty(), P("RETAINS", 7, 4, False)),
    (empty(), P("RETAINS", 7, 7)),
    (empty(), P("RETAINED", 7, 7)),
    (empty(), P("STRENGTHS", 7, 3)),
    (empty(), P("A", 7, 7)),
    (empty(), P("", 7, 7)),
    (empty(), P("AXE", 0, 0)),
    (empty(), P("AXE", 0, 0, False)),
    (empty(), P("JAZZMEN", 0, 0)),
    (empty(), P("JAZZMEN", 0, 8)),
    (empty(), P("JAZZMEN", 0, 9)),
    (empty(), P("JAZZMEN", 8, 14, False)),
    (empty(), P("JAZZMEN", 9, 14, False)),
    (empty(), P("AB", -1, 7)),
    (empty(), P("AB", 7, -1)),
    (empty(), P("AB", 7, -1, False)),
    (empty(), P("AB", 15, 0)),
    (empty(), P("AB", 0, 15)),
    (empty(), P("AB", 14, 14)),
    (empty(), P("AB", 14, 14, False)),
    (empty(), P("AB", 7, 13)),
    (empty(), P("AB", 13, 7, False)),
    (empty(), P("AB", 10 ** 20, 0)),
    (CAT, P("CATS", 7, 7)),
    (CAT, P("SO", 7, 10, False)),
    (CAT, P("AX", 6, 8)),
    (CAT, P("XI", 6, 9, False)),
    (CAT, P("SCAT", 7, 6)),
    (CAT, P("S", 7, 10)),
    (CAT, P("S", 7, 6)),
    (CAT, P("S", 6, 7, False)),
    (CAT, P("AT", 7, 8)),
    (CAT, P("CAT", 7, 7)),
    (CAT, P("cat", 7, 7)),
    (CAT, P("COT", 7, 7)),
    (CAT, P("CAB", 7, 7)),
    (CAT, P("ACT", 6, 7, False)),
    (CAT, P("CAR", 7, 7, False)),
    (CAT, P("ARC", 5, 7, False)),
    (CAT, P("TACTICS", 7, 9)),
    (CAT, P("TACTICS", 7, 9, False)),
    (CAT, P("ZZZZZZZZ", 8, 7)),
    (CAT, P("EEEEEEE", 8, 6)),
    (MIDGAME, P("EXAMS", 3, 10, False)),
    (MIDGAME, P("MAXI", 6, 7)),
    (MIDGAME, P("OINK", 9, 2)),
    (MIDGAME, P("iNKS", 9, 3)),
    (MIDGAME, P("INKS", 9, 3)),
    (MIDGAME, P("ZOO", 7, 8, False)),
    (MIDGAME, P("BOX", 7, 8, False)),
    (MIDGAME, P("FOX", 10, 12, False)),
    (MIDGAME, P("OXEN", 11, 12)),
    (MIDGAME, P("QI", 8, 4)),
    (MIDGAME, P("AAAAAAA", 8, 5)),
    (MIDGAME, P("aaaaaaa", 6, 2)),
    (CORNER, P("ZOOS", 0, 0)),
    (CORNER, P("ZENS", 0, 0, False)),
    (CORNER, P("OX", 1, 1)),
    (CORNER, P("ZOOM", 0, 0)),
    (EDGE, P("HOUSES", 14, 10)),
    (EDGE, P("HOUSE", 14, 10)),
    (EDGE, P("SHE", 12, 14, False)),
    (EDGE, P("THE", 12, 14, False)),
    (EDGE, P("AH", 14, 8)),
    (EDGE, P("AHOUSE", 14, 9)),
    (CAT, P("CATé", 7, 7)),
    (CAT, P("CATÉ", 7, 7)),
    (CAT, P("CAT1", 7, 7)),
    (CAT, P("CAT ", 7, 7)),
    (CAT, P("CATß", 7, 7)),
    (empty(), P("ǅA", 7, 7)),
    (CAT, P(["C", "A", "T", "S"], 7, 7)),
    (CAT, P(("C", "A", "T", "S"), 7, 7)),
    (CAT, P(["C", "A", "T", "QU"], 7, 7)),
    (CAT, P(["C", "A", "T", "qu"], 7, 7)),
    (CAT, P("CATS", 7, 7, 1)),
    (CAT, P("CATS", 7, 7, 0)),
    (CAT, P("CATS", 7, 7, None)),
    (CAT, P("CS", 7, 7, "no")),
    (CAT, P("CATS", 7.0, 7)),
    (CAT, P("CATS", 7, 7.0)),
    (CAT, P("S", True, 7, False)),
    (CAT, P("CATS", "7", 7)),
    (CAT, P(None, 7, 7)),
    (CAT, P(7, 7, 7)),
    (CAT, Move("CATS", 7, 7, True)),
    (CAT, SimpleNamespace(word="SO", row=7, col=10, across=False)),
    (CAT, SimpleNamespace(word="SO", row=7, col=10)),
    (CAT, None),
    (ALIASED, P("CAT", 7, 7)),
    (ALIASED, P("CAT", 7, 7, False)),
    (ALIASED, P("QUIZ", 3, 2)),
    (ALIASED_ROW, P("DOG", 7, 7)),
    (ALIASED_ROW, P("DOG", 6, 7, False)),
    (ALIASED_ROW, P("GO", 7, 7)),
    (TUPLES, P("CATS", 7, 7)),
    (TUPLES, P("CAT", 7, 7)),
    (TUPLES, P("COT", 7, 7)),
    (STRINGS, P("CATS", 7, 7)),
    (STRINGS, P("CAT", 7, 7)),
    (NONE_SQUARES, P("CAT", 7, 7)),
    (SMALL, P("AB", 0, 0)),
    (SMALL, P("AB", 7, 7)),
    (SMALL, P("ABCDEF", 0, 0)),
    ([], P("AB", 0, 0)),
    (None, P("AB", 0, 0)),
    (ODD_TILES, P("CATS", 7, 7)),
    (ODD_TILES, P("AXE", 6, 8, False)),
    (ODD_TILES, P("ET", 8, 7)),
    (ODD_TILES, P("ÉT", 8, 7)),
    (ODD_TILES, P("CO", 7, 7, False)),
    (board_with(("cat", 7, 7, True)), P("CATS", 7, 7)),
    (board_with(("cat", 7, 7, True)), P("cats", 7, 7)),
    (board_with(("Cat", 7, 7, True)), P("CATs", 7, 7)),
    (board_with(("CAT", 7, 7, True), ("DOG", 9, 7, True)), P("CUD", 7, 7, False)),
    (board_with(("CAT", 7, 7, True), ("DOG", 9, 7, True)), P("AXO", 7, 8, False)),
    (board_with(("CAT", 7, 7, True), ("DOG", 9, 7, True)), P("EXE", 8, 6)),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(score_play, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(score_play, reference, play=P("SO", 7, 10, False), board=CAT)


BAG = "AAAAAAAAABBCCDDDDEEEEEEEEEEEEFFGGGHHIIIIIIIIIJKLLLLMMNNNNNNOOOOOOOOPPQRRRRRRSSSSTTTTTTUUUUVVWWXYYZ??"


def _random_play(rng, board):
    occupied = [(r, c) for r in range(SIZE) for c in range(SIZE) if board[r][c]] or [(7, 7)]
    anchor_r, anchor_c = rng.choice(occupied)
    across = rng.random() < 0.5
    length = rng.randint(1, 9)
    offset = rng.randint(0, length - 1)
    row, col = (anchor_r, anchor_c - offset) if across else (anchor_r - offset, anchor_c)
    letters = []
    for i in range(length):
        r, c = (row, col + i) if across else (row + i, col)
        on_board = board[r][c] if 0 <= r < SIZE and 0 <= c < SIZE else ""
        tile = rng.choice(BAG)
        letters.append(on_board if on_board and rng.random() < 0.9 else (tile.lower() if tile == "?" else tile).replace("?", "e"))
    return P("".join(letters), row, col, across)


def _random_cases():
    rng = random.Random(1948)
    for _ in range(260):
        board = empty()
        for _ in range(rng.randint(0, 12)):
            play = _random_play(rng, board)
            try:
                reference(board, play)
            except ValueError:
                continue
            for i, letter in enumerate(play.word):
                r, c = (play.row, play.col + i) if play.across else (play.row + i, play.col)
                board[r][c] = board[r][c] or letter
        yield board, _random_play(rng, board)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(score_play, reference, *case)


def test_club_game_position() -> None:
    rng = random.Random(77)
    board = empty()
    for _ in range(40):
        play = _random_play(rng, board)
        try:
            reference(board, play)
        except ValueError:
            continue
        for i, letter in enumerate(play.word):
            r, c = (play.row, play.col + i) if play.across else (play.row + i, play.col)
            board[r][c] = board[r][c] or letter
    for _ in range(150):
        assert_same(score_play, reference, board, _random_play(rng, board))
