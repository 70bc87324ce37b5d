"""Strict equivalence tests for run_draft (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from draftkit.draft import run_draft
from draftkit.players import Player

TARGET = "draftkit/draft.py:run_draft"

DEFAULT_ROSTER = {"QB": 2, "RB": 5, "WR": 6, "TE": 2, "K": 1, "DST": 1}


def draft_rank(player):
    return (-player.projected, player.adp, player.name)


def snake_order(teams, rounds):
    order = []
    for round_number in range(rounds):
        seats = list(range(teams))
        order.extend(seats if round_number % 2 == 0 else seats[::-1])
    return order


def reference(players, teams, roster=DEFAULT_ROSTER, rounds=None):
    if rounds is None:
        rounds = sum(roster.values())
    pool = list(players)
    drafted = {team: [] for team in teams}
    filled = {team: {} for team in teams}
    picks = []
    for overall, seat in enumerate(snake_order(len(teams), rounds), 1):
        team = teams[seat]
        choice = None
        for player in sorted(pool, key=draft_rank):
            if filled[team].get(player.position, 0) < roster.get(player.position, 0):
                choice = player
                break
        if choice is None:
            picks.append((overall, team, None))
            continue
        pool.remove(choice)
        drafted[team].append(choice)
        filled[team][choice.position] = filled[team].get(choice.position, 0) + 1
        picks.append((overall, team, choice.name))
    return {"picks": picks,
            "rosters": {team: [player.name for player in chosen] for team, chosen in drafted.items()},
            "projected": {team: round(sum(player.projected for player in chosen), 1) for team, chosen in drafted.items()}}


def p(name, pos, points, adp=100.0, team="FA"):
    return Player(name, pos, team, points, adp)


POOL = [p("Qa", "QB", 380.0, 20), p("Qb", "QB", 350.0, 40), p("Ra", "RB", 300.0, 1), p("Rb", "RB", 290.0, 3),
        p("Wa", "WR", 295.0, 2), p("Wb", "WR", 250.0, 9), p("Ka", "K", 150.0, 150), p("Ta", "TE", 180.0, 60),
        p("Da", "DST", 120.0, 160)]
SMALL = {"QB": 1, "RB": 1, "WR": 1}
TIES = [p("B", "RB", 200.0, 10), p("A", "RB", 200.0, 10), p("C", "RB", 200.0, 5), p("A", "RB", 200.0, 10, "KC"),
        p("D", "WR", 200.0, 10), p("A", "WR", 200.0, 10)]
DUPES = [p("Same", "RB", 100.0, 5), p("Same", "RB", 100.0, 5), p("Same", "RB", 100.0, 5), p("Other", "RB", 100.0, 5)]

CASES = [
    ([], []),
    ([], ["ann"]),
    (POOL, []),
    (POOL, [], SMALL, 3),
    ([], ["ann"], SMALL),
    ([], ["ann", "bob"], {}, None),
    (POOL, ["ann"]),
    (POOL, ["ann", "bob"]),
    (POOL, ["ann", "bob"], SMALL),
    (POOL, ["ann", "bob", "cy"], SMALL),
    (POOL, ["ann", "bob"], SMALL, 0),
    (POOL, ["ann", "bob"], SMALL, -2),
    (POOL, ["ann", "bob"], SMALL, 1),
    (POOL, ["ann", "bob"], SMALL, 10),
    (POOL, ["ann"], {"K": 1}, 3),
    (POOL, ["ann"], {"K": 0}, 2),
    (POOL, ["ann"], {"K": -1, "QB": 1}, 2),
    (POOL, ["ann"], {}, 2),
    (POOL, ["ann"], {}),
    (POOL, ["ann"], {"qb": 2}, 2),
    (POOL, ["ann", "ann"], SMALL),
    (POOL, ["ann", "bob", "ann"], SMALL),
    (POOL, ("ann", "bob"), SMALL),
    (tuple(POOL), ["ann", "bob"], SMALL),
    (POOL, [1, 2, None], SMALL),
    (POOL, ["ann"], SMALL, 2.0),
    (POOL, ["ann"], SMALL, "2"),
    (TIES, ["ann", "bob"], {"RB": 3, "WR": 1}),
    (TIES, ["ann", "bob", "cy"], {"RB": 1, "WR": 1}, 4),
    (list(reversed(TIES)), ["ann", "bob"], {"RB": 3, "WR": 1}),
    (DUPES, ["ann", "bob"], {"RB": 2}),
    (DUPES, ["ann", "bob", "cy"], {"RB": 1}, 3),
    ([p("Neg", "RB", -5.0), p("Zero", "RB", 0.0), p("NZ", "RB", -0.0)], ["ann"], {"RB": 3}),
    ([p("Int", "RB", 100, 3), p("Flt", "RB", 100.0, 2)], ["ann"], {"RB": 2}),
    ([p("Int", "RB", 100, 3), p("Int2", "RB", 50, 2)], ["ann"], {"RB": 2}),
    ([p("Int", "RB", 100, 3)], ["ann", "bob"], {"RB": 2}),
    ([p("x", "RB", 0.1), p("y", "RB", 0.2), p("z", "RB", 0.05)], ["ann"], {"RB": 3}),
    ([p("a", "RB", 10.25), p("b", "RB", 10.35)], ["ann"], {"RB": 2}),
    ([p("a", "RB", 1e16), p("b", "RB", 1.0), p("c", "RB", -1e16)], ["ann"], {"RB": 3}),
    ([p("Zoë", "WR", 200.0, 10), p("Zoe", "WR", 200.0, 10), p("Émile", "WR", 200.0, 10), p("zoe", "WR", 200.0, 10)], ["ann", "bob"], {"WR": 2}),
    ([p("", "WR", 200.0, 10), p(" ", "WR", 200.0, 10)], ["ann"], {"WR": 2}),
    ([p(None, "WR", 200.0, 10), p("A", "WR", 200.0, 10)], ["ann"], {"WR": 2}),
    ([p(None, "WR", 200.0, 10), p("A", "WR", 200.0, 10)], [], {"WR": 2}),
    ([p(None, "WR", 200.0, 10), p("A", "WR", 200.0, 10)], ["ann"], {"WR": 2}, 0),
    ([p(None, "WR", 200.0, 10), p("A", "WR", 200.0, 11)], ["ann"], {"WR": 2}),
    ([p("A", "WR", None, 10), p("B", "WR", 3.0, 10)], ["ann"], {"WR": 2}),
    ([p("A", "WR", None, 10), p("B", "WR", 3.0, 10)], [], {"WR": 2}),
    ([p("A", "WR", "200", 10)], ["ann"], {"WR": 2}),
    ([p("A", "WR", 200.0, None), p("B", "WR", 200.0, 1.0)], ["ann"], {"WR": 2}),
    ([p("A", "WR", 200.0, None)], ["ann"], {"WR": 2}),
    ([p("A", None, 200.0, 1), p("B", "WR", 100.0, 2)], ["ann"], {"WR": 2, None: 1}),
    ([p("A", ("WR",), 200.0, 1)], ["ann"], {"WR": 2}),
    ([p("A", ["WR"], 200.0, 1)], ["ann"], {"WR": 2}),
    (["not a player"], ["ann"], SMALL),
    (["not a player"], [], SMALL),
    ([p("A", "WR", 200.0, 1)], ["ann"], None),
    ([p("A", "WR", 200.0, 1)], ["ann"], None, 2),
    ([p("A", "WR", 200.0, 1)], ["ann"], {"WR": 1.5}, 3),
    ([p("A", "WR", 200.0, 1), p("B", "WR", 150.0, 1)], ["ann"], {"WR": 1.5}, 3),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(run_draft, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(run_draft, reference, POOL, ["ann", "bob"], roster=SMALL, rounds=2)


def _random_cases():
    rng = random.Random(1933)
    positions = ["QB", "RB", "WR", "TE", "K"]
    for index in range(140):
        players = []
        for number in range(rng.randint(0, 30)):
            points = rng.choice([rng.randint(0, 30) * 10.0, round(rng.uniform(0, 300), 1), rng.randint(0, 300)])
            adp = rng.choice([float(rng.randint(1, 10)), round(rng.uniform(1, 200), 1)])
            players.append(p(rng.choice([f"P{number}", f"P{rng.randint(0, 5)}"]), rng.choice(positions), points, adp))
        teams = [f"T{n}" for n in range(rng.randint(0, 5))]
        roster = {position: rng.randint(0, 3) for position in rng.sample(positions, rng.randint(0, 5))}
        yield (players, teams, roster) if index % 3 else (players, teams, roster, rng.randint(0, 8))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(run_draft, reference, *case)


def test_large_league() -> None:
    rng = random.Random(77)
    players = [p(f"{pos} {n}", pos, round(max(0.0, top * 0.96 ** n + rng.gauss(0, 10)), 1), round(rng.uniform(1, 300), 1))
               for pos, count, top in [("QB", 40, 330.0), ("RB", 90, 260.0), ("WR", 110, 250.0), ("TE", 40, 180.0), ("K", 20, 140.0)]
               for n in range(count)]
    rng.shuffle(players)
    assert_same(run_draft, reference, players, [f"Team {n}" for n in range(12)], {"QB": 2, "RB": 5, "WR": 6, "TE": 2, "K": 1})
