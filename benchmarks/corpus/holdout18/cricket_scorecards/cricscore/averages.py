"""Season batting and bowling averages for the league's statistics page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cricscore.deliveries import Delivery
from cricscore.rules import bowler_wicket, conceded, faced, is_dismissal, is_legal, overs_text


@dataclass
class BattingLine:
    player: str
    innings: int
    not_outs: int
    runs: int
    balls: int
    high_score: str
    average: float | None
    strike_rate: float | None
    fours: int
    sixes: int


@dataclass
class BowlingLine:
    player: str
    overs: str
    runs: int
    wickets: int
    best: str
    average: float | None
    economy: float | None


def season_averages(deliveries: Sequence[Delivery], min_innings: int = 1) -> tuple[list[BattingLine], list[BowlingLine]]:
    """Batting table (most runs first) and bowling table (most wickets, then fewest runs).

    A player has batted in an innings when they were on strike or at the non-striker's
    end for at least one ball of it. Players with fewer than ``min_innings`` innings are
    left out of the batting table. Ties keep the order in which players first appear.
    """
    players: list[str] = []
    for delivery in deliveries:
        for name in (delivery.batter, delivery.non_striker):
            if name not in players:
                players.append(name)

    batting = []
    for name in players:
        innings: list[tuple[str, int]] = []
        scores: dict[tuple[str, int], int] = {}
        dismissed: list[tuple[str, int]] = []
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

    bowlers: list[str] = []
    for delivery in deliveries:
        if delivery.bowler not in bowlers:
            bowlers.append(delivery.bowler)

    bowling = []
    for name in bowlers:
        legal = runs = wickets = 0
        spells: dict[tuple[str, int], list[int]] = {}
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
