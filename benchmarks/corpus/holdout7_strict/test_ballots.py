"""Strict equivalence tests for instant_runoff (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from elections.runoff import RunoffResult, instant_runoff
from strict_support import assert_same

TARGET = "elections/runoff.py:instant_runoff"


def reference(candidates, ballots):
    if len(set(candidates)) != len(candidates):
        raise ValueError("duplicate candidate names")
    for number, ballot in enumerate(ballots, start=1):
        for choice in ballot:
            if choice not in candidates:
                raise ValueError(f"ballot {number} ranks unknown candidate {choice!r}")
    continuing = list(candidates)
    eliminated = []
    rounds = []
    while continuing:
        tally = {}
        for name in continuing:
            tally[name] = 0
        exhausted = 0
        for ballot in ballots:
            live = [choice for choice in ballot if choice in continuing]
            if live:
                tally[live[0]] += 1
            else:
                exhausted += 1
        rounds.append(tally)
        active = len(ballots) - exhausted
        best = max(tally.values())
        leader = next(name for name in continuing if tally[name] == best)
        if best * 2 > active or len(continuing) == 1:
            return RunoffResult(leader, rounds, eliminated, exhausted)
        fewest = min(tally.values())
        loser = [name for name in reversed(continuing) if tally[name] == fewest][0]
        continuing.remove(loser)
        eliminated.append(loser)
    return RunoffResult(None, rounds, eliminated, len(ballots))


CASES = [
    ([], []),
    ([], [[], []]),
    (["solo"], []),
    (["solo"], [[]]),
    (["solo"], [["solo"], [], ["solo", "solo"]]),
    (["a", "b"], []),
    (["a", "b"], [[], []]),
    (["a", "b"], [["a"], ["b"]]),
    (["b", "a"], [["a"], ["b"]]),
    (["a", "b", "c"], [["a"], ["b"], ["c"]]),
    (["a", "b", "c"], [["c", "b"], ["a"], ["b"], ["c", "a"], ["a"]]),
    (["a", "b", "c"], [["a", "a", "b"], ["c", "c"], ["b", "c", "a"], ["c"]]),
    (("a", "b", "c"), (("a", "b"), ("b",), ("c", "b"))),
    (["a", "b", "c", "d"], [["d", "c", "b", "a"]] * 3 + [["a"]] * 2 + [["b", "a"]] * 2 + [["c"]]),
    (["x", "y", "z"], [["x"], ["y"], ["y"], ["z"], ["z"], ["x"], ["x"]]),
    (["x", "y"], [["x"], ["x"], ["y"], ["y"]]),
    (["x", "y"], [["x", "y"], ["y", "x"], []]),
    (["Zoë", "zoe", "Ångström", "日本"], [["日本", "zoe"], ["Zoë"], ["Ångström", "Zoë"], ["日本"], ["zoe", "Zoë"]]),
    (["", " "], [[""], [" "], [" ", ""]]),
    ([1, 2, 3], [[3, 1], [2], [1], [3, 2]]),
    (["a", "b"], [["a"], ["c"]]),
    (["a", "b"], [["a", "b", "ghost"]]),
    (["a", "a"], [["a"]]),
    (["a", "b", "a"], []),
    (["a"], [["A"]]),
    (["a", "b"], [["a "]]),
]


@pytest.mark.parametrize("candidates,ballots", CASES)
def test_cases(candidates, ballots) -> None:
    assert_same(instant_runoff, reference, candidates, ballots)


def _random_elections():
    rng = random.Random(8128)
    for _ in range(150):
        names = [f"c{n}" for n in rng.sample(range(30), rng.randint(1, 9))]
        ballots = []
        for _ in range(rng.randint(0, 40)):
            depth = rng.randint(0, len(names) + 1)
            ballot = [rng.choice(names) for _ in range(depth)]
            ballots.append(ballot if rng.random() < 0.8 else tuple(ballot))
        if rng.random() < 0.05 and ballots:
            ballots[rng.randrange(len(ballots))] = ["nobody"]
        yield names, ballots


@pytest.mark.parametrize("candidates,ballots", list(_random_elections()))
def test_random_elections(candidates, ballots) -> None:
    assert_same(instant_runoff, reference, candidates, ballots)


def test_large_election() -> None:
    rng = random.Random(99)
    names = [f"cand{n:02d}" for n in range(25)]
    weights = [rng.random() + 0.1 for _ in names]
    ballots = [list(dict.fromkeys(rng.choices(names, weights, k=rng.randint(0, 12)))) for _ in range(1500)]
    assert_same(instant_runoff, reference, names, ballots)


def test_all_ties_eliminate_last_listed() -> None:
    result = instant_runoff(["p", "q", "r"], [["p"], ["q"], ["r"]])
    assert result.eliminated == ["r", "q"]
    assert result.winner == "p"
    assert [sorted(r.items()) for r in result.rounds] == [
        [("p", 1), ("q", 1), ("r", 1)],
        [("p", 1), ("q", 1)],
        [("p", 1)],
    ]


def test_round_tallies_are_separate_dicts_in_candidate_order() -> None:
    result = instant_runoff(["b", "a", "c"], [["c", "a"], ["a"], ["b"], ["b"], ["a"]])
    assert [list(r) for r in result.rounds] == [["b", "a", "c"], ["b", "a"]]
    assert result.rounds[0] is not result.rounds[1]
    assert result == RunoffResult("a", [{"b": 2, "a": 2, "c": 1}, {"b": 2, "a": 3}], ["c"], 0)


def test_inputs_are_not_mutated() -> None:
    candidates = ["a", "b", "c"]
    ballots = [["c", "b"], ["a"], ["b"], ["c"]]
    instant_runoff(candidates, ballots)
    assert candidates == ["a", "b", "c"]
    assert ballots == [["c", "b"], ["a"], ["b"], ["c"]]


def test_first_bad_ballot_is_reported() -> None:
    with pytest.raises(ValueError, match=r"ballot 2 ranks unknown candidate 'zed'"):
        instant_runoff(["a", "b"], [["a"], ["b", "zed"], ["yon"]])


def test_duplicate_candidates_checked_before_ballots() -> None:
    with pytest.raises(ValueError, match="duplicate candidate names"):
        instant_runoff(["a", "a"], [["nobody"]])
