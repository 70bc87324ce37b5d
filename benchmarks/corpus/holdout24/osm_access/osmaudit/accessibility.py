"""Wheelchair-access counts for the accessibility action plan."""

from __future__ import annotations

from collections.abc import Iterable

from osmaudit.features import Feature, tag_value

WHEELCHAIR_VALUES = ("yes", "limited", "no")


def accessibility_by_district(features: Iterable[Feature]) -> dict[str, dict[str, dict[str, int]]]:
    """Wheelchair-access counts per district and category, both sorted.

    A feature's category is its ``amenity`` tag, or ``shop:<value>`` for a shop without
    one; features with neither (or with empty values) are skipped. Its district is
    ``addr:district``, else ``addr:suburb``, else "(none)". The ``wheelchair`` value,
    lower-cased, is counted under "yes", "limited" or "no", and anything else (or no tag)
    under "unknown"; "toilets" counts features tagged ``toilets:wheelchair=yes``.
    """
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for feature in features:
        category = tag_value(feature.tags, "amenity")
        if not category:
            shop = tag_value(feature.tags, "shop")
            if not shop:
                continue
            category = "shop:" + shop
        district = tag_value(feature.tags, "addr:district") or tag_value(feature.tags, "addr:suburb") or "(none)"
        access = (tag_value(feature.tags, "wheelchair") or "").lower()
        if access not in WHEELCHAIR_VALUES:
            access = "unknown"
        row = counts.setdefault(district, {}).setdefault(category, {"yes": 0, "limited": 0, "no": 0, "unknown": 0,
                                                                    "toilets": 0})
        row[access] += 1
        if tag_value(feature.tags, "toilets:wheelchair") == "yes":
            row["toilets"] += 1
    return {district: dict(sorted(categories.items())) for district, categories in sorted(counts.items())}
