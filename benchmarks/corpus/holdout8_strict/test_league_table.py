"""Strict equivalence tests for League.table (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from league.standings import League, Row
from strict_support import assert_same

TARGET = "league/standings.py:League.table"


def reference(league):
    def goals_for(team):
        total = 0
        for home, away, home_goals, away_goals in league.matches:
            if home == team:
                total += home_goals
            elif away == team:
                total += away_goals
        return total

    def goals_against(team):
        total = 0
        for home, away, home_goals, away_goals in league.matches:
            if home == team:
                total += away_goals
            elif away == team:
                total += home_goals
        return total

    def points(team):
        result = 0
        for home, away, home_goals, away_goals in league.matches:
            if home == team:
                result += 3 if home_goals > away_goals else 1 if home_goals == away_goals else 0
            elif away == team:
                result += 3 if away_goals > home_goals else 1 if home_goals == away_goals else 0
        return result

    rows = []
    for team in league.teams:
        played = won = drawn = lost = 0
        for home, away, home_goals, away_goals in league.matches:
            if home == team:
                scored, conceded = home_goals, away_goals
            elif away == team:
                scored, conceded = away_goals, home_goals
            else:
                continue
            played += 1
            if scored > conceded:
                won += 1
            elif scored == conceded:
                drawn += 1
            else:
                lost += 1
        gf = goals_for(team)
        ga = goals_against(team)
        rows.append(Row(team, played, won, drawn, lost, gf, ga, gf - ga, points(team)))
    rows.sort(key=lambda row: (-points(row.team), -(goals_for(row.team) - goals_against(row.team)), -goals_for(row.team), row.team))
    return rows


def make(teams=(), matches=()):
    league = League(teams)
    league.matches = [tuple(m) if isinstance(m, tuple) else m for m in matches]
    return league


def table(league):
    return League.table(league)


CASES = [
    make(),
    make(["Solo"]),
    make(["B", "A", "C"]),
    make(["A", "A"]),
    make(["A", "B"], [("A", "B", 1, 0)]),
    make(["A", "B"], [("A", "B", 0, 1)]),
    make(["A", "B"], [("A", "B", 2, 2)]),
    make(["B", "A"], [("A", "B", 2, 2), ("B", "A", 2, 2)]),
    make(["A", "B", "C"], [("A", "B", 1, 0), ("B", "C", 1, 0), ("C", "A", 1, 0)]),
    make(["A", "B", "C", "D"], [("A", "B", 3, 3), ("C", "D", 1, 1)]),
    make(["A", "B", "C", "D"], [("A", "B", 4, 1), ("C", "D", 3, 0), ("A", "C", 0, 0), ("B", "D", 5, 0)]),
    make(["A", "B"], [("A", "B", 1, 0), ("X", "Y", 5, 0), ("A", "Y", 2, 2)]),
    make(["A"], [("A", "A", 3, 1)]),
    make(["A", "B"], [("A", "A", 2, 2), ("B", "A", 1, 0)]),
    make(["A", "B", "A"], [("A", "B", 1, 2), ("B", "A", 0, 0)]),
    make([], [("A", "B", 1, 0)]),
    make([], [("broken",)]),
    make(["A"], [("broken",)]),
    make(["A", "B"], [("A", "B", 1.5, 1.5), ("B", "A", 0.1, 0.2), ("A", "B", 0.7, 0.1)]),
    make(["A", "B"], [("A", "B", 1, 1.0)]),
    make(["zoë", "Zoe", "zoe", "Ångström"], [("zoë", "zoe", 1, 1), ("Zoe", "Ångström", 0, 0)]),
    make(["b", "B", "a", "A"]),
    make([3, 1, 2], [(1, 2, 1, 0), (2, 3, 1, 0), (3, 1, 1, 0)]),
    make(["A", 1], [("A", 1, 1, 0)]),
    make(["A", 1]),
    make(["A", "B"], [["A", "B", 1, 0]]),
    make(["A", "B"], [("A", "B", 10, 0), ("A", "B", 0, 9), ("B", "A", 0, 0)]),
]


def _random_league(rng, size, rounds):
    names = [f"T{n}" for n in rng.sample(range(100), size)]
    league = make(names)
    for _ in range(rounds):
        home, away = rng.sample(names, 2) if size >= 2 else (names[0], names[0])
        if rng.random() < 0.05:
            away = "Guest"
        league.matches.append((home, away, rng.randint(0, 3), rng.randint(0, 3)))
    if rng.random() < 0.1 and names:
        league.teams.append(rng.choice(names))
    return league


def _random():
    rng = random.Random(1904)
    for _ in range(120):
        size = rng.randint(1, 10)
        yield _random_league(rng, size, rng.randint(0, 30))


@pytest.mark.parametrize("league", CASES + list(_random()))
def test_same_as_reference(league) -> None:
    assert_same(table, reference, league)


def test_rows_are_rows() -> None:
    league = make(["A", "B"], [("A", "B", 2, 1)])
    rows = league.table()
    assert all(type(row) is Row for row in rows)
    assert rows == [Row("A", 1, 1, 0, 0, 2, 1, 1, 3), Row("B", 1, 0, 0, 1, 1, 2, -1, 0)]


def test_league_not_changed() -> None:
    league = League()
    league.record("A", "B", 1, 0)
    league.record("C", "A", 2, 2)
    teams, matches = list(league.teams), list(league.matches)
    league.table()
    assert league.teams == teams and league.matches == matches
    assert league.table() == league.table()


def test_recorded_through_record() -> None:
    rng = random.Random(5)
    league = League(["Late Joiner"])
    names = [f"Club {n}" for n in range(12)]
    for _ in range(80):
        home, away = rng.sample(names, 2)
        league.record(home, away, rng.randint(0, 4), rng.randint(0, 4))
    assert_same(table, reference, league)


def test_mixed_names_tied_raise() -> None:
    with pytest.raises(TypeError):
        make(["A", 1]).table()


def test_a_full_season() -> None:
    rng = random.Random(77)
    names = [f"Team {n:02d}" for n in range(40)]
    league = make(names)
    for _ in range(30):
        order = names[:]
        rng.shuffle(order)
        for home, away in zip(order[::2], order[1::2]):
            league.matches.append((home, away, rng.choice([0, 1, 1, 2, 3]), rng.choice([0, 1, 1, 2])))
    assert_same(table, reference, league)
