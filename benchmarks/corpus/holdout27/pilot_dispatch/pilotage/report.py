"""The harbour master's monthly pilotage figures."""

from __future__ import annotations

from collections.abc import Iterable

from pilotage.roster import Boarding


def waiting_summary(boardings: Iterable[Boarding]) -> dict[str, float]:
    """Number of boardings, mean and longest wait in minutes, and the share boarded late (percent)."""
    waits = []
    late = 0
    for boarding in boardings:
        waits.append(boarding.waited)
        late += boarding.late
    if not waits:
        return {"boardings": 0, "mean_wait": 0.0, "max_wait": 0, "late_percent": 0.0}
    return {
        "boardings": len(waits),
        "mean_wait": round(sum(waits) / len(waits), 1),
        "max_wait": max(waits),
        "late_percent": round(100 * late / len(waits), 1),
    }


def jobs_per_pilot(boardings: Iterable[Boarding]) -> dict[str, int]:
    """How many ships each pilot boarded, busiest first, ties by name."""
    counts: dict[str, int] = {}
    for boarding in boardings:
        counts[boarding.pilot] = counts.get(boarding.pilot, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
