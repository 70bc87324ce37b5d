"""Score differentials and the handicap index calculation (WHS rules 5.1 and 5.2)."""

from __future__ import annotations

from typing import Sequence

from handicap.courses import Tee

MAX_INDEX = 54.0

# Number of scores in the record -> (how many of the lowest differentials, adjustment).
LOWEST_DIFFERENTIALS = {
    3: (1, -2.0), 4: (1, -1.0), 5: (1, 0.0), 6: (2, -1.0), 7: (2, 0.0), 8: (2, 0.0),
    9: (3, 0.0), 10: (3, 0.0), 11: (3, 0.0), 12: (4, 0.0), 13: (4, 0.0), 14: (4, 0.0),
    15: (5, 0.0), 16: (5, 0.0), 17: (6, 0.0), 18: (6, 0.0), 19: (7, 0.0), 20: (8, 0.0),
}


def score_differential(adjusted_gross: int, tee: Tee, pcc: int = 0) -> float:
    """(113 / slope) x (adjusted gross score - course rating - PCC), to one decimal."""
    return round((113 / tee.slope) * (adjusted_gross - tee.rating - pcc), 1)


def handicap_index(differentials: Sequence[float]) -> float | None:
    """Index from the most recent 20 differentials, or None with fewer than three."""
    recent = list(differentials[-20:])
    if len(recent) < 3:
        return None
    count, adjustment = LOWEST_DIFFERENTIALS[len(recent)]
    best = sorted(recent)[:count]
    return min(round(sum(best) / count + adjustment, 1), MAX_INDEX)
