import pytest

from spectrum.bandplan import Band, checked_plan
from spectrum.survey import label_emissions

PLAN = [Band(87500, 108000, "FM broadcast"), Band(144000, 146000, "amateur 2m"), Band(433050, 434790, "ISM 433", False)]


def em(eid, freq, callsign=None):
    return {"id": eid, "freq_khz": freq, "callsign": callsign}


def test_checked_plan_sorts() -> None:
    assert [band.service for band in checked_plan(reversed(PLAN))] == ["FM broadcast", "amateur 2m", "ISM 433"]


def test_overlap_rejected() -> None:
    with pytest.raises(ValueError):
        checked_plan([Band(100, 200, "a"), Band(150, 250, "b")])


def test_band_edges() -> None:
    result = label_emissions([em(1, 87500), em(2, 108000)], PLAN)
    assert result["labels"] == [(1, "FM broadcast"), (2, "unallocated")]


def test_licensed_station() -> None:
    result = label_emissions([em(1, 145500, "G4ABC"), em(2, 145600, "M0XYZ")], PLAN, [("G4ABC", "amateur 2m")])
    assert result["findings"] == [(2, "unlicensed amateur 2m")]


def test_licence_exempt_band() -> None:
    assert label_emissions([em(1, 433920)], PLAN)["findings"] == []


def test_counts_in_plan_order() -> None:
    counts = label_emissions([em(1, 100000), em(2, 1)], PLAN)["counts"]
    assert list(counts) == ["FM broadcast", "amateur 2m", "ISM 433", "unallocated"]
    assert counts["FM broadcast"] == 1 and counts["unallocated"] == 1
