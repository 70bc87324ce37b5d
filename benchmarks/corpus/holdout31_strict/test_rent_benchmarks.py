"""Strict equivalence tests for rent_positions (never shown to wattlens)."""

from __future__ import annotations

import random
import statistics
from bisect import bisect_left, bisect_right

import pytest
from strict_support import assert_same
from rent_benchmarks.listings import Listing
from rent_benchmarks.positions import RentPosition, rent_positions

TARGET = "rent_benchmarks/positions.py:rent_positions"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(listings):
    groups = {}
    for listing in listings:
        groups.setdefault((listing.district, listing.bedrooms), []).append(listing.rent_pcm)
    positions = {}
    for listing in listings:
        rents = sorted(groups[(listing.district, listing.bedrooms)])
        below = bisect_left(rents, listing.rent_pcm)
        same = bisect_right(rents, listing.rent_pcm) - below
        percentile = round(100 * (below + 0.5 * same) / len(rents), 1)
        median = statistics.median(rents)
        positions[listing.listing_id] = RentPosition(listing.listing_id, len(rents), percentile, median,
                                                     round(listing.rent_pcm / median, 3))
    return positions


# --- cases -------------------------------------------------------------------------------

def L(listing_id, rent, district="E8", bedrooms=2, furnished=False):
    return Listing(listing_id, district, bedrooms, rent, furnished)


CASES = [
    [],
    (),
    [L("A", 1000)],
    [L("A", 1000), L("B", 2000)],
    [L("A", 1000), L("B", 2000), L("C", 3000)],
    [L("A", 2000), L("B", 1000), L("C", 4000), L("D", 3000)],
    [L("A", 1500), L("B", 1500), L("C", 1800)],
    [L("A", 1500), L("B", 1500), L("C", 1500), L("D", 1500)],
    (L("A", 1500), L("B", 1800)),
    # integer and float rents: the median's type depends on which values sit in the middle
    [L("A", 1500.0), L("B", 1500), L("C", 1500)],
    [L("A", 1500), L("B", 1500.0), L("C", 1500)],
    [L("A", 1500), L("B", 1500.0)],
    [L("A", 1000), L("B", 1001)],
    [L("A", 999.5), L("B", 1000.25), L("C", 1000.25)],
    [L("A", True), L("B", 2)],
    # districts and bedroom counts that compare equal across types
    [L("A", 1000, bedrooms=2), L("B", 2000, bedrooms=2.0), L("C", 3000, bedrooms=True), L("D", 500, bedrooms=1)],
    [L("A", 1000, district="E8"), L("B", 2000, district="e8"), L("C", 3000, district="E8 ")],
    [L("A", 1000, district=None), L("B", 2000, district=None)],
    [L("A", 1000, district=("E", 8)), L("B", 2000, district=("E", 8))],
    # repeated listing ids: the last listing's position is kept
    [L("A", 1000), L("A", 2000), L("B", 3000)],
    [L("A", 1000, district="N1"), L("B", 2000), L("A", 3000)],
    [L("A", 1000)] * 5,
    # zero and negative rents
    [L("A", 0)],
    [L("A", 0), L("B", 0), L("C", 5)],
    [L("A", 0), L("B", 10)],
    [L("A", -100), L("B", 100)],
    [L("A", -100), L("B", -300), L("C", -200)],
    [L("A", 10**18), L("B", 10**18 + 1), L("C", 3)],
    [L("A", 1e-300), L("B", 1e300)],
    # bad values
    [L("A", None)],
    [L("A", None), L("B", 1000)],
    [L("A", "1000"), L("B", 1000)],
    [L("A", "1000"), L("B", "900")],
    [L("A", 1000, district=["E8"])],
    [None],
    None,
    [("A", "E8", 2, 1000)],
    # ids that are not strings
    [L(1, 1000), L(2, 2000), L(1.0, 3000)],
    [L(None, 1000), L("None", 2000)],
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(rent_positions, reference, case)


def test_keyword_argument() -> None:
    assert_same(rent_positions, reference, listings=[L("A", 1000), L("B", 1200), L("C", 1200)])


def _random_cases():
    rng = random.Random(31151)
    for _ in range(250):
        districts = rng.sample(["E1", "E8", "N1", "SE15", "CR0"], rng.randint(1, 5))
        listings = []
        for number in range(rng.choice([0, 1, 2, 3, 7, 20, 60, 150])):
            base = rng.choice([900, 1500, 2200])
            rent = base * rng.lognormvariate(0, 0.2)
            kind = rng.random()
            if kind < 0.5:
                rent = int(round(rent, -1))
            elif kind < 0.7:
                rent = round(rent, 2)
            elif kind < 0.85:
                rent = rng.choice([1000, 1500, 1500.0, 2000])
            else:
                rent = int(rent)
            listing_id = f"RM{rng.randint(0, 200) if rng.random() < 0.1 else number}"
            listings.append(L(listing_id, rent, rng.choice(districts), rng.choice([0, 1, 2, 2, 3]),
                              rng.random() < 0.3))
        if listings and rng.random() < 0.15:
            listings += rng.choices(listings, k=rng.randint(1, 4))
        yield listings if rng.random() < 0.85 else tuple(listings)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(rent_positions, reference, case)


def test_borough_month() -> None:
    rng = random.Random(3116)
    listings = [L(f"RM{number:06d}", int(round(rng.choice([1150, 1550, 1950]) * rng.lognormvariate(0, 0.18), -1)),
                  rng.choice(["E8", "N16", "SE15"]), rng.choice([0, 1, 2])) for number in range(3000)]
    assert_same(rent_positions, reference, listings)
