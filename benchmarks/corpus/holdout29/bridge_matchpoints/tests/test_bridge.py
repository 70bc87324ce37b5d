import pytest

from bridge_matchpoints.ranking import PairStanding, rank_pairs
from bridge_matchpoints.scoring import matchpoint_boards
from bridge_matchpoints.travellers import BoardResult, contract_score, is_vulnerable, parse_traveller


def test_contract_scores() -> None:
    assert contract_score("4S", "N", 10, False) == 420
    assert contract_score("4S", "N", 11, True) == 650
    assert contract_score("3N", "E", 9, False) == 400
    assert contract_score("2HX", "S", 8, False) == 470
    assert contract_score("6NXX", "W", 12, True) == 2110
    assert contract_score("7NXX", "W", 13, True) == 2980
    assert contract_score("7C", "N", 13, False) == 1440
    assert contract_score("3NX", "N", 6, False) == -500
    assert contract_score("4SX", "N", 6, True) == -1100
    assert contract_score("1C", "N", 5, True) == -200
    assert contract_score("PASS", "N", 0, False) == 0
    with pytest.raises(ValueError):
        contract_score("8S", "N", 13, False)
    with pytest.raises(ValueError):
        contract_score("4S", "N", 14, False)


def test_vulnerability_cycle() -> None:
    assert not is_vulnerable(1, "N")
    assert is_vulnerable(2, "S") and not is_vulnerable(2, "E")
    assert is_vulnerable(20, "W")
    assert is_vulnerable(17, "N") is False


def test_parse_traveller() -> None:
    assert parse_traveller("3, 12, 7, 4S, E, 10") == BoardResult(3, "12", "7", -620)
    assert parse_traveller("1,1,2,PASS,,") == BoardResult(1, "1", "2", 0)
    with pytest.raises(ValueError):
        parse_traveller("1,1,2,4S,Q,10")


def test_matchpoints() -> None:
    results = [BoardResult(1, "A", "B", 420), BoardResult(1, "C", "D", 450), BoardResult(1, "E", "F", 420),
               BoardResult(2, "A", "D", -100)]
    scored = matchpoint_boards(results)
    assert [(item.ns_points, item.ew_points, item.top) for item in scored] == [(1, 3, 4), (4, 0, 4), (1, 3, 4), (0, 0, 0)]
    assert scored[0].ns_percent == 25.0 and scored[1].ew_percent == 0.0
    assert scored[3].ns_percent == scored[3].ew_percent == 50.0


def test_duplicate_pair_on_board() -> None:
    with pytest.raises(ValueError):
        matchpoint_boards([BoardResult(1, "A", "B", 420), BoardResult(1, "A", "C", 400)])


def test_ranking_shares_places() -> None:
    results = [BoardResult(1, "A", "B", 420), BoardResult(1, "C", "D", 420)]
    standings = rank_pairs(matchpoint_boards(results))
    assert standings == [PairStanding(1, "A", 1, 50.0), PairStanding(1, "B", 1, 50.0),
                         PairStanding(1, "C", 1, 50.0), PairStanding(1, "D", 1, 50.0)]
