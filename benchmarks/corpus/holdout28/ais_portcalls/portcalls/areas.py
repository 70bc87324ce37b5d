"""The port's areas (basins, terminals, anchorages) as latitude/longitude boxes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Harbour:
    """A named area of the port, bounded by two parallels and two meridians (degrees, inclusive)."""

    name: str
    south: float
    north: float
    west: float
    east: float


def harbour_at(harbours: Sequence[Harbour], lat: float, lon: float) -> Harbour | None:
    """The first area in ``harbours`` that contains the position, or None when it is in none of them."""
    for harbour in harbours:
        if harbour.south <= lat <= harbour.north and harbour.west <= lon <= harbour.east:
            return harbour
    return None
