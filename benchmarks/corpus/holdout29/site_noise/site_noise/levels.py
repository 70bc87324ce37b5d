"""Statistical noise levels (L10, L90, ...) over a rolling window."""

from __future__ import annotations

import math
from typing import Sequence


def rolling_statistical_levels(levels: Sequence[float | None], window: int = 300,
                               exceeded: Sequence[float] = (10, 90),
                               min_coverage: float = 0.5) -> list[tuple[float, ...] | None]:
    """The statistical levels L_N over the trailing ``window`` seconds, for every second.

    ``levels`` holds one LAeq reading (dB) per second, None where the monitor recorded nothing.
    For second i the window holds the readings of seconds i - window + 1 to i. L_N, the level
    exceeded N % of the time, is taken from the window's readings ordered loudest first as the
    reading at 1-based position ceil(N x n / 100) (at least 1), n being the number of readings.
    The result for a second is a tuple with one level per entry of ``exceeded``, in that order,
    or None when the window holds fewer than ``min_coverage`` x ``window`` readings (or none).

    Raises ``ValueError`` when ``window`` is below 1 or a percentage is outside 0-100.
    """
    if window < 1:
        raise ValueError("the window must be at least one second")
    for percent in exceeded:
        if not 0 <= percent <= 100:
            raise ValueError(f"percentage {percent} is outside 0-100")
    results: list[tuple[float, ...] | None] = []
    for second in range(len(levels)):
        start = max(0, second - window + 1)
        ordered = sorted((value for value in levels[start:second + 1] if value is not None), reverse=True)
        if not ordered or len(ordered) < min_coverage * window:
            results.append(None)
            continue
        count = len(ordered)
        results.append(tuple(ordered[max(1, math.ceil(percent * count / 100)) - 1] for percent in exceeded))
    return results
