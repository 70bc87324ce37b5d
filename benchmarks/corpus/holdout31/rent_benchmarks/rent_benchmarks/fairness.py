"""District summaries for the fairness map."""

from __future__ import annotations

from typing import Mapping, Sequence

from .listings import Listing
from .positions import RentPosition

OVERPRICED_RATIO = 1.2


def district_summary(listings: Sequence[Listing], positions: Mapping[str, RentPosition]) -> dict[str, dict]:
    """Per district: listings, median rent of two-bedroom homes (None without any) and the share
    of listings advertised at more than ``OVERPRICED_RATIO`` times their group median."""
    summary: dict[str, dict] = {}
    for listing in listings:
        item = summary.setdefault(listing.district, {"listings": 0, "two_bed_median": None, "overpriced": 0})
        item["listings"] += 1
        position = positions[listing.listing_id]
        if listing.bedrooms == 2:
            item["two_bed_median"] = position.median_rent
        if position.to_median > OVERPRICED_RATIO:
            item["overpriced"] += 1
    for item in summary.values():
        item["overpriced_share"] = round(item.pop("overpriced") / item["listings"], 3)
    return dict(sorted(summary.items()))
