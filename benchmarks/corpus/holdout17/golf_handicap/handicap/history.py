"""Handicap index history shown on each member's page of the club website."""

from __future__ import annotations

from typing import Any, Sequence

from handicap.courses import Tee, find_tee
from handicap.scoring import handicap_index, score_differential


def index_history(rounds: Sequence[dict[str, Any]], tees: Sequence[Tee]) -> dict[Any, list[tuple[Any, float, float | None]]]:
    """For every player, ``(date, differential, index after that round)`` per posted round.

    Rounds are dicts with ``player``, ``date`` (ISO text), ``course``, ``tee``, ``gross``
    (the adjusted gross score) and optionally ``pcc`` (the playing conditions
    calculation). Rounds are taken in date order (posting order within a day); players
    appear in the order of their first round.
    """
    ordered = sorted(rounds, key=lambda played: played["date"])
    players: list[Any] = []
    for played in ordered:
        if played["player"] not in players:
            players.append(played["player"])
    history = {}
    for player in players:
        own = [played for played in ordered if played["player"] == player]
        entries = []
        for count in range(1, len(own) + 1):
            differentials = [
                score_differential(played["gross"], find_tee(tees, played["course"], played["tee"]),
                                   played.get("pcc", 0))
                for played in own[:count]
            ]
            entries.append((own[count - 1]["date"], differentials[-1], handicap_index(differentials)))
        history[player] = entries
    return history
