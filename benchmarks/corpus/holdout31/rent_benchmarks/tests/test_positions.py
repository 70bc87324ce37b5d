import json

import pytest

from rent_benchmarks.fairness import district_summary
from rent_benchmarks.listings import Listing, parse_listings
from rent_benchmarks.positions import RentPosition, rent_positions


def homes(*rents, district="E8", bedrooms=2):
    return [Listing(f"L{index}", district, bedrooms, rent) for index, rent in enumerate(rents)]


def test_mid_rank_percentiles() -> None:
    positions = rent_positions(homes(1000, 2000, 3000, 4000))
    assert [positions[f"L{index}"].percentile for index in range(4)] == [12.5, 37.5, 62.5, 87.5]
    assert positions["L0"].median_rent == 2500.0
    assert positions["L3"].to_median == 1.6


def test_ties_count_half() -> None:
    positions = rent_positions(homes(1500, 1500, 1800))
    assert positions["L0"].percentile == 33.3
    assert positions["L2"].percentile == 83.3
    assert positions["L0"].median_rent == 1500


def test_groups_by_district_and_bedrooms() -> None:
    listings = homes(1000, 3000) + [Listing("X", "E8", 3, 5000), Listing("Y", "N1", 2, 900)]
    positions = rent_positions(listings)
    assert positions["X"] == RentPosition("X", 1, 50.0, 5000, 1.0)
    assert positions["L1"].comparables == 2
    assert positions["Y"].comparables == 1


def test_empty() -> None:
    assert rent_positions([]) == {}


def test_zero_rent_median_is_an_error() -> None:
    with pytest.raises(ZeroDivisionError):
        rent_positions(homes(0, 0, 5))


def test_parse_listings() -> None:
    lines = [json.dumps({"id": 1, "district": "e8 ", "bedrooms": 2, "rent_pcm": 1950}),
             json.dumps({"id": 2, "district": "N1", "rent_pw": 450, "furnished": True}),
             json.dumps({"id": 3, "district": "", "rent_pcm": 1000}),
             json.dumps({"id": 4, "district": "N1"}),
             json.dumps({"id": 1, "district": "E8", "bedrooms": 2, "rent_pcm": 1900}),
             ""]
    listings = parse_listings(lines)
    assert listings == [Listing("2", "N1", 0, 1950, True), Listing("1", "E8", 2, 1900, False)]


def test_district_summary() -> None:
    listings = homes(1000, 1000, 1000, 2000) + [Listing("S", "N1", 0, 900)]
    summary = district_summary(listings, rent_positions(listings))
    assert list(summary) == ["E8", "N1"]
    assert summary["E8"] == {"listings": 4, "two_bed_median": 1000.0, "overpriced_share": 0.25}
    assert summary["N1"]["two_bed_median"] is None
