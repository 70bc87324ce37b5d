import pytest

from skymatch.crossmatch import crossmatch
from skymatch.sky import Source, Star, separation_arcsec


def test_separation() -> None:
    assert separation_arcsec(10.0, 20.0, 10.0, 20.0) == 0.0
    assert separation_arcsec(10.0, 0.0, 10.0, 1.0) == pytest.approx(3600.0)
    assert separation_arcsec(359.9999, 0.0, 0.0001, 0.0) == pytest.approx(0.72, abs=1e-6)


def test_nearest_star_within_radius() -> None:
    catalogue = [Star("A", 150.0, 2.0, 12.0), Star("B", 150.0003, 2.0, 13.0)]
    result = crossmatch([Source(1, 150.00025, 2.0, 1000.0), Source(2, 151.0, 2.0, 50.0)], catalogue)
    assert result["matches"] == [{"source": 1, "star": "B", "separation": 0.18}]
    assert result["unmatched"] == [2]
    assert result["zero_point"] == 20.5


def test_tie_goes_to_first_star() -> None:
    catalogue = [Star("B", 150.0002, 2.0, 12.0), Star("A", 149.9998, 2.0, 12.0)]
    assert crossmatch([Source(1, 150.0, 2.0, 10.0)], catalogue)["matches"][0]["star"] == "B"


def test_blended_stars() -> None:
    catalogue = [Star("A", 150.0, 2.0, 12.0)]
    sources = [Source(1, 150.0, 2.0001, 10.0), Source(2, 150.0, 1.9999, 10.0), Source(3, 150.0, 2.0, -5.0)]
    result = crossmatch(sources, catalogue)
    assert result["blended"] == ["A"]
    assert result["zero_point"] == 14.5


def test_radius() -> None:
    catalogue = [Star("A", 150.0, 2.0, 12.0)]
    source = Source(1, 150.0, 2.001, 10.0)  # 3.6 arcsec away
    assert crossmatch([source], catalogue)["unmatched"] == [1]
    assert crossmatch([source], catalogue, radius_arcsec=4)["matches"][0]["separation"] == 3.6


def test_empty() -> None:
    assert crossmatch([], []) == {"matches": [], "unmatched": [], "blended": [], "zero_point": None}
