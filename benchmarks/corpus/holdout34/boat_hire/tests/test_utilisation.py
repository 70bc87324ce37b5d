import pytest

from boat_hire.season import busiest_hours, late_returns, takings_by_boat
from boat_hire.slips import fleet, read_slips
from boat_hire.utilisation import utilisation_by_hour

EXPORT = """slip,boat,out,back,booked_minutes,paid_pence
1,Kingfisher,2024-07-13 10:00,2024-07-13 11:00,60,1800
2,Kingfisher,2024-07-13 11:30,2024-07-13 12:45,60,1800
3,Heron,2024-07-14 09:15,2024-07-14 09:45,30,1000
4,Heron,2024-07-14 16:00,,60,1800
"""


@pytest.fixture
def slips():
    return read_slips(EXPORT)


def test_read_slips_skips_open_hires(slips) -> None:
    assert [slip["slip"] for slip in slips] == ["1", "2", "3"]
    assert slips[0]["booked_minutes"] == 60
    with pytest.raises(ValueError):
        read_slips("slip,boat,out\n1,Heron,2024-07-14 09:15\n")


def test_fleet(slips) -> None:
    assert fleet(slips) == ["Heron", "Kingfisher"]


def test_utilisation(slips) -> None:
    table = utilisation_by_hour(slips)
    assert list(table) == ["Heron", "Kingfisher"]
    # Two days with hires: Kingfisher was out the whole 10:00 hour on one of them.
    assert table["Kingfisher"][10] == 50.0
    assert table["Kingfisher"][11] == 25.0
    assert table["Kingfisher"][12] == 37.5
    assert table["Heron"][9] == 25.0
    assert table["Heron"][17] == 0.0


def test_utilisation_custom_hours(slips) -> None:
    table = utilisation_by_hour(slips, opening_hour=10, closing_hour=12)
    assert list(table["Kingfisher"]) == [10, 11]


def test_utilisation_empty() -> None:
    assert utilisation_by_hour([]) == {}


def test_late_returns(slips) -> None:
    assert late_returns(slips) == [("2", "Kingfisher", 15)]
    assert late_returns(slips, grace_minutes=15) == []


def test_takings(slips) -> None:
    assert takings_by_boat(slips) == {"Kingfisher": 3600, "Heron": 1000}


def test_busiest_hours(slips) -> None:
    assert busiest_hours(utilisation_by_hour(slips), 2) == [10, 12]
    assert busiest_hours({}) == []
