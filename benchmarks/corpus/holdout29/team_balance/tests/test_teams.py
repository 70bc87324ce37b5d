from datetime import date

import pytest

from team_balance.announce import team_sheet
from team_balance.roster import Player, parse_signups
from team_balance.split import TeamSplit, balanced_teams


def test_parse_signups() -> None:
    players = parse_signups("1. Sam\n2. alex (gk)\n\n3. Sam\nJo\n", {"Sam": 7, "Alex": 6})
    assert players == [Player("Sam", 7), Player("alex", 6), Player("Jo", 5)]


def test_even_split() -> None:
    players = [Player("A", 9), Player("B", 1), Player("C", 5), Player("D", 5)]
    assert balanced_teams(players) == TeamSplit(["A", "B"], ["C", "D"], 10, 10)


def test_odd_number_gives_side_a_the_extra_player() -> None:
    split = balanced_teams([Player("A", 3), Player("B", 3), Player("C", 3)])
    assert split == TeamSplit(["A", "B"], ["C"], 6, 3)


def test_ties_prefer_earliest_signups() -> None:
    players = [Player(name, 5) for name in "ABCDEF"]
    assert balanced_teams(players).team_a == ["A", "B", "C"]


def test_bad_sessions() -> None:
    with pytest.raises(ValueError):
        balanced_teams([Player("A", 3)])
    with pytest.raises(ValueError):
        balanced_teams([Player("A", 3), Player("A", 4)])
    with pytest.raises(ValueError):
        balanced_teams([Player("A", 3), Player("B", -1)])


def test_team_sheet() -> None:
    text = team_sheet(date(2024, 3, 5), "Pitch 2", TeamSplit(["A"], ["B"], 5, 4))
    assert text == "Tuesday 05 March, Pitch 2\n\nBibs (5):\n  A\n\nNon-bibs (4):\n  B\n"
