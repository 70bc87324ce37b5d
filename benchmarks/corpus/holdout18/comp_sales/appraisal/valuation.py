"""Sales-comparison estimates for the reappraisal roll."""

from __future__ import annotations

from typing import Any, Sequence

from appraisal.comps import dissimilarity, select_comparables
from appraisal.geo import months_between
from appraisal.models import Sale, Subject

MONTHLY_TREND = 0.004  # market appreciation per month, from the county's repeat-sales index
AREA_RATE = 0.6  # share of the comparable's price per square foot applied to size differences
BEDROOM_VALUE = 7500
BATHROOM_VALUE = 5000
AGE_VALUE = 350  # per year of difference in construction year


def adjusted_price(subject: Subject, sale: Sale, valuation_date: str) -> float:
    """The comparable's price adjusted to the valuation date and to the subject's features."""
    price = sale.price * (1 + MONTHLY_TREND * months_between(sale.sold_on, valuation_date))
    price += (subject.living_area - sale.living_area) * sale.price / sale.living_area * AREA_RATE
    price += (subject.bedrooms - sale.bedrooms) * BEDROOM_VALUE
    price += (subject.bathrooms - sale.bathrooms) * BATHROOM_VALUE
    price += (subject.year_built - sale.year_built) * AGE_VALUE
    return price


def value_parcels(subjects: Sequence[Subject], sales: Sequence[Sale], valuation_date: str,
                  count: int = 5) -> dict[str, dict[str, Any]]:
    """Estimate, range and confidence per parcel; at least three comparables are needed."""
    results: dict[str, dict[str, Any]] = {}
    for subject in subjects:
        comps = select_comparables(subject, sales, valuation_date, count)
        ids = [sale.sale_id for sale in comps]
        if len(comps) < 3:
            results[subject.parcel_id] = {"estimate": None, "low": None, "high": None, "comparables": ids,
                                          "confidence": "insufficient"}
            continue
        adjusted = [adjusted_price(subject, sale, valuation_date) for sale in comps]
        weights = [1 / (1 + dissimilarity(subject, sale, valuation_date)) for sale in comps]
        estimate = sum(weight * price for weight, price in zip(weights, adjusted)) / sum(weights)
        spread = (max(adjusted) - min(adjusted)) / estimate
        results[subject.parcel_id] = {
            "estimate": int(round(estimate, -2)),
            "low": int(round(min(adjusted), -2)),
            "high": int(round(max(adjusted), -2)),
            "comparables": ids,
            "confidence": "high" if spread < 0.1 else "medium" if spread < 0.25 else "low",
        }
    return results
