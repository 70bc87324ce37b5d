"""Choosing the comparable sales for a parcel."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Callable, Sequence

from appraisal.geo import haversine_km, months_between
from appraisal.models import Sale, Subject

# Points of dissimilarity per km, per unit of relative size difference, per year of age, ...
WEIGHTS = {"distance": 1.0, "area": 2.5, "age": 0.03, "bedrooms": 0.25, "bathrooms": 0.2, "recency": 0.04}


def dissimilarity(subject: Subject, sale: Sale, valuation_date: str) -> float:
    """Lower is more similar."""
    distance = haversine_km(subject.latitude, subject.longitude, sale.latitude, sale.longitude)
    area = abs(sale.living_area - subject.living_area) / subject.living_area
    return (WEIGHTS["distance"] * distance
            + WEIGHTS["area"] * area
            + WEIGHTS["age"] * abs(sale.year_built - subject.year_built)
            + WEIGHTS["bedrooms"] * abs(sale.bedrooms - subject.bedrooms)
            + WEIGHTS["bathrooms"] * abs(sale.bathrooms - subject.bathrooms)
            + WEIGHTS["recency"] * months_between(sale.sold_on, valuation_date))


def comparison(subject: Subject, valuation_date: str) -> Callable[[Sale, Sale], int]:
    """Order sales by dissimilarity, then the more recent sale, then sale id."""
    def compare(first: Sale, second: Sale) -> int:
        a = dissimilarity(subject, first, valuation_date)
        b = dissimilarity(subject, second, valuation_date)
        if a != b:
            return -1 if a < b else 1
        if first.sold_on != second.sold_on:
            return -1 if first.sold_on > second.sold_on else 1
        return (first.sale_id > second.sale_id) - (first.sale_id < second.sale_id)
    return compare


def select_comparables(subject: Subject, sales: Sequence[Sale], valuation_date: str, count: int = 5,
                       radius_km: float = 1.5, max_age_months: float = 24) -> list[Sale]:
    """The ``count`` most similar sales of the same property type near the parcel."""
    candidates = []
    for sale in sales:
        if sale.property_type != subject.property_type:
            continue
        if haversine_km(subject.latitude, subject.longitude, sale.latitude, sale.longitude) > radius_km:
            continue
        age = months_between(sale.sold_on, valuation_date)
        if age < 0 or age > max_age_months:
            continue
        candidates.append(sale)
    candidates.sort(key=cmp_to_key(comparison(subject, valuation_date)))
    return candidates[:count]
