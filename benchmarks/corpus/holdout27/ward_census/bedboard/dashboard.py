"""Figures for the capacity dashboard."""

from __future__ import annotations

from collections.abc import Mapping

from bedboard.events import Census


def peak_occupancy(census: Census, capacity: Mapping[str, int]) -> dict[str, tuple[int, float]]:
    """Highest occupied-bed count per ward and that peak as a percentage of the ward's beds."""
    peaks = {ward: 0 for ward in capacity}
    for snapshot in census.occupancy:
        for ward, count in snapshot.items():
            peaks[ward] = max(peaks[ward], count)
    return {ward: (peak, round(100 * peak / capacity[ward], 1)) for ward, peak in peaks.items()}


def rejection_reasons(census: Census) -> dict[str, int]:
    """How often each rejection reason occurred, commonest first, ties alphabetical."""
    counts: dict[str, int] = {}
    for rejection in census.rejected:
        counts[rejection.reason] = counts.get(rejection.reason, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
