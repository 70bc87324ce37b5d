import pytest

from openhours.pickups import Pickup, Store, check_pickups
from openhours.spec import parse_opening_hours


def test_weekday_rules_and_override() -> None:
    hours = parse_opening_hours("Mo-Sa 08:00-20:00; Sa 09:00-18:00; Su off")
    assert hours[0] == [(480, 1200)]
    assert hours[5] == [(540, 1080)]
    assert hours[6] == []


def test_past_midnight_and_wrapping_days() -> None:
    hours = parse_opening_hours("Fr-Mo 22:00-02:00")
    assert hours[4] == [(1320, 1440)]
    assert hours[5] == [(0, 120), (1320, 1440)]
    assert hours[1] == [(0, 120)]


def test_always_open_and_split_shifts() -> None:
    assert parse_opening_hours(" 24/7 ")[3] == [(0, 1440)]
    assert parse_opening_hours("Mo,We 07:30-12:00,13:00-24:00")[2] == [(450, 720), (780, 1440)]


@pytest.mark.parametrize("text", ["Mo 8-20", "Xx 08:00-20:00", "Mo 25:00-26:00", "Mo", "Mo 08:00-24:30"])
def test_bad_specifications(text: str) -> None:
    with pytest.raises(ValueError):
        parse_opening_hours(text)


def test_check_pickups() -> None:
    stores = [Store("S1", "High Street", "Mo-Fr 08:00-20:00; Sa 09:00-13:00", ["2024-05-06"]),
              Store("S2", "Retail Park", "24/7")]
    pickups = [Pickup("o1", "S1", "2024-05-03 19:30"), Pickup("o2", "S1", "2024-05-03 19:45"),
               Pickup("o3", "S1", "2024-05-06 10:00"), Pickup("o4", "S9", "2024-05-03 10:00"),
               Pickup("o5", "S2", "2024-05-05 03:00", 60), Pickup("o6", "S1", "2024-05-05 10:00")]
    assert check_pickups(pickups, stores) == {
        "ok": ["o1", "o5"], "closed": ["o2", "o3", "o6"], "unknown_store": ["o4"],
        "per_store": {"S1": {"ok": 1, "closed": 3}, "S2": {"ok": 1, "closed": 0}},
    }


def test_no_pickups() -> None:
    assert check_pickups([], [Store("S1", "x", "24/7")]) == {"ok": [], "closed": [], "unknown_store": [], "per_store": {}}
