"""Strict equivalence tests for round_odds (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from bracketodds.odds import round_odds
from strict_support import assert_same

TARGET = "bracketodds/odds.py:round_odds"


def _p(rating, opponent):
    return 1.0 / (1.0 + 10.0 ** ((opponent - rating) / 400.0))


def _reach(draw, ratings, position, rounds):
    if rounds == 0:
        return 1.0
    block = 1 << (rounds - 1)
    opponents = ((position >> (rounds - 1)) ^ 1) << (rounds - 1)
    rating = ratings[draw[position]]
    beat_next = 0.0
    for opponent in range(opponents, opponents + block):
        beat_next += _reach(draw, ratings, opponent, rounds - 1) * _p(rating, ratings[draw[opponent]])
    return _reach(draw, ratings, position, rounds - 1) * beat_next


def reference(draw, ratings):
    size = len(draw)
    if size == 0 or size & (size - 1):
        raise ValueError(f"a draw needs a power-of-two number of players, not {size}")
    if len(set(draw)) != size:
        raise ValueError("a player appears more than once in the draw")
    for player in draw:
        if player not in ratings:
            raise KeyError(player)
    rounds = size.bit_length() - 1
    return {
        player: [round(_reach(draw, ratings, position, r), 6) for r in range(1, rounds + 1)]
        for position, player in enumerate(draw)
    }


LETTERS = list("abcdefghijklmnop")
EVEN = dict.fromkeys(LETTERS, 1500)
RAMP = {name: 1400 + 37 * i for i, name in enumerate(LETTERS)}

CASES = [
    ([], {}),
    ((), {"a": 1}),
    (["a"], {"a": 1500}),
    (["a"], {}),
    (["a", "b"], {"a": 1600, "b": 1500}),
    (["a", "b"], {"a": 1500, "b": 1500}),
    (("a", "b"), {"a": 1500.5, "b": 1499.5}),
    (["a", "b", "c"], EVEN),
    (["a", "b", "c", "d", "e", "f"], EVEN),
    (list("abcdefg"), EVEN),
    (["a", "a"], EVEN),
    (["a", "b", "c", "a"], EVEN),
    (["a", "b", "c", "x"], EVEN),
    (["x", "b", "c", "y"], EVEN),
    (["a", "b"], {"a": 1500}),
    (list("abcd"), EVEN),
    (list("abcd"), RAMP),
    (list("dcba"), RAMP),
    (list("adbc"), RAMP),
    (list("abcdefgh"), RAMP),
    (list("hgfedcba"), RAMP),
    (list("aebfcgdh"), RAMP),
    (LETTERS, RAMP),
    (LETTERS[::-1], RAMP),
    (LETTERS, EVEN),
    (LETTERS[:8], {**RAMP, "zz": 9999}),
    ([1, 2, 3, 4], {1: 1500, 2: 1600, 3: 1400, 4: 1550}),
    ([1, True], {1: 1500}),
    ([1, 1.0, 2, 3], {1: 1500, 2: 1, 3: 2}),
    ([("p", 1), ("p", 2)], {("p", 1): 10, ("p", 2): 20}),
    (["Zoë", "Zoe", "Žofie", "Łukasz"], {"Zoë": 1500, "Zoe": 1480, "Žofie": 1711, "Łukasz": 1390}),
    (["a", "b"], {"a": 0, "b": 3000}),
    (["a", "b", "c", "d"], {"a": -500, "b": 2500, "c": 1e-9, "d": 1500}),
    (["a", "b"], {"a": 0, "b": 200_000}),
    (["a", "b", "c", "d"], {"a": 0, "b": 1, "c": 2, "d": 400_000}),
    (["a", "b"], {"a": "1500", "b": "1400"}),
    (["a", "b"], {"a": 1500, "b": None}),
    (["a", ["b"]], {"a": 1}),
]


def _random():
    rng = random.Random(1877)
    for _ in range(130):
        size = rng.choice([1, 2, 4, 4, 8, 8, 8, 16, 16, 3, 6, 12])
        names = rng.sample([f"P{n}" for n in range(40)], size)
        ratings = {name: rng.choice([round(rng.gauss(1500, 200)), rng.gauss(1500, 300), rng.randint(1000, 2000)]) for name in names}
        if rng.random() < 0.05 and names:
            del ratings[rng.choice(names)]
        if rng.random() < 0.04 and size > 1:
            names[1] = names[0]
        yield names, ratings


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(round_odds, reference, *case)


@pytest.mark.parametrize("seed", [1, 2])
def test_full_draw_of_32(seed) -> None:
    rng = random.Random(seed)
    names = [f"Member {n}" for n in range(32)]
    ratings = {name: round(rng.gauss(1500, 180)) for name in names}
    rng.shuffle(names)
    assert_same(round_odds, reference, names, ratings)


def test_rounds_sum_to_matches() -> None:
    odds = round_odds(LETTERS, RAMP)
    for index, matches in enumerate([8, 4, 2, 1]):
        assert abs(sum(chances[index] for chances in odds.values()) - matches) < 1e-5


def test_inputs_not_modified() -> None:
    draw = list("abcd")
    ratings = dict(RAMP)
    round_odds(draw, ratings)
    assert draw == list("abcd") and ratings == RAMP
