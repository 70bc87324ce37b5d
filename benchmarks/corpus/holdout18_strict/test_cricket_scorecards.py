"""Strict equivalence tests for season_averages (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from cricscore.averages import BattingLine, BowlingLine, season_averages
from cricscore.deliveries import Delivery

TARGET = "cricscore/averages.py:season_averages"

BOWLER_WICKETS = ("bowled", "caught", "caught and bowled", "lbw", "stumped", "hit wicket")
NOT_OUT = ("retired hurt", "retired not out")


def is_legal(delivery):
    return delivery.extra_type not in ("wide", "noball")


def faced(delivery):
    return delivery.extra_type != "wide"


def conceded(delivery):
    if delivery.extra_type in ("bye", "legbye"):
        return delivery.runs_off_bat
    return delivery.runs_off_bat + delivery.extras


def bowler_wicket(delivery):
    return delivery.wicket_kind in BOWLER_WICKETS


def is_dismissal(delivery):
    return delivery.wicket_kind != "" and delivery.wicket_kind not in NOT_OUT


def overs_text(balls):
    return f"{balls // 6}.{balls % 6}"


def reference(deliveries, min_innings=1):
    players = []
    for delivery in deliveries:
        for name in (delivery.batter, delivery.non_striker):
            if name not in players:
                players.append(name)

    batting = []
    for name in players:
        innings = []
        scores = {}
        dismissed = []
        runs = balls = fours = sixes = 0
        for delivery in deliveries:
            if delivery.batter != name and delivery.non_striker != name:
                continue
            key = (delivery.match_id, delivery.innings)
            if key not in innings:
                innings.append(key)
                scores[key] = 0
            if delivery.batter == name:
                runs += delivery.runs_off_bat
                scores[key] += delivery.runs_off_bat
                if faced(delivery):
                    balls += 1
                if delivery.runs_off_bat == 4:
                    fours += 1
                elif delivery.runs_off_bat == 6:
                    sixes += 1
            if delivery.player_out == name and is_dismissal(delivery) and key not in dismissed:
                dismissed.append(key)
        if len(innings) < min_innings:
            continue
        outs = len(dismissed)
        best = max(scores[key] for key in innings)
        unbeaten = any(scores[key] == best and key not in dismissed for key in innings)
        batting.append(BattingLine(
            player=name,
            innings=len(innings),
            not_outs=len(innings) - outs,
            runs=runs,
            balls=balls,
            high_score=f"{best}*" if unbeaten else str(best),
            average=round(runs / outs, 2) if outs else None,
            strike_rate=round(100 * runs / balls, 2) if balls else None,
            fours=fours,
            sixes=sixes,
        ))
    batting.sort(key=lambda line: -line.runs)

    bowlers = []
    for delivery in deliveries:
        if delivery.bowler not in bowlers:
            bowlers.append(delivery.bowler)

    bowling = []
    for name in bowlers:
        legal = runs = wickets = 0
        spells = {}
        for delivery in deliveries:
            if delivery.bowler != name:
                continue
            figures = spells.setdefault((delivery.match_id, delivery.innings), [0, 0])
            if is_legal(delivery):
                legal += 1
            runs += conceded(delivery)
            figures[1] += conceded(delivery)
            if bowler_wicket(delivery):
                wickets += 1
                figures[0] += 1
        best_wickets, best_runs = max(spells.values(), key=lambda figures: (figures[0], -figures[1]))
        bowling.append(BowlingLine(
            player=name,
            overs=overs_text(legal),
            runs=runs,
            wickets=wickets,
            best=f"{best_wickets}/{best_runs}",
            average=round(runs / wickets, 2) if wickets else None,
            economy=round(runs / (legal / 6), 2) if legal else None,
        ))
    bowling.sort(key=lambda line: (-line.wickets, line.runs))
    return batting, bowling


def d(batter, other, bowler, runs=0, match="M1", innings=1, over=0, ball=1, **extra):
    return Delivery(match, innings, over, ball, batter, other, bowler, runs, **extra)


def over(batter, other, bowler, runs, match="M1", innings=1, number=0):
    return [d(batter, other, bowler, r, match, innings, number, i + 1) for i, r in enumerate(runs)]


CASES = [
    ([],),
    ((),),
    ([], 0),
    ([d("ann", "bea", "cat")],),
    ([d("ann", "bea", "cat", 4)], 0),
    ([d("ann", "bea", "cat", 4)], 2),
    ([d("ann", "bea", "cat", 4)], -1),
    (over("ann", "bea", "cat", [0, 1, 4, 6, 2, 3]),),
    (over("ann", "bea", "cat", [0, 0, 0, 0, 0, 0]),),
    # extras
    ([d("ann", "bea", "cat", extras=1, extra_type="wide")],),
    ([d("ann", "bea", "cat", extras=5, extra_type="wide"), d("ann", "bea", "cat", 1)],),
    ([d("ann", "bea", "cat", 4, extras=1, extra_type="noball"), d("ann", "bea", "cat", 6, extras=1, extra_type="noball")],),
    ([d("ann", "bea", "cat", extras=4, extra_type="bye"), d("ann", "bea", "cat", 1, extras=1, extra_type="legbye")],),
    ([d("ann", "bea", "cat", 2, extras=3, extra_type="penalty")],),
    ([d("ann", "bea", "cat", extras=1, extra_type="Wide")],),
    # dismissals
    ([d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann")],),
    ([d("ann", "bea", "cat", wicket_kind="run out", player_out="bea")],),
    ([d("ann", "bea", "cat", wicket_kind="run out", player_out="ann"), d("dan", "bea", "cat", 3)],),
    ([d("ann", "bea", "cat", 12, ball=1), d("ann", "bea", "cat", wicket_kind="retired hurt", player_out="ann", ball=2)],),
    ([d("ann", "bea", "cat", wicket_kind="retired not out", player_out="ann")],),
    ([d("ann", "bea", "cat", wicket_kind="obstructing the field", player_out="ann")],),
    ([d("ann", "bea", "cat", wicket_kind="caught", player_out="zed")],),
    ([d("ann", "bea", "cat", wicket_kind="caught", player_out="")],),
    ([d("ann", "bea", "cat", wicket_kind="caught", player_out="ann"), d("ann", "bea", "cat", wicket_kind="lbw", player_out="ann")],),
    ([d("ann", "bea", "cat", wicket_kind="stumped", player_out="ann", extras=1, extra_type="wide")],),
    ([d("ann", "bea", "cat", wicket_kind="Caught", player_out="ann")],),
    ([d("ann", "bea", "cat", wicket_kind="hit wicket", player_out="ann"), d("bob", "bea", "cat", wicket_kind="caught and bowled", player_out="bob")],),
    ([d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann"), d("ann", "bea", "cat", 50, match="M2")],),
    # high score: unbeaten ties
    (over("ann", "bea", "cat", [10], "M1") + over("ann", "bea", "cat", [10], "M2")
     + [d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann", match="M1", ball=9)],),
    (over("ann", "bea", "cat", [10], "M1") + over("ann", "bea", "cat", [10], "M2")
     + [d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann", match="M1", ball=9),
        d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann", match="M2", ball=9)],),
    ([d("ann", "bea", "cat", match="M1"), d("bea", "ann", "cat", 5, match="M2")],),
    # innings keys
    ([d("ann", "bea", "cat", 1, innings=1), d("ann", "bea", "cat", 1, innings=2)],),
    ([d("ann", "bea", "cat", 1, match=1), d("ann", "bea", "cat", 1, match="1")],),
    ([d("ann", "bea", "cat", 1, match=1), d("ann", "bea", "cat", 1, match=1.0)],),
    ([d("ann", "bea", "cat", 1, match="M1"), d("ann", "bea", "cat", 2, match="M2"), d("ann", "bea", "cat", 3, match="M1")],),
    # names
    ([d("ann", "ann", "cat", 4)],),
    ([d("ann", "bea", "ann", 4)],),
    ([d("", "bea", "cat", 1), d("", "bea", "cat", wicket_kind="bowled")],),
    ([d("Zoë", "zoë", "Ævar", 4), d("zoë", "Zoë", "Ævar", 6)],),
    ([d(None, "bea", None, 1)],),
    ([d(1, 2, 3, 1), d(True, 2, 3, 2)],),
    ([d("ann ", "ann", "cat", 1)],),
    # ties and ordering
    ([d("ann", "bea", "cat", 3), d("bea", "ann", "cat", 3), d("cy", "dee", "eve", 3)],),
    ([d("ann", "bea", "cat", wicket_kind="bowled", player_out="ann"), d("bob", "bea", "dan", wicket_kind="bowled", player_out="bob")],),
    ([d("ann", "bea", "cat", 4, wicket_kind="bowled", player_out="ann"), d("bob", "bea", "dan", 2, wicket_kind="bowled", player_out="bob")],),
    ([d("ann", "bea", "cat", 1, match="M1"), d("ann", "bea", "cat", wicket_kind="lbw", player_out="ann", match="M2"),
      d("ann", "bea", "cat", wicket_kind="lbw", player_out="ann", match="M3"), d("ann", "bea", "cat", 1, match="M3")],),
    ([d("ann", "bea", "cat", 5, match="M1"), d("ann", "bea", "cat", wicket_kind="lbw", player_out="ann", match="M1"),
      d("ann", "bea", "cat", 2, match="M2"), d("ann", "bea", "cat", 3, match="M2"),
      d("ann", "bea", "cat", wicket_kind="lbw", player_out="ann", match="M2")],),
    # odd values
    ([d("ann", "bea", "cat", -5)],),
    ([d("ann", "bea", "cat", 4.0), d("ann", "bea", "cat", 6.0), d("ann", "bea", "cat", 1.5)],),
    ([d("ann", "bea", "cat", True)],),
    ([d("ann", "bea", "cat", None)],),
    ([d("ann", "bea", "cat", "4")],),
    ([d("ann", "bea", "cat", 1, extras=None, extra_type="wide")],),
    ([d("ann", "bea", "cat", 1, extras=None)],),
    ([d("ann", "bea", "cat", 7)], None),
    ([d("ann", "bea", "cat", 7)], 1.5),
    ([d("ann", "bea", "cat", 1) for _ in range(7)],),
    ([d("ann", "bea", "cat", 1, ball=b) for b in range(1, 4)] + [d("ann", "bea", "cat", 1, extras=1, extra_type="noball")] * 3,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(season_averages, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(season_averages, reference, min_innings=2,
                deliveries=over("ann", "bea", "cat", [1, 2], "M1") + over("ann", "bea", "cat", [4], "M2"))


def test_does_not_mutate_input() -> None:
    deliveries = over("ann", "bea", "cat", [1, 4, 6, 0], "M1") + over("bea", "ann", "dan", [2, 2], "M2")
    snapshot = [vars(delivery).copy() for delivery in deliveries]
    season_averages(deliveries)
    assert [vars(delivery) for delivery in deliveries] == snapshot


KINDS = ["", "", "", "", "", "", "bowled", "caught", "lbw", "run out", "retired hurt", "stumped", "caught and bowled"]
EXTRAS = ["", "", "", "", "", "", "", "wide", "noball", "bye", "legbye"]


def _random_cases():
    rng = random.Random(2718)
    for index in range(160):
        names = ["ann", "bea", "cy", "dee", "eve", "fay", "gus", "hal"][: rng.randint(2, 8)]
        deliveries = []
        for match in range(rng.randint(0, 4)):
            for innings in (1, 2)[: rng.randint(1, 2)]:
                for ball in range(rng.randint(0, 25)):
                    batter, other = rng.sample(names, 2)
                    extra = rng.choice(EXTRAS)
                    kind = rng.choice(KINDS)
                    deliveries.append(Delivery(
                        f"M{match}", innings, ball // 6, ball % 6 + 1, batter, other, rng.choice(names[:4]),
                        rng.choice([0, 0, 1, 1, 2, 3, 4, 6]) if extra not in ("wide", "bye", "legbye") else 0,
                        rng.randint(1, 4) if extra else 0, extra, kind,
                        (other if rng.random() < 0.3 else batter) if kind else ("" if index % 7 else rng.choice(names)),
                    ))
        if index % 5 == 0:
            rng.shuffle(deliveries)
        yield deliveries, rng.choice([0, 1, 1, 1, 2, 3])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(season_averages, reference, *case)


def test_large_season() -> None:
    rng = random.Random(99)
    squad = [f"P{n:02d}" for n in range(40)]
    deliveries = []
    for match in range(30):
        for innings in (1, 2):
            for ball in range(rng.randint(60, 300)):
                batter, other = rng.sample(squad, 2)
                kind = rng.choice(KINDS)
                extra = rng.choice(EXTRAS)
                deliveries.append(Delivery(f"2024-{match:02d}", innings, ball // 6, ball % 6 + 1, batter, other,
                                           rng.choice(squad[:12]), rng.choice([0, 1, 1, 2, 4, 6]), 1 if extra else 0,
                                           extra, kind, batter if kind else ""))
    assert_same(season_averages, reference, deliveries, 3)
