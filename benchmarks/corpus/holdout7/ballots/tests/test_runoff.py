import pytest

from elections.runoff import RunoffResult, instant_runoff, parse_ballots


def test_outright_majority_in_first_round() -> None:
    result = instant_runoff(["ann", "bob"], [["ann"], ["ann", "bob"], ["bob"]])
    assert result == RunoffResult("ann", [{"ann": 2, "bob": 1}], [], 0)


def test_transfers_after_elimination() -> None:
    ballots = [["a", "c"], ["a"], ["b"], ["b"], ["c", "a"]]
    result = instant_runoff(["a", "b", "c"], ballots)
    assert result.winner == "a"
    assert result.eliminated == ["c"]
    assert result.rounds[-1] == {"a": 3, "b": 2}


def test_exhausted_ballots_are_counted() -> None:
    ballots = [["x"], ["y"], ["y"], ["z"], ["z"], ["x"], ["x"]]
    result = instant_runoff(["x", "y", "z"], ballots)
    assert result.eliminated == ["z"]
    assert result.exhausted == 2
    assert result.winner == "x"


def test_unknown_candidate_rejected() -> None:
    with pytest.raises(ValueError):
        instant_runoff(["a", "b"], [["a"], ["c"]])


def test_parse_ballots() -> None:
    text = "alice > bob  # postal\n\n carol>alice \n"
    assert parse_ballots(text) == [["alice", "bob"], ["carol", "alice"]]
