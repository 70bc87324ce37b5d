"""Listings collected from the letting portals."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Listing:
    listing_id: str
    district: str
    bedrooms: int       # 0 for studios
    rent_pcm: int       # pounds per calendar month
    furnished: bool = False


def parse_listings(lines: list[str]) -> list[Listing]:
    """Read the scraper's JSON-lines output. Weekly rents ("rent_pw") are converted to monthly
    (x 52 / 12, rounded to the pound). Duplicate ids keep the last advert. Listings without a
    rent or district are skipped."""
    by_id: dict[str, Listing] = {}
    for raw in lines:
        if not raw.strip():
            continue
        record = json.loads(raw)
        district = (record.get("district") or "").strip().upper()
        if "rent_pcm" in record:
            rent = int(record["rent_pcm"])
        elif "rent_pw" in record:
            rent = round(float(record["rent_pw"]) * 52 / 12)
        else:
            continue
        if not district:
            continue
        listing = Listing(str(record["id"]), district, int(record.get("bedrooms", 0)), rent,
                          bool(record.get("furnished", False)))
        by_id.pop(listing.listing_id, None)
        by_id[listing.listing_id] = listing
    return list(by_id.values())
