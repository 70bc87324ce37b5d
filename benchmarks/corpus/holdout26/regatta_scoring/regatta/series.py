"""Series standings: each boat's race points summed after dropping its worst results."""

from __future__ import annotations

from collections.abc import Iterable


def series_standings(race_scores: Iterable[dict[str, float]], discards: int = 1) -> list[tuple[str, float, list[float]]]:
    """``(sail, net points, points per race)`` for every boat, best (lowest net) first.

    A boat missing from a race scores one more than the largest fleet in the series for
    it (DNC). The ``discards`` worst scores are dropped when a boat has more races than
    that. Ties on net points go to the boat with more better results, then to sail number.
    """
    races = list(race_scores)
    boats = sorted({sail for race in races for sail in race})
    dnc = float(max((len(race) for race in races), default=0) + 1)
    table = []
    for sail in boats:
        scores = [race.get(sail, dnc) for race in races]
        kept = sorted(scores)[: len(scores) - discards] if len(scores) > discards else list(scores)
        table.append((sail, sum(kept), scores))
    table.sort(key=lambda row: (row[1], sorted(row[2]), row[0]))
    return table
