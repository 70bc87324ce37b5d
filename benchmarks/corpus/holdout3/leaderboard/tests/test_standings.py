import pytest

from arena.standings import Event, apply_event, standings


def test_apply_event_is_pure() -> None:
    before = {"ann": 3}
    after = apply_event(before, Event("ann", "win"))
    assert before == {"ann": 3}
    assert after == {"ann": 6}


def test_standings_order() -> None:
    events = [Event("bob", "win"), Event("ann", "win"), Event("cy", "draw"), Event("bob", "bonus", 2)]
    assert standings(events) == [("bob", 5), ("ann", 3), ("cy", 1)]


def test_penalty_floors_at_zero() -> None:
    assert standings([Event("ann", "draw"), Event("ann", "penalty", 5)]) == [("ann", 0)]


def test_reset_and_start() -> None:
    assert standings([Event("ann", "reset")], start={"ann": 9, "bob": 1}) == [("bob", 1), ("ann", 0)]


def test_top() -> None:
    events = [Event(p, "win") for p in "abcde"]
    assert standings(events, top=2) == [("a", 3), ("b", 3)]


def test_unknown_kind() -> None:
    with pytest.raises(ValueError):
        standings([Event("ann", "forfeit")])
