import pytest

from league.standings import League, render


def test_points_and_order() -> None:
    league = League()
    league.record("Ajax", "Bolton", 2, 0)
    league.record("Bolton", "Celtic", 1, 1)
    league.record("Celtic", "Ajax", 0, 3)
    table = league.table()
    assert [row.team for row in table] == ["Ajax", "Bolton", "Celtic"]
    assert table[0].points == 6 and table[0].goal_difference == 5
    assert table[1].drawn == 1 and table[1].lost == 1


def test_teams_without_matches_are_listed() -> None:
    league = League(["Dundee", "Aston"])
    assert [row.team for row in league.table()] == ["Aston", "Dundee"]


def test_tie_break_on_goals_scored() -> None:
    league = League()
    league.record("A", "B", 3, 3)
    league.record("C", "D", 1, 1)
    assert [row.team for row in league.table()] == ["A", "B", "C", "D"]


def test_bad_results() -> None:
    league = League()
    with pytest.raises(ValueError):
        league.record("A", "A", 1, 0)
    with pytest.raises(ValueError):
        league.record("A", "B", -1, 0)


def test_render() -> None:
    league = League()
    league.record("A", "B", 1, 0)
    assert render(league.table()).splitlines()[1].startswith("A ")
