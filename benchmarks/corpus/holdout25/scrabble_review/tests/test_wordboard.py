import pytest

from wordboard.board import PREMIUMS, empty_board, parse_board, render_board
from wordboard.review import apply_play, rank_candidates
from wordboard.scoring import Play, score_play


def test_premium_layout() -> None:
    assert PREMIUMS[(7, 7)] == "DW" and PREMIUMS[(0, 0)] == "TW" and PREMIUMS[(14, 7)] == "TW"
    assert PREMIUMS[(5, 9)] == "TL" and PREMIUMS[(11, 0)] == "DL"
    assert sum(1 for kind in PREMIUMS.values() if kind == "TW") == 8
    assert sum(1 for kind in PREMIUMS.values() if kind == "DL") == 24


def test_opening_play_and_bingo() -> None:
    board = empty_board()
    assert score_play(board, Play("QUIZ", 7, 7)) == 2 * (10 + 1 + 1 + 10)
    assert score_play(board, Play("QUIz", 7, 4)) == 2 * (10 + 1 + 1 + 0)
    assert score_play(board, Play("RETAINS", 7, 4, across=False)) == 2 * 7 + 50


def test_cross_words_and_board_unchanged() -> None:
    board = empty_board()
    apply_play(board, Play("CAT", 7, 7))
    before = render_board(board)
    assert score_play(board, Play("CATS", 7, 7)) == 6
    assert score_play(board, Play("SO", 7, 10, across=False)) == 6 + 2  # SO, and the hook CATS
    assert render_board(board) == before


def test_illegal_plays() -> None:
    board = empty_board()
    apply_play(board, Play("CAT", 7, 7))
    with pytest.raises(ValueError):
        score_play(board, Play("COT", 7, 7))
    with pytest.raises(ValueError):
        score_play(board, Play("CAT", 7, 7))
    with pytest.raises(ValueError):
        score_play(board, Play("LONGWORD", 7, 10))


def test_rank_candidates_and_parse() -> None:
    board = empty_board()
    apply_play(board, Play("CAT", 7, 7))
    ranked = rank_candidates(board, [Play("COT", 7, 7), Play("CATS", 7, 7), Play("AX", 6, 8)], top=2)
    assert [play.word for _, play in ranked] == ["AX", "CATS"]
    assert parse_board(render_board(board)) == board
