from cricscore.averages import BattingLine, BowlingLine, season_averages
from cricscore.deliveries import Delivery, load_deliveries
from cricscore.rules import conceded, is_dismissal, is_legal, overs_text


def ball(match, over, number, batter, other, bowler, runs=0, **extra):
    return Delivery(match, 1, over, number, batter, other, bowler, runs, **extra)


def test_load_deliveries_normalises_fields() -> None:
    rows = [{"match": "M1", "innings": "1", "over": "0", "ball": "1", "batter": " Ann ", "non_striker": "Bea",
             "bowler": "Cat", "runs": "", "extras": "1", "extra_type": "Wide", "wicket": None}]
    assert load_deliveries(rows) == [Delivery("M1", 1, 0, 1, "Ann", "Bea", "Cat", 0, 1, "wide", "", "")]


def test_rules_for_extras() -> None:
    wide = ball("M1", 0, 1, "a", "b", "c", extras=1, extra_type="wide")
    bye = ball("M1", 0, 1, "a", "b", "c", extras=2, extra_type="bye")
    assert not is_legal(wide) and conceded(wide) == 1
    assert is_legal(bye) and conceded(bye) == 0


def test_retired_hurt_is_not_out() -> None:
    assert not is_dismissal(ball("M1", 0, 1, "a", "b", "c", wicket_kind="retired hurt", player_out="a"))
    assert is_dismissal(ball("M1", 0, 1, "a", "b", "c", wicket_kind="run out", player_out="b"))


def test_overs_text() -> None:
    assert overs_text(45) == "7.3"
    assert overs_text(0) == "0.0"


def test_batting_line() -> None:
    deliveries = [
        ball("M1", 0, 1, "ann", "bea", "cat", 4),
        ball("M1", 0, 2, "ann", "bea", "cat", 1),
        ball("M1", 0, 3, "bea", "ann", "cat", 6),
        ball("M1", 0, 4, "bea", "ann", "cat", 0, wicket_kind="bowled", player_out="bea"),
        ball("M2", 0, 1, "ann", "dan", "cat", 2),
    ]
    batting, _ = season_averages(deliveries)
    assert [line.player for line in batting] == ["ann", "bea", "dan"]
    assert batting[0] == BattingLine("ann", 2, 2, 7, 3, "5*", None, 233.33, 1, 0)
    assert batting[1] == BattingLine("bea", 1, 0, 6, 2, "6", 6.0, 300.0, 0, 1)


def test_bowling_line() -> None:
    deliveries = [ball("M1", 0, n, "ann", "bea", "cat", 1) for n in range(1, 7)]
    deliveries.append(ball("M1", 1, 1, "ann", "bea", "cat", 0, extras=1, extra_type="wide"))
    deliveries.append(ball("M1", 1, 1, "ann", "bea", "cat", 0, wicket_kind="caught", player_out="ann"))
    _, bowling = season_averages(deliveries)
    assert bowling == [BowlingLine("cat", "1.1", 7, 1, "1/7", 7.0, 6.0)]


def test_min_innings_filters_batting_only() -> None:
    deliveries = [ball("M1", 0, 1, "ann", "bea", "cat", 1), ball("M2", 0, 1, "ann", "bea", "cat", 1)]
    deliveries.append(ball("M3", 0, 1, "ann", "dan", "cat", 1))
    batting, bowling = season_averages(deliveries, min_innings=3)
    assert [line.player for line in batting] == ["ann"]
    assert [line.player for line in bowling] == ["cat"]


def test_empty_season() -> None:
    assert season_averages([]) == ([], [])
