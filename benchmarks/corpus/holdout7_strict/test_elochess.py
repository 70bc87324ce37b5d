"""Strict equivalence tests for standings_by_round (never shown to wattlens)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

import pytest
from chessclub.elo import Game, standings_by_round
from strict_support import assert_same

TARGET = "chessclub/elo.py:standings_by_round"


def _replay(games):
    ratings = {}
    played = {}
    for g in games:
        if g.white == g.black or g.score not in (0, 0.5, 1):
            raise ValueError("bad game")
        rw = ratings.get(g.white, 1200.0)
        rb = ratings.get(g.black, 1200.0)
        e = 1.0 / (1.0 + 10.0 ** ((rb - rw) / 400.0))
        kw = 40.0 if played.get(g.white, 0) < 10 else 20.0
        kb = 40.0 if played.get(g.black, 0) < 10 else 20.0
        ratings[g.white] = rw + kw * (g.score - e)
        ratings[g.black] = rb + kb * ((1 - g.score) - (1 - e))
        played[g.white] = played.get(g.white, 0) + 1
        played[g.black] = played.get(g.black, 0) + 1
    return ratings


def reference(games):
    seen = []
    for g in games:
        if all(g.round != r for r in seen):
            seen.append(g.round)
    return [(r, _replay([g for g in games if g.round <= r])) for r in sorted(seen)]


G = Game
CASES = [
    [],
    (),
    [G(1, "a", "b", 1)],
    [G(1, "a", "b", 0)],
    [G(1, "a", "b", 0.5)],
    [G(1, "a", "b", 1.0)],
    [G(1, "a", "b", True)],
    [G(1, "a", "b", Fraction(1, 2))],
    [G(1, "a", "b", Decimal("0.5"))],
    [G(1, "a", "b", 2)],
    [G(1, "a", "b", -1)],
    [G(1, "a", "b", None)],
    [G(1, "a", "a", 1)],
    [G(1, "a", "b", 1), G(2, "c", "c", 0)],
    [G(1, "a", "b", 1), G(1, "a", "b", 0), G(1, "b", "a", 0.5)],
    [G(3, "a", "b", 1), G(1, "b", "c", 1), G(2, "c", "a", 0)],
    [G(2, "a", "b", 1), G(1, "a", "b", 0)],
    [G(1, "a", "b", 1), G(5, "b", "c", 0.5), G(5, "a", "c", 0), G(9, "c", "d", 1)],
    [G(-2, "a", "b", 1), G(0, "b", "a", 1)],
    [G(1, "a", "b", 1), G(1.0, "b", "c", 1), G(2, "a", "c", 0)],
    [G(1.5, "a", "b", 1), G(1, "a", "b", 1)],
    [G("2024-02", "a", "b", 1), G("2024-01", "b", "a", 1), G("2024-10", "a", "b", 0.5)],
    [G(1, "a", "b", 1), G("2", "a", "b", 1)],
    [G(1, "Müller", "Østergård", 1), G(2, "李", "Müller", 0.5)],
    [G(1, "", " ", 1)],
    [G(r, "a", "b", 1) for r in range(1, 15)],
    [G(r, "a" if r % 2 else "b", "b" if r % 2 else "a", r % 3 / 2) for r in range(1, 25)],
    [G(r // 2, "p", f"q{r % 4}", 1 if r % 3 else 0.5) for r in range(30)],
    [G(r // 2, "p", f"q{r % 4}", 1 if r % 3 else 0.5) for r in range(30, 0, -1)],
]


@pytest.mark.parametrize("games", CASES)
def test_cases(games) -> None:
    assert_same(standings_by_round, reference, games)


def _random_seasons():
    rng = random.Random(64)
    for _ in range(80):
        players = [f"p{n}" for n in range(rng.randint(2, 8))]
        games = []
        for _ in range(rng.randint(0, 40)):
            white, black = rng.sample(players, 2)
            games.append(G(rng.randint(1, 12), white, black, rng.choice([0, 0.5, 1, 1.0])))
        if rng.random() < 0.5:
            games.sort(key=lambda g: g.round)
        if rng.random() < 0.05 and games:
            games.append(G(rng.randint(1, 12), "x", "x", 1))
        yield games


@pytest.mark.parametrize("games", list(_random_seasons()))
def test_random_seasons(games) -> None:
    assert_same(standings_by_round, reference, games)


def test_long_ordered_season() -> None:
    rng = random.Random(8)
    players = [f"m{n}" for n in range(20)]
    games = []
    for r in range(1, 101):
        present = rng.sample(players, 8)
        games += [G(r, w, b, rng.choice([0, 0.5, 1])) for w, b in zip(present[::2], present[1::2])]
    assert_same(standings_by_round, reference, games)
    late = games[:200] + [G(3, "m1", "m2", 1)] + games[200:]
    assert_same(standings_by_round, reference, late)


def test_late_reported_game_keeps_record_order() -> None:
    games = [G(1, "a", "b", 1), G(2, "a", "c", 1), G(1, "c", "b", 0)]
    tables = standings_by_round(games)
    direct = [G(1, "a", "b", 1), G(1, "c", "b", 0)]
    assert tables[0] == (1, reference(direct)[-1][1])
    assert tables[1][1] == reference(games)[-1][1]
    assert tables[1][1]["a"] != reference([games[0], games[2], games[1]])[-1][1]["a"]


def test_tables_are_independent_and_input_untouched() -> None:
    games = [G(1, "a", "b", 1), G(2, "b", "c", 1)]
    before = list(games)
    tables = standings_by_round(games)
    assert games == before
    assert tables[0][1] is not tables[1][1]
    assert "c" not in tables[0][1]
    assert type(tables) is list and type(tables[0]) is tuple


def test_error_types() -> None:
    with pytest.raises(ValueError, match="cannot play themselves"):
        standings_by_round([G(1, "a", "b", 1), G(7, "z", "z", 1)])
    with pytest.raises(ValueError, match="bad score 2"):
        standings_by_round([G(4, "a", "b", 2), G(1, "a", "b", 1)])
    with pytest.raises(TypeError):
        standings_by_round([G(1, "a", "b", 1), G(None, "a", "b", 1)])
