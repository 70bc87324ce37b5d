import pytest

from tyre_hotel.models import Booking, Pick, RackSlot
from tyre_hotel.rack import free_slots, normalise_plate, pick_list, read_inventory
from tyre_hotel.report import action_counts, by_aisle, format_pick_list

INVENTORY = """location,registration,season,tread,occupied
A-01-1,AB12 CDE,winter,6.1/6.0/5.9/6.2,yes
A-01-2,AB12 CDE,summer,4.0/3.9/2.8/4.1,yes
B-03-1,XY65 ZZZ,winter,7.0/7.0/7.0/7.0,no
B-03-2,XY65 ZZZ,winter,5.5/5.5/5.4/5.6,yes
C-10-4,,summer,,no
"""


@pytest.fixture
def slots():
    return read_inventory(INVENTORY)


def test_read_inventory(slots) -> None:
    assert len(slots) == 5
    assert slots[0] == RackSlot("A-01-1", "AB12 CDE", "winter", (6.1, 6.0, 5.9, 6.2), True)
    assert slots[2].occupied is False
    assert slots[4].tread_mm == ()


def test_normalise_plate() -> None:
    assert normalise_plate("ab12 cde") == "AB12CDE"
    assert normalise_plate(" XY65-ZZZ ") == "XY65ZZZ"


def test_fit_and_replace(slots) -> None:
    picks = pick_list([Booking("BK1", "ab12cde", "winter"), Booking("BK2", "AB12 CDE", "summer")], slots)
    assert picks == [Pick("BK1", "AB12CDE", "A-01-1", "fit"), Pick("BK2", "AB12CDE", "A-01-2", "replace")]


def test_empty_slot_is_skipped(slots) -> None:
    [pick] = pick_list([Booking("BK3", "XY65ZZZ", "winter")], slots)
    assert pick.location == "B-03-2"


def test_not_stored_goes_last(slots) -> None:
    picks = pick_list([Booking("BK9", "NOPE 123", "winter"), Booking("BK1", "AB12CDE", "winter")], slots)
    assert [pick.action for pick in picks] == ["fit", "not stored"]
    assert picks[-1].location is None


def test_custom_tread_limit(slots) -> None:
    [pick] = pick_list([Booking("BK2", "AB12CDE", "summer")], slots, min_tread_mm=1.6)
    assert pick.action == "fit"


def test_free_slots(slots) -> None:
    assert free_slots(slots) == ["B-03-1", "C-10-4"]


def test_reports(slots) -> None:
    picks = pick_list([Booking("BK1", "AB12CDE", "winter"), Booking("BK2", "AB12CDE", "summer"),
                       Booking("BK3", "ZZ99ZZZ", "summer")], slots)
    assert action_counts(picks) == {"fit": 1, "replace": 1, "not stored": 1}
    assert by_aisle(picks) == {"A": ["BK1", "BK2"]}
    text = format_pick_list(picks)
    assert text.splitlines()[1].startswith("A-01-1")
    assert len(text.splitlines()) == 4
