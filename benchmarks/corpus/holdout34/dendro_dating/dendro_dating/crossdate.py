"""Cross-dating an undated sample against a master chronology (Baillie-Pilcher t-values)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .series import Chronology


@dataclass
class Match:
    """A candidate dating: the calendar year of the sample's last ring, the number of
    overlapping rings and the Baillie-Pilcher t-value."""

    end_year: int
    overlap: int
    t: float


def baillie_pilcher(widths: Sequence[float]) -> list[float | None]:
    """Baillie-Pilcher indices: ln(100 x width / centred 5-year mean). The first and last two
    rings, and rings with no positive width or mean, have no index (None)."""
    indices: list[float | None] = []
    for i, width in enumerate(widths):
        if i < 2 or i > len(widths) - 3:
            indices.append(None)
            continue
        mean = sum(widths[i - 2:i + 3]) / 5
        indices.append(math.log(100 * width / mean) if width > 0 and mean > 0 else None)
    return indices


def t_value_at(sample_indices: Sequence[float | None], master: Chronology,
               end_year: int) -> tuple[float | None, int]:
    """t-value and overlap of the sample placed with its last ring in ``end_year``."""
    master_indices = baillie_pilcher(master.widths)
    pairs = []
    first_year = end_year - len(sample_indices) + 1
    for offset, x in enumerate(sample_indices):
        position = first_year + offset - master.first_year
        if 0 <= position < len(master_indices):
            y = master_indices[position]
            if x is not None and y is not None:
                pairs.append((x, y))
    n = len(pairs)
    if n < 3:
        return None, n
    mean_x = sum(x for x, _ in pairs) / n
    mean_y = sum(y for _, y in pairs) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    sxx = sum((x - mean_x) ** 2 for x, _ in pairs)
    syy = sum((y - mean_y) ** 2 for _, y in pairs)
    if sxx == 0 or syy == 0:
        return None, n
    r = sxy / math.sqrt(sxx * syy)
    if r * r >= 1:
        return math.copysign(math.inf, r), n
    return r * math.sqrt((n - 2) / (1 - r * r)), n


def crossdate(sample_widths: Sequence[float], master: Chronology, min_overlap: int = 30,
              top: int = 10) -> list[Match]:
    """The ``top`` best positions of the sample against the master, best t-value first (ties:
    earlier end year first). Positions with fewer than ``min_overlap`` rings in common with
    the master are not tried; t-values are rounded to two decimals as the lab reports them."""
    sample_indices = baillie_pilcher(sample_widths)
    results = []
    first_end = master.first_year + min_overlap - 1
    last_end = master.last_year + len(sample_widths) - min_overlap
    for end_year in range(first_end, last_end + 1):
        t, overlap = t_value_at(sample_indices, master, end_year)
        if t is None or overlap < min_overlap - 4:
            continue
        results.append(Match(end_year, overlap, round(t, 2)))
    results.sort(key=lambda match: (-match.t, match.end_year))
    return results[:top]
