"""Strict equivalence tests for balanced_teams (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from team_balance.roster import Player
from team_balance.split import TeamSplit, balanced_teams

TARGET = "team_balance/split.py:balanced_teams"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(players):
    if len(players) < 2:
        raise ValueError("at least two players are needed")
    names = [player.name for player in players]
    if len(set(names)) != len(names):
        raise ValueError("a player is listed twice")
    ratings = [player.rating for player in players]
    if any(rating < 0 for rating in ratings):
        raise ValueError("ratings cannot be negative")
    total = sum(ratings)
    size_a = (len(players) + 1) // 2

    def best(index, needed, sum_a):
        if needed == 0:
            return abs(total - 2 * sum_a), ()
        if len(ratings) - index < needed:
            return None
        take = best(index + 1, needed - 1, sum_a + ratings[index])
        skip = best(index + 1, needed, sum_a)
        if take is not None:
            take = (take[0], (index,) + take[1])
        if skip is None or (take is not None and take[0] <= skip[0]):
            return take
        return skip

    outcome = best(0, size_a, 0)
    assert outcome is not None
    chosen = set(outcome[1])
    team_a = [players[index] for index in range(len(players)) if index in chosen]
    team_b = [players[index] for index in range(len(players)) if index not in chosen]
    return TeamSplit([player.name for player in team_a], [player.name for player in team_b],
                     sum(player.rating for player in team_a), sum(player.rating for player in team_b))


# --- cases -------------------------------------------------------------------------------

P = Player
Lookalike = namedtuple("Lookalike", "name rating")


def squad(*ratings, prefix="p"):
    return [P(f"{prefix}{index}", rating) for index, rating in enumerate(ratings)]


CASES = [
    ([],),
    ((),),
    ([P("A", 5)],),
    ([P("A", 5), P("B", 5)],),
    ([P("A", 9), P("B", 1)],),
    ((P("A", 9), P("B", 1), P("C", 5)),),
    ([P("A", 3), P("B", 3), P("C", 3)],),
    (squad(9, 1, 5, 5),),
    (squad(5, 5, 5, 5, 5, 5),),
    (squad(1, 2, 3, 4, 5, 6, 7, 8),),
    (squad(8, 7, 6, 5, 4, 3, 2, 1),),
    (squad(10, 0, 0, 0, 0, 0, 0),),
    (squad(0, 0, 0, 0, 0),),
    (squad(1, 1, 1, 1, 1, 100),),
    (squad(100, 1, 1, 1, 1, 1),),
    (squad(7, 3, 7, 3, 7, 3, 7, 3, 7),),
    (squad(4, 6, 5, 5, 4, 6, 5, 5, 4, 6, 5),),
    (squad(2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7),),
    (squad(9, 9, 9, 1, 1, 1, 5, 5, 5, 3),),
    (squad(5.5, 4.5, 5, 5),),
    (squad(0.1, 0.2, 0.3, 0.4, 0.5, 0.6),),
    (squad(2.5, 2.5, 5, 0),),
    (squad(5, 5.0, 5, 5.0),),
    (squad(True, False, True, True),),
    (squad(True, 1, 1.0, 0),),
    (squad(10 ** 20, 10 ** 20 + 1, 3, 2, 10 ** 20),),
    (squad(2 ** 53, 2 ** 53 + 1, 1, 0),),
    (squad(1e300, 1e300, 1, 1),),
    (squad(5, -1, 5),),
    (squad(5, 5, -0.5),),
    (squad(5, 5, -0.0, 0),),
    (squad(5, None, 5),),
    (squad(5, "5", 5),),
    (squad(5, [5], 5),),
    ([P("A", 5), P("A", 6)],),
    ([P("A", 5), P("a", 6)],),
    ([P("A", 5), P("B", 6), P("A", 7)],),
    ([P("A", -1), P("A", 6)],),
    ([P("Zoë", 6), P("Zoe\u0308", 6), P("Łukasz", 4), P("", 3)],),
    ([P("Sam ", 6), P("Sam", 6), P(" Sam", 4)],),
    ([P(1, 6), P(2, 6), P(1.0, 4)],),
    ([P(1, 6), P(True, 6)],),
    ([P(("a", 1), 6), P(("a", 2), 5), P(None, 4)],),
    ([P(["a"], 6), P(["b"], 5)],),
    ([Lookalike("A", 9), Lookalike("B", 1), Lookalike("C", 5), Lookalike("D", 5)],),
    ([Lookalike("A", 9), P("B", 1), P("C", 5)],),
    ([SimpleNamespace(name="A", rating=4), SimpleNamespace(name="B", rating=2), SimpleNamespace(name="C", rating=2)],),
    ([SimpleNamespace(name="A"), SimpleNamespace(name="B")],),
    ([SimpleNamespace(rating=3), SimpleNamespace(rating=3)],),
    ([("A", 5), ("B", 6)],),
    (None,),
    ("AB",),
    ([P("A", 5), None],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(balanced_teams, reference, *case)


def test_keyword_argument() -> None:
    assert_same(balanced_teams, reference, players=squad(4, 8, 6, 2, 9))


def _random_cases():
    rng = random.Random(29051)
    for _ in range(230):
        count = rng.randint(0, 15)
        style = rng.random()
        ratings = []
        for _ in range(count):
            if style < 0.6:
                ratings.append(rng.randint(1, 10))
            elif style < 0.75:
                ratings.append(rng.choice([3, 5, 5, 7]))
            elif style < 0.88:
                ratings.append(rng.randint(0, 20) / 2)
            else:
                ratings.append(rng.randint(0, 1000))
        players = squad(*ratings, prefix=rng.choice(["p", "Player ", "gk-"]))
        roll = rng.random()
        if players and roll < 0.04:
            players.append(P(players[0].name, 5))
        elif players and roll < 0.07:
            players[rng.randrange(len(players))] = P("late", -1)
        if rng.random() < 0.5:
            rng.shuffle(players)
        yield (players if rng.random() < 0.85 else tuple(players),)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(balanced_teams, reference, *case)


def test_big_tuesday_session() -> None:
    """A realistic full session: 19 signed-up players rated 3-9, several equally even splits."""
    rng = random.Random(2906)
    players = [P(f"{rng.choice(['Sam', 'Jo', 'Kofi', 'Priya', 'Luca'])} {index}", rng.randint(3, 9)) for index in range(19)]
    assert_same(balanced_teams, reference, players)
