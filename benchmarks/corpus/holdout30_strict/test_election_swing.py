"""Strict equivalence tests for constituency_swings (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from election_swing.swing import SeatSwing, constituency_swings

TARGET = "election_swing/swing.py:constituency_swings"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(previous, current, pair=("CON", "LAB")):
    first, second = pair
    if first == second:
        raise ValueError("swing needs two different parties")
    swings = {}
    for seat, votes in current.items():
        before = previous.get(seat)
        if before is None:
            continue
        seat_now = sum(votes.values())
        seat_before = sum(before.values())
        if seat_now == 0 or seat_before == 0:
            continue
        national_now = {}
        for seat_votes in current.values():
            for party, count in seat_votes.items():
                national_now[party] = national_now.get(party, 0) + count
        national_before = {}
        for seat_votes in previous.values():
            for party, count in seat_votes.items():
                national_before[party] = national_before.get(party, 0) + count
        total_now = sum(national_now.values())
        total_before = sum(national_before.values())
        national = ((national_now.get(first, 0) / total_now - national_before.get(first, 0) / total_before)
                    - (national_now.get(second, 0) / total_now - national_before.get(second, 0) / total_before)) * 50
        local = ((votes.get(first, 0) / seat_now - before.get(first, 0) / seat_before)
                 - (votes.get(second, 0) / seat_now - before.get(second, 0) / seat_before)) * 50
        ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        majority = (ranked[0][1] - runner_up) / seat_now * 100
        swings[seat] = SeatSwing(seat, ranked[0][0], round(majority, 2), round(local, 2), round(national, 2),
                                 round(local - national, 2))
    return swings


# --- cases -------------------------------------------------------------------------------

BEFORE = {"North": {"CON": 500, "LAB": 400, "LD": 100}, "South": {"CON": 300, "LAB": 600, "LD": 100}}
AFTER = {"North": {"CON": 400, "LAB": 500, "LD": 100}, "South": {"CON": 300, "LAB": 600, "LD": 100}}

CASES = [
    ({}, {}),
    (BEFORE, {}),
    ({}, AFTER),
    ({"A": {}}, {"A": {}}),
    ({"A": {"CON": 0}}, {"A": {"CON": 0, "LAB": 0}}),
    (BEFORE, AFTER),
    (AFTER, BEFORE),
    (BEFORE, BEFORE),
    (BEFORE, AFTER, ("LAB", "CON")),
    (BEFORE, AFTER, ("LD", "CON")),
    (BEFORE, AFTER, ("GRN", "REF")),
    (BEFORE, AFTER, ["CON", "LD"]),
    (BEFORE, AFTER, "AB"),
    (BEFORE, AFTER, ("CON", "CON")),
    ({}, {}, ("CON", "CON")),
    (BEFORE, AFTER, ("CON",)),
    (BEFORE, AFTER, ("CON", "LAB", "LD")),
    (BEFORE, AFTER, None),
    (dict(BEFORE, West={"CON": 5}), dict(AFTER, East={"CON": 10}, West={"CON": 0})),
    (dict(BEFORE, West={"CON": 0}), dict(AFTER, West={"CON": 7})),
    ({"X": {"CON": 10, "LAB": 10}}, {"X": {"CON": 50}}),
    ({"X": {"LAB": 10, "CON": 10}}, {"X": {"LAB": 10, "CON": 10}}),
    ({"X": {"LD": 10, "GRN": 10, "CON": 3}}, {"X": {"LD": 10, "GRN": 10, "CON": 3}}),
    ({"X": {"LAB": 1}}, {"X": {"LAB": 3}}),
    ({"X": {"CON": 1}, "Y": {"LAB": 1}}, {"Y": {"CON": 1}, "X": {"LAB": 1}}),
    ({"X": {"CON": 1000001, "LAB": 999999}}, {"X": {"CON": 999999, "LAB": 1000001}}),
    ({"X": {"CON": 10 ** 30, "LAB": 1}}, {"X": {"CON": 1, "LAB": 10 ** 30}}),
    ({"X": {"CON": 12.5, "LAB": 7.5}}, {"X": {"CON": 10.0, "LAB": 10}}),
    ({"X": {"CON": True, "LAB": 1}}, {"X": {"CON": 1, "LAB": False}}),
    ({"X": {"CON": 5, "LAB": -5, "LD": 3}}, {"X": {"CON": 5, "LAB": 2}}),
    ({"X": {"CON": 5}, "Y": {"CON": -5}}, {"X": {"CON": 5}}),
    ({"X": {"CON": 5}}, {"X": {"CON": 5}, "Y": {"LAB": -5}}),
    ({1: {"CON": 5, "LAB": 2}}, {1: {"CON": 2, "LAB": 5}, 2: {"CON": 1}}),
    ({"X": {1: 5, 2: 3}}, {"X": {1: 4, 2: 4}}, (1, 2)),
    ({"X": {"CON": 4, 2: 4}}, {"X": {"CON": 4, 2: 4}}),
    ({"X": {"CON": 4, "LAB": 3}}, {"X": {"CON": 4, "LAB": "3"}}),
    ({"X": {"CON": 4}}, {"New": {"CON": 4}, "X": {"CON": 2}}),
    (None, {}),
    (None, {"X": {"CON": 1}}),
    ({}, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(constituency_swings, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(constituency_swings, reference, previous=BEFORE, current=AFTER, pair=("LD", "LAB"))
    assert_same(constituency_swings, reference, BEFORE, current=AFTER)


def _random_cases():
    rng = random.Random(30077)
    parties = ["CON", "LAB", "LD", "GRN", "REF"]
    for _ in range(240):
        seats = [f"Seat {number}" for number in range(rng.randint(0, 12))]

        def election():
            result = {}
            for seat in seats:
                if rng.random() < 0.1:
                    continue
                chosen = rng.sample(parties, rng.randint(0, len(parties)))
                result[seat] = {party: rng.choice([0, rng.randint(1, 50), rng.randint(100, 5000)]) for party in chosen}
            return result

        previous, current = election(), election()
        if rng.random() < 0.3:
            keys = list(current)
            rng.shuffle(keys)
            current = {key: current[key] for key in keys}
        case = (previous, current)
        if rng.random() < 0.6:
            case += (tuple(rng.sample(parties + ["SNP"], 2)),)
        yield case


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(constituency_swings, reference, *case)


def test_full_election() -> None:
    """650 seats with realistic vote counts."""
    rng = random.Random(3008)
    seats = [f"Seat {number}" for number in range(650)]
    previous = {seat: {party: rng.randint(500, 30000) for party in ("CON", "LAB", "LD", "GRN")} for seat in seats}
    current = {seat: {party: rng.randint(500, 30000) for party in ("CON", "LAB", "LD", "REF")} for seat in seats[5:]}
    assert_same(constituency_swings, reference, previous, current)
