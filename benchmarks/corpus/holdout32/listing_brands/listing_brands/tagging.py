"""Tagging listings with the brands their titles mention."""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .titles import normalise_title

RISK_WORDS = re.compile(r"(?<!\w)(replica|rep|1:1|aaa|mirror quality|inspired|dupe|unbranded|fake)(?!\w)",
                        re.IGNORECASE)


def tag_listings(listings: Sequence[Mapping], aliases: Sequence[tuple[str, str]]) -> list[dict]:
    """Brands mentioned in each listing's title ({"id", "title"}), in listing order.

    An alias matches as whole words, case-insensitively, with any run of spaces or hyphens
    between its words. Each result is {"id", "brands", "primary", "replica_risk"}: the brands in
    alias-table order, each once; the brand whose match starts earliest in the title (the first
    in table order on a tie), or None; and whether a branded title also uses replica wording.
    """
    results = []
    for listing in listings:
        title = normalise_title(listing["title"])
        brands: list[str] = []
        primary = None
        primary_at = len(title) + 1
        for alias, brand in aliases:
            pattern = r"(?<!\w)" + r"[\s\-]+".join(re.escape(word) for word in alias.split()) + r"(?!\w)"
            match = re.search(pattern, title, re.IGNORECASE)
            if match is None:
                continue
            if brand not in brands:
                brands.append(brand)
            if match.start() < primary_at:
                primary, primary_at = brand, match.start()
        results.append({"id": listing["id"], "brands": brands, "primary": primary,
                        "replica_risk": bool(brands) and RISK_WORDS.search(title) is not None})
    return results


def review_queue(results: Sequence[dict], protected: set[str]) -> list[str]:
    """Listing ids for manual review: replica wording with a protected brand, in order."""
    return [result["id"] for result in results
            if result["replica_risk"] and any(brand in protected for brand in result["brands"])]
