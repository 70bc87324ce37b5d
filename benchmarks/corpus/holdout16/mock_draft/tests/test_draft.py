from draftkit.draft import run_draft, snake_order
from draftkit.players import Player, draft_rank, load_players


def p(name, pos, points, adp=100.0):
    return Player(name, pos, "FA", points, adp)


POOL = [p("Qa", "QB", 380.0, 20), p("Qb", "QB", 350.0, 40), p("Ra", "RB", 300.0, 1), p("Rb", "RB", 290.0, 3),
        p("Wa", "WR", 295.0, 2), p("Wb", "WR", 250.0, 9), p("Ka", "K", 150.0, 150)]


def test_snake_order() -> None:
    assert snake_order(3, 3) == [0, 1, 2, 2, 1, 0, 0, 1, 2]
    assert snake_order(2, 0) == []


def test_draft_rank_tie_breaks() -> None:
    players = [p("B", "RB", 200.0, 10), p("A", "RB", 200.0, 10), p("C", "RB", 200.0, 5)]
    assert [x.name for x in sorted(players, key=draft_rank)] == ["C", "A", "B"]


def test_best_available_with_room() -> None:
    result = run_draft(POOL, ["ann", "bob"], {"QB": 1, "RB": 1, "WR": 1})
    assert result["picks"][:4] == [(1, "ann", "Qa"), (2, "bob", "Qb"), (3, "bob", "Ra"), (4, "ann", "Wa")]
    assert result["rosters"]["ann"] == ["Qa", "Wa", "Rb"]


def test_no_room_gives_none() -> None:
    result = run_draft(POOL, ["ann"], {"K": 1}, rounds=2)
    assert result["picks"] == [(1, "ann", "Ka"), (2, "ann", None)]


def test_projected_totals() -> None:
    result = run_draft(POOL, ["ann", "bob"], {"QB": 1, "RB": 1, "WR": 1})
    assert result["projected"] == {"ann": 965.0, "bob": 900.0}


def test_load_players() -> None:
    rows = [{"name": "X", "pos": "wr", "team": "KC", "points": "201.5", "adp": "33"}]
    assert load_players(rows) == [Player("X", "WR", "KC", 201.5, 33.0)]


def test_empty_pool() -> None:
    result = run_draft([], ["ann"], {"QB": 1})
    assert result == {"picks": [(1, "ann", None)], "rosters": {"ann": []}, "projected": {"ann": 0}}
