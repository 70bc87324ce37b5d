"""Strict equivalence tests for value_parcels (never shown to wattlens)."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from functools import cmp_to_key

import pytest
from strict_support import assert_same
from appraisal.models import Sale, Subject
from appraisal.valuation import value_parcels

TARGET = "appraisal/valuation.py:value_parcels"

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def months_between(earlier, later):
    start, end = date.fromisoformat(earlier), date.fromisoformat(later)
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day - start.day) / 30


WEIGHTS = {"distance": 1.0, "area": 2.5, "age": 0.03, "bedrooms": 0.25, "bathrooms": 0.2, "recency": 0.04}


def dissimilarity(subject, sale, valuation_date):
    distance = haversine_km(subject.latitude, subject.longitude, sale.latitude, sale.longitude)
    area = abs(sale.living_area - subject.living_area) / subject.living_area
    return (WEIGHTS["distance"] * distance
            + WEIGHTS["area"] * area
            + WEIGHTS["age"] * abs(sale.year_built - subject.year_built)
            + WEIGHTS["bedrooms"] * abs(sale.bedrooms - subject.bedrooms)
            + WEIGHTS["bathrooms"] * abs(sale.bathrooms - subject.bathrooms)
            + WEIGHTS["recency"] * months_between(sale.sold_on, valuation_date))


def comparison(subject, valuation_date):
    def compare(first, second):
        a = dissimilarity(subject, first, valuation_date)
        b = dissimilarity(subject, second, valuation_date)
        if a != b:
            return -1 if a < b else 1
        if first.sold_on != second.sold_on:
            return -1 if first.sold_on > second.sold_on else 1
        return (first.sale_id > second.sale_id) - (first.sale_id < second.sale_id)
    return compare


def select_comparables(subject, sales, valuation_date, count=5, radius_km=1.5, max_age_months=24):
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


MONTHLY_TREND = 0.004
AREA_RATE = 0.6
BEDROOM_VALUE = 7500
BATHROOM_VALUE = 5000
AGE_VALUE = 350


def adjusted_price(subject, sale, valuation_date):
    price = sale.price * (1 + MONTHLY_TREND * months_between(sale.sold_on, valuation_date))
    price += (subject.living_area - sale.living_area) * sale.price / sale.living_area * AREA_RATE
    price += (subject.bedrooms - sale.bedrooms) * BEDROOM_VALUE
    price += (subject.bathrooms - sale.bathrooms) * BATHROOM_VALUE
    price += (subject.year_built - sale.year_built) * AGE_VALUE
    return price


def reference(subjects, sales, valuation_date, count=5):
    results = {}
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


LAT, LON = 39.7684, -86.1581
SUBJECT = Subject("P1", LAT, LON, 1800, 3, 2.0, 1990, "single family")
CONDO = Subject("P2", LAT + 0.002, LON, 950, 2, 1.0, 2005, "condo")
V = "2025-01-01"


def s(sale_id, north=0.0, east=0.0, price=300000, area=1800, beds=3, baths=2.0, built=1990, sold="2024-06-01",
      kind="single family"):
    return Sale(sale_id, LAT + north, LON + east, price, area, beds, baths, built, sold, kind)


def street(count, step=0.001, price="auto", **extra):
    return [s(f"S{n:02d}", north=step * n, price=280000 + 5000 * n if price == "auto" else price, **extra)
            for n in range(count)]


TWINS = [s("b"), s("a"), s("c"), s("a"), s("d", sold="2024-07-01"), s("e", sold="2024-05-01")]

CASES = [
    ([], [], V),
    ((), (), V),
    ([SUBJECT], [], V),
    ([SUBJECT], street(1), V),
    ([SUBJECT], street(2), V),
    ([SUBJECT], street(3), V),
    ([SUBJECT], street(5), V),
    ([SUBJECT], street(12), V),
    ([SUBJECT, CONDO], street(8) + [s(f"C{n}", north=0.002, east=0.001 * n, area=900 + 20 * n, beds=2, baths=1.0,
                                        built=2000 + n, kind="condo") for n in range(6)], V),
    ([SUBJECT, SUBJECT], street(6), V),
    ([SUBJECT, Subject("P1", LAT + 0.01, LON, 2400, 4, 3.0, 2010, "single family")], street(20, 0.0008), V),
    # count
    ([SUBJECT], street(8), V, 0),
    ([SUBJECT], street(8), V, 1),
    ([SUBJECT], street(8), V, 3),
    ([SUBJECT], street(8), V, 20),
    ([SUBJECT], street(8), V, -2),
    ([SUBJECT], street(8), V, None),
    # ties
    ([SUBJECT], TWINS, V),
    ([SUBJECT], TWINS, V, 6),
    ([SUBJECT], list(reversed(TWINS)), V, 6),
    ([SUBJECT], [s("x", north=0.001), s("y", north=-0.001), s("z", east=0.0013), s("w", east=-0.0013)], V),
    ([SUBJECT], [s("x", area=1700), s("y", area=1900), s("z", beds=2), s("w", beds=4), s("v", baths=1.5)], V),
    # filters at their edges
    ([SUBJECT], street(4) + [s("edge", north=0.01349), s("out", north=0.0135)], V),
    ([SUBJECT], street(3) + [s("today", sold=V), s("two years", sold="2023-01-01"), s("too old", sold="2022-12-31"),
                             s("future", sold="2025-01-02")], V),
    ([SUBJECT], street(4, kind="Single Family"), V),
    ([SUBJECT], street(4, kind="single family "), V),
    # odd values
    ([SUBJECT], street(5, price=0), V),
    ([SUBJECT], [s("a", price=0, sold=V), s("b", price=0, sold=V), s("c", price=0, sold=V)], V),
    ([SUBJECT], street(5, area=0), V),
    ([SUBJECT], [s("a", price=-100000), s("b", price=250000.5), s("c", price=10)], V),
    ([Subject("P0", LAT, LON, 0, 3, 2.0, 1990, "single family")], street(4), V),
    ([Subject("P0", LAT, LON, 1800.5, 3, 2.5, 1990.0, "single family")], street(5, baths=2.5), V),
    ([Subject("P0", LAT, LON, -1800, 3, 2.0, 1990, "single family")], street(5), V),
    ([SUBJECT], street(5, sold="2024-06-01T00:00"), V),
    ([SUBJECT], street(5, sold="20240601"), V),
    ([SUBJECT], street(5), "2025-02-30"),
    ([SUBJECT], street(5), "2025-01-01T12:00"),
    ([SUBJECT], street(5), "2024-06-01"),
    ([SUBJECT], street(5, sold=None), V),
    ([SUBJECT], street(5), None),
    ([SUBJECT], street(5, price=None), V),
    ([SUBJECT], [s("a"), s("b", area=None)], V),
    ([Subject("Zürich-1", LAT, LON, 1800, 3, 2.0, 1990, "Einfamilienhaus")],
     [s(f"Ü{n}", north=0.0005 * n, kind="Einfamilienhaus") for n in range(5)], V),
    ([Subject(None, LAT, LON, 1800, 3, 2.0, 1990, None)], [s(n, north=0.0003 * n, kind=None) for n in range(4)], V),
    ([Subject(("book", 7), 0.0, 179.9999, 1800, 3, 2.0, 1990, "single family")],
     [Sale(f"D{n}", 0.0, -179.9999 + 0.001 * n, 300000, 1800, 3, 2.0, 1990, "2024-06-01", "single family")
      for n in range(4)], V),
    ([SUBJECT], [s("same", sold="2024-06-01"), s("same", sold="2024-06-01"), s("same", sold="2024-06-02")], V),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(value_parcels, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(value_parcels, reference, valuation_date=V, count=4, sales=street(7), subjects=[SUBJECT])


def _random_cases():
    rng = random.Random(4242)
    kinds = ["single family", "single family", "condo", "townhouse"]
    for index in range(160):
        spread = rng.choice([0.004, 0.01, 0.02])
        sales = []
        for number in range(rng.randint(0, 45)):
            area = rng.choice([900, 1200, 1500, 1800, 1800, 2100, 2600])
            sold = date(2022, 6, 1) + timedelta(days=rng.randint(0, 1000))
            sales.append(Sale(f"D{number:03d}", round(LAT + rng.uniform(-spread, spread), 5),
                              round(LON + rng.uniform(-spread, spread), 5), rng.randint(150, 600) * 1000, area,
                              rng.randint(1, 5), rng.choice([1.0, 1.5, 2.0, 2.5, 3.0]), rng.randint(1950, 2020),
                              sold.isoformat(), rng.choice(kinds)))
        if sales and index % 4 == 0:
            for _ in range(rng.randint(1, 5)):
                twin = rng.choice(sales)
                sales.append(Sale(f"T{rng.randint(0, 9)}", twin.latitude, twin.longitude, twin.price, twin.living_area,
                                  twin.bedrooms, twin.bathrooms, twin.year_built,
                                  rng.choice([twin.sold_on, "2024-03-03"]), twin.property_type))
        subjects = [Subject(f"P{n}", round(LAT + rng.uniform(-spread, spread), 5),
                            round(LON + rng.uniform(-spread, spread), 5), rng.choice([1000, 1600, 1800, 2400]),
                            rng.randint(1, 5), rng.choice([1.0, 2.0, 2.5]), rng.randint(1950, 2020), rng.choice(kinds))
                    for n in range(rng.randint(0, 4))]
        yield subjects, sales, rng.choice(["2024-12-31", "2025-01-01", "2024-07-15"]), rng.choice([3, 5, 5, 8])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(value_parcels, reference, *case)


def test_large_batch() -> None:
    rng = random.Random(77)
    sales = [Sale(f"D{n:05d}", round(LAT + rng.uniform(-0.02, 0.02), 5), round(LON + rng.uniform(-0.02, 0.02), 5),
                  rng.randint(150, 600) * 1000, rng.randint(800, 3000), rng.randint(1, 5), rng.choice([1.0, 2.0, 3.0]),
                  rng.randint(1950, 2020), (date(2023, 1, 1) + timedelta(days=rng.randint(0, 700))).isoformat(),
                  rng.choice(["single family", "condo"])) for n in range(1500)]
    subjects = [Subject(f"P{n}", round(LAT + rng.uniform(-0.02, 0.02), 5), round(LON + rng.uniform(-0.02, 0.02), 5),
                        rng.randint(800, 3000), rng.randint(1, 5), 2.0, rng.randint(1950, 2020),
                        rng.choice(["single family", "condo"])) for n in range(25)]
    assert_same(value_parcels, reference, subjects, sales, V)
