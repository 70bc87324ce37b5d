import pytest

from appraisal.comps import comparison, dissimilarity, select_comparables
from appraisal.geo import haversine_km, months_between
from appraisal.models import Sale, Subject
from appraisal.valuation import adjusted_price, value_parcels

SUBJECT = Subject("P1", 39.7684, -86.1581, 1800, 3, 2.0, 1990, "single family")


def sale(sale_id, lat_offset=0.0, price=300000, area=1800, beds=3, baths=2.0, built=1990, sold="2024-06-01",
         kind="single family"):
    return Sale(sale_id, 39.7684 + lat_offset, -86.1581, price, area, beds, baths, built, sold, kind)


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, rel=1e-4)


def test_months_between() -> None:
    assert months_between("2024-01-15", "2024-03-15") == 2
    assert months_between("2024-01-01", "2024-01-16") == pytest.approx(0.5)


def test_identical_recent_sale_is_most_similar() -> None:
    assert dissimilarity(SUBJECT, sale("a", sold="2025-01-01"), "2025-01-01") == 0
    assert dissimilarity(SUBJECT, sale("b", area=2700), "2025-01-01") > dissimilarity(SUBJECT, sale("c"), "2025-01-01")


def test_comparison_breaks_ties_by_recency_then_id() -> None:
    compare = comparison(SUBJECT, "2025-01-01")
    assert compare(sale("a"), sale("b")) == -1
    assert compare(sale("b"), sale("a")) == 1
    assert compare(sale("a"), sale("a")) == 0


def test_select_filters_type_distance_and_age() -> None:
    sales = [sale("near"), sale("far", lat_offset=0.05), sale("condo", kind="condo"), sale("old", sold="2021-01-01"),
             sale("future", sold="2025-06-01"), sale("big", area=3000)]
    chosen = select_comparables(SUBJECT, sales, "2025-01-01")
    assert [s.sale_id for s in chosen] == ["near", "big"]


def test_adjusted_price() -> None:
    same = sale("a", sold="2025-01-01")
    assert adjusted_price(SUBJECT, same, "2025-01-01") == 300000
    smaller = sale("b", area=1500, beds=2, sold="2025-01-01")
    assert adjusted_price(SUBJECT, smaller, "2025-01-01") == pytest.approx(300000 + 300 * 200 * 0.6 + 7500)


def test_value_parcels() -> None:
    sales = [sale(f"s{n}", lat_offset=0.001 * n, price=300000 + 1000 * n) for n in range(6)]
    result = value_parcels([SUBJECT], sales, "2025-01-01")["P1"]
    assert result["comparables"] == ["s0", "s1", "s2", "s3", "s4"]
    assert result["confidence"] == "high"
    assert result["low"] <= result["estimate"] <= result["high"]


def test_too_few_comparables() -> None:
    result = value_parcels([SUBJECT], [sale("a"), sale("b")], "2025-01-01")
    assert result == {"P1": {"estimate": None, "low": None, "high": None, "comparables": ["a", "b"],
                             "confidence": "insufficient"}}
