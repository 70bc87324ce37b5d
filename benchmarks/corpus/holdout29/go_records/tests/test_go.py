import pytest

from go_records.board import IllegalMove, group_at
from go_records.replay import GameReplay, replay_game
from go_records.sgf import parse_sgf


def test_parse_sgf() -> None:
    record = parse_sgf("(;FF[4]GM[1]SZ[9]PB[Aiko]PW[Ben]RE[W+3.5]AB[cc][gg];W[ee];B[dc];W[];B[tt])")
    assert (record.size, record.black, record.white, record.result) == (9, "Aiko", "Ben", "W+3.5")
    assert record.handicap == [(2, 2), (6, 6)]
    assert record.moves == [("W", (4, 4)), ("B", (2, 3)), ("W", None), ("B", None)]


def test_groups() -> None:
    board = [list(".B."), list("BW."), list("...")]
    stones, liberties = group_at(board, 1, 1)
    assert stones == {(1, 1)} and liberties == {(1, 2), (2, 1)}


def test_capture_in_the_corner() -> None:
    replay = replay_game([("B", (0, 1)), ("W", (0, 0)), ("B", (1, 0))], size=5)
    assert replay.position[0] == ".B..." and replay.position[1] == "B...."
    assert replay.captured_by_black == 1 and replay.stones_played == 3


def test_ko_and_suicide() -> None:
    ko = [("B", (0, 1)), ("W", (0, 2)), ("B", (1, 0)), ("W", (1, 3)), ("B", (2, 1)), ("W", (2, 2)),
          ("B", (1, 2)), ("W", (1, 1))]
    replay = replay_game(ko, size=5)
    assert replay.captured_by_white == 1
    with pytest.raises(IllegalMove):
        replay_game(ko + [("B", (1, 2))], size=5)
    assert replay_game(ko + [("B", (4, 4)), ("W", (4, 0)), ("B", (1, 2))], size=5).captured_by_black == 1
    with pytest.raises(IllegalMove):
        replay_game([("B", (0, 1)), ("B", (1, 0)), ("W", (0, 0))], size=5)


def test_bad_moves() -> None:
    with pytest.raises(IllegalMove):
        replay_game([("B", (2, 2)), ("W", (2, 2))], size=5)
    with pytest.raises(IllegalMove):
        replay_game([("B", (5, 0))], size=5)
    with pytest.raises(ValueError):
        replay_game([("X", (0, 0))], size=5)
    with pytest.raises(ValueError):
        replay_game([], size=1)


def test_passes_and_handicap() -> None:
    replay = replay_game([("W", (0, 0)), ("B", None), ("W", None)], size=3, handicap=[(1, 1)])
    assert replay == GameReplay(("W..", ".B.", "..."), 0, 0, 1, 2)
