"""Exceedances of the planning condition's noise limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence


@dataclass(frozen=True)
class Exceedance:
    """A period in which the rolling level stayed above the limit: its start, its length in
    seconds and the highest level reached."""

    start: datetime
    seconds: int
    peak_db: float


def exceedances(start: datetime, rolling: Sequence[float | None], limit_db: float,
                min_seconds: int = 60) -> list[Exceedance]:
    """Periods of at least ``min_seconds`` consecutive seconds in which the rolling level (one
    value per second from ``start``; None counts as not exceeding) was above ``limit_db``."""
    found: list[Exceedance] = []
    run_start: int | None = None
    peak = 0.0
    for second, level in enumerate([*rolling, None]):
        if level is not None and level > limit_db:
            if run_start is None:
                run_start, peak = second, level
            peak = max(peak, level)
            continue
        if run_start is not None and second - run_start >= min_seconds:
            found.append(Exceedance(start + timedelta(seconds=run_start), second - run_start, peak))
        run_start = None
    return found
