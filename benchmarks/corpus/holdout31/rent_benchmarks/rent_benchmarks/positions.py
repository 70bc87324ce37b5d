"""Where each advertised rent sits among comparable listings."""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from .listings import Listing


@dataclass(frozen=True)
class RentPosition:
    """``percentile`` is the mid-rank percentile of the rent among the listings with the same
    district and bedroom count (ties count half); ``to_median`` the rent over the group median."""

    listing_id: str
    comparables: int
    percentile: float
    median_rent: float
    to_median: float


def rent_positions(listings: Sequence[Listing]) -> dict[str, RentPosition]:
    """The position of every listing's rent within its district and bedroom count.

    Comparables include the listing itself. Percentiles are rounded to 0.1 and the ratio to the
    median to three decimals. Listings are keyed by id; a repeated id keeps the last listing.
    """
    groups: dict[tuple[str, int], list[int]] = {}
    for listing in listings:
        groups.setdefault((listing.district, listing.bedrooms), []).append(listing.rent_pcm)
    positions: dict[str, RentPosition] = {}
    for listing in listings:
        rents = sorted(groups[(listing.district, listing.bedrooms)])
        below = bisect_left(rents, listing.rent_pcm)
        same = bisect_right(rents, listing.rent_pcm) - below
        percentile = round(100 * (below + 0.5 * same) / len(rents), 1)
        median = statistics.median(rents)
        positions[listing.listing_id] = RentPosition(listing.listing_id, len(rents), percentile, median,
                                                     round(listing.rent_pcm / median, 3))
    return positions
