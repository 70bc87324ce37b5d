import pytest

from chessclub.elo import Game, leaderboard, replay, standings_by_round


def test_single_win() -> None:
    ratings = replay([Game(1, "ann", "bob", 1)])
    assert ratings == {"ann": 1220.0, "bob": 1180.0}


def test_draw_between_equals_changes_nothing() -> None:
    assert replay([Game(1, "ann", "bob", 0.5)]) == {"ann": 1200.0, "bob": 1200.0}


def test_standings_grow_round_by_round() -> None:
    games = [Game(1, "a", "b", 1), Game(2, "b", "c", 0), Game(2, "a", "c", 0.5)]
    tables = standings_by_round(games)
    assert [r for r, _ in tables] == [1, 2]
    assert set(tables[0][1]) == {"a", "b"}
    assert tables[1][1] == replay(games)


def test_self_play_rejected() -> None:
    with pytest.raises(ValueError):
        standings_by_round([Game(1, "a", "a", 1)])


def test_leaderboard() -> None:
    assert leaderboard({"x": 1250.4, "y": 1250.4, "z": 1100.0}, top=2) == [("x", 1250), ("y", 1250)]
