import pytest

from deskbook.desks import desk_key
from deskbook.pool import BadgeEvent, DeskPool

DESKS = ["2-001", "G-010", "1-002", "1-010", "G-002"]


def test_desk_key() -> None:
    assert sorted(DESKS, key=desk_key) == ["G-002", "G-010", "1-002", "1-010", "2-001"]


def test_lowest_free_desk_first() -> None:
    result = DeskPool(DESKS).replay([BadgeEvent("08:00", "ana", "in"), BadgeEvent("08:05", "ben", "in")])
    assert result["allocations"] == [("08:00", "ana", "G-002"), ("08:05", "ben", "G-010")]


def test_released_desk_is_reused() -> None:
    events = [BadgeEvent("08:00", "ana", "in"), BadgeEvent("08:01", "ben", "in"), BadgeEvent("09:00", "ana", "out"),
              BadgeEvent("09:30", "cai", "in")]
    assert DeskPool(DESKS).replay(events)["allocations"][-1] == ("09:30", "cai", "G-002")


def test_turned_away_when_full() -> None:
    events = [BadgeEvent("08:00", p, "in") for p in "abc"]
    result = DeskPool(["1-001", "1-002"]).replay(events)
    assert result["turned_away"] == [("08:00", "c")]
    assert result["peak"] == 2


def test_stray_and_blocked() -> None:
    pool = DeskPool(DESKS, blocked_people={"eve"})
    result = pool.replay([BadgeEvent("08:00", "eve", "in"), BadgeEvent("17:00", "zed", "out")])
    assert result["allocations"] == [] and result["stray_outs"] == 1


def test_unknown_action() -> None:
    with pytest.raises(ValueError):
        DeskPool(DESKS).replay([BadgeEvent("08:00", "ana", "lunch")])
