"""Strict equivalence tests for allocate_seats (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict
from fractions import Fraction

import pytest
from seatcount.methods import allocate_seats
from strict_support import assert_same

TARGET = "seatcount/methods.py:allocate_seats"


# --- verbatim copy of the original implementation and its helpers -------------------------

def divisor(method, seats_won):
    if method == "dhondt":
        return seats_won + 1
    if method == "sainte-lague":
        return 2 * seats_won + 1
    if method == "modified-sainte-lague":
        return 1.4 if seats_won == 0 else 2 * seats_won + 1
    raise ValueError(f"unknown method {method!r}")


def reference(votes, seats, method="dhondt", threshold=0.0):
    total = sum(votes.values())
    eligible = {party: count for party, count in votes.items() if count > 0 and count / total >= threshold}
    won = {party: 0 for party in eligible}
    for _ in range(seats):
        quotients = []
        for party, count in eligible.items():
            quotients.append((count / divisor(method, won[party]), count, party))
        quotients.sort(key=lambda entry: (-entry[0], -entry[1], entry[2]))
        winner = quotients[0][2]
        won[winner] += 1
    return {party: won.get(party, 0) for party in votes}


# --- cases -------------------------------------------------------------------------------

TEXTBOOK = {"A": 100_000, "B": 80_000, "C": 30_000, "D": 20_000}
METHODS = ["dhondt", "sainte-lague", "modified-sainte-lague"]

CASES = [
    ({}, 0),
    ({}, 3),
    ({}, -1),
    ({"A": 10}, 0),
    ({"A": 10}, 1),
    ({"A": 10}, 7),
    ({"A": 10}, -3),
    ({"A": 0}, 0),
    ({"A": 0}, 2),
    ({"A": 0, "B": 0}, 2),
    (TEXTBOOK, 8),
    (TEXTBOOK, 8, "sainte-lague"),
    (TEXTBOOK, 8, "modified-sainte-lague"),
    (TEXTBOOK, 8, "dhondt", 0.1),
    (TEXTBOOK, 8, "dhondt", 0.13043478260869565),
    (TEXTBOOK, 8, "dhondt", 0.1304347826086957),
    (TEXTBOOK, 8, "dhondt", 0.5),
    (TEXTBOOK, 8, "dhondt", 1.0),
    (TEXTBOOK, 8, "dhondt", 1.5),
    (TEXTBOOK, 8, "dhondt", -1),
    (TEXTBOOK, 8, "dhondt", 0),
    (TEXTBOOK, 8, "dhondt", Fraction(1, 10)),
    (TEXTBOOK, 0, "hare"),
    (TEXTBOOK, 1, "hare"),
    (TEXTBOOK, 1, "Dhondt"),
    ({}, 1, "hare"),
    ({"A": 0}, 1, "hare"),
    (TEXTBOOK, 1, None),
    (TEXTBOOK, 250),
    (TEXTBOOK, 1000, "sainte-lague"),
    (dict(reversed(list(TEXTBOOK.items()))), 8),
    (OrderedDict(TEXTBOOK), 8),
    # ties
    ({"B": 50, "A": 100}, 2),
    ({"B": 50, "A": 50}, 1),
    ({"B": 50, "A": 50}, 3),
    ({"b": 50, "B": 50, "a": 50, "A": 50, "Ä": 50, "": 50}, 5),
    ({"X": 300, "Y": 100}, 2, "sainte-lague"),
    ({"X": 300, "Y": 100}, 3, "sainte-lague"),
    ({"X": 140, "Y": 100}, 2, "modified-sainte-lague"),
    ({"X": 700, "Y": 300, "Z": 300}, 5, "modified-sainte-lague"),
    ({"X": 6, "Y": 4, "Z": 2}, 6),
    ({"X": 6, "Y": 4, "Z": 2}, 6, "sainte-lague"),
    ({"X": 0.3, "Y": 0.1, "Z": 0.2}, 5),
    ({"X": 0.1 + 0.2, "Y": 0.3}, 3),
    ({"X": 3, "Y": 3.0, "Z": True}, 4),
    ({"X": Fraction(1, 3), "Y": Fraction(2, 3)}, 4),
    ({"X": 10 ** 30, "Y": 10 ** 30 - 1, "Z": 5}, 6),
    ({1: 500, 2: 300, 3: 300}, 5),
    ({(1, "a"): 5, (0, "b"): 5}, 1),
    # negative and odd vote counts
    ({"A": 100, "B": -20, "C": 40}, 4),
    ({"A": 100, "B": -20, "C": 40}, 4, "dhondt", 0.3),
    ({"A": 5, "B": -5}, 2),
    ({"A": 5, "B": -5}, 0),
    ({"A": float("nan"), "B": 10}, 2),
    ({"A": float("inf"), "B": 10}, 2),
    # invalid input
    (TEXTBOOK, None),
    (TEXTBOOK, 2.0),
    (TEXTBOOK, "3"),
    (TEXTBOOK, 3, "dhondt", None),
    ({}, 2, "dhondt", None),
    ({"A": None}, 1),
    ({"A": "10"}, 1),
    ([("A", 1)], 1),
    (None, 1),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(allocate_seats, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(allocate_seats, reference, threshold=0.05, method="sainte-lague", seats=11, votes=dict(TEXTBOOK))


def test_votes_are_not_modified() -> None:
    votes = dict(TEXTBOOK)
    allocate_seats(votes, 12, "sainte-lague", 0.1)
    assert votes == TEXTBOOK and list(votes) == list(TEXTBOOK)


def _random_cases():
    rng = random.Random(1962)
    names = ["SDP", "KOK", "PS", "KESK", "VIHR", "VAS", "RKP", "KD", "LIIK", "Pir", "Ålands", "Indep"]
    for index in range(180):
        parties = rng.sample(names, rng.randint(1, len(names)))
        if index % 4 == 0:
            pool = [rng.randint(0, 50) * 10 for _ in range(3)]
            votes = {party: rng.choice(pool) for party in parties}
        else:
            votes = {party: rng.choice([0, rng.randint(1, 200), rng.randint(1, 20_000), int(rng.paretovariate(1.2) * 900)])
                     for party in parties}
        if index % 9 == 0:
            votes = {party: count + 0.5 for party, count in votes.items()}
        seats = rng.choice([0, 1, 2, 5, 9, 15, 21, 35, 51, 61])
        if sum(votes.values()) <= 0 and seats:
            seats = 0 if index % 2 else seats
        case = (votes, seats, rng.choice(METHODS), rng.choice([0.0, 0.0, 0.02, 0.05, 0.1, 0.25]))
        yield case if index % 7 else case[:2]


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(allocate_seats, reference, *case)


def test_large_parliament() -> None:
    rng = random.Random(2)
    votes = {f"Party {n:02d}": int(rng.paretovariate(1.1) * 10_000) for n in range(40)}
    for method in METHODS:
        assert_same(allocate_seats, reference, votes, 600, method, 0.01)
