"""Overall ranking of the pairs across all the boards they played."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from bridge_matchpoints.scoring import ScoredResult


@dataclass(frozen=True)
class PairStanding:
    """A pair's place in the event, the number of boards it played and its average percentage."""

    place: int
    pair: str
    boards: int
    percent: float


def rank_pairs(scored: Iterable[ScoredResult]) -> list[PairStanding]:
    """Rank pairs by their average board percentage (rounded to 2 decimals), best first.

    Pairs with the same average share a place (1, 2, 2, 4, ...) and are listed by name.
    """
    totals: dict[str, list[float]] = {}
    for item in scored:
        totals.setdefault(item.result.ns_pair, []).append(item.ns_percent)
        totals.setdefault(item.result.ew_pair, []).append(item.ew_percent)
    averages = sorted(((round(sum(values) / len(values), 2), pair, len(values)) for pair, values in totals.items()),
                      key=lambda entry: (-entry[0], entry[1]))
    standings: list[PairStanding] = []
    for position, (percent, pair, boards) in enumerate(averages, start=1):
        place = standings[-1].place if standings and standings[-1].percent == percent else position
        standings.append(PairStanding(place, pair, boards, percent))
    return standings
