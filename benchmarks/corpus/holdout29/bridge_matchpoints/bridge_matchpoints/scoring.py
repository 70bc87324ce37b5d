"""Matchpoint scoring: every result is compared with the other results of the same board."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from bridge_matchpoints.travellers import BoardResult


@dataclass(frozen=True)
class ScoredResult:
    """A board result with the matchpoints each pair earned on it, out of ``top``, and the
    matching percentages (rounded to 2 decimals)."""

    result: BoardResult
    ns_points: int
    ew_points: int
    top: int
    ns_percent: float
    ew_percent: float


def matchpoint_boards(results: Sequence[BoardResult]) -> list[ScoredResult]:
    """Matchpoint every result against the other results on the same board.

    The North-South pair earns 2 matchpoints for every other North-South score on the board
    that it beats and 1 for every one it ties; the top is 2 x (results on the board - 1) and the
    East-West pair gets the top minus North-South's matchpoints. A board played only once gives
    both pairs 50 %. Returns one scored result per input result, in input order.

    Raises ``ValueError`` when a pair appears twice in the same direction on one board.
    """
    by_board: dict[int, list[BoardResult]] = {}
    for result in results:
        by_board.setdefault(result.board, []).append(result)
    for board, played in by_board.items():
        ns_pairs = [result.ns_pair for result in played]
        ew_pairs = [result.ew_pair for result in played]
        if len(set(ns_pairs)) != len(ns_pairs) or len(set(ew_pairs)) != len(ew_pairs):
            raise ValueError(f"board {board}: a pair is scored twice in the same direction")

    scored: list[ScoredResult] = []
    for result in results:
        field = by_board[result.board]
        top = 2 * (len(field) - 1)
        points = 0
        for other in field:
            if other is result:
                continue
            if result.ns_score > other.ns_score:
                points += 2
            elif result.ns_score == other.ns_score:
                points += 1
        if top == 0:
            ns_percent = ew_percent = 50.0
        else:
            ns_percent = round(100 * points / top, 2)
            ew_percent = round(100 * (top - points) / top, 2)
        scored.append(ScoredResult(result, points, top - points, top, ns_percent, ew_percent))
    return scored
