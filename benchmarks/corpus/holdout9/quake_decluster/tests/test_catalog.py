import pytest

from seismo.catalog import Quake, decluster, distance_km


def test_distance() -> None:
    a = Quake(0, 0.0, 0.0, 3.0)
    b = Quake(0, 0.0, 1.0, 3.0)
    assert distance_km(a, b) == pytest.approx(111.19, abs=0.01)
    assert distance_km(a, a) == 0.0


def test_aftershock_found() -> None:
    events = [Quake(100.0, 35.0, -118.0, 2.1), Quake(0.0, 35.0, -118.0, 5.0)]
    assert decluster(events, 3600, 10) == [1, None]


def test_outside_time_window() -> None:
    events = [Quake(0.0, 35.0, -118.0, 5.0), Quake(7200.0, 35.0, -118.0, 2.0)]
    assert decluster(events, 3600, 10) == [None, None]


def test_outside_radius() -> None:
    events = [Quake(0.0, 35.0, -118.0, 5.0), Quake(10.0, 36.0, -118.0, 2.0)]
    assert decluster(events, 3600, 10) == [None, None]


def test_foreshock_is_not_an_aftershock() -> None:
    events = [Quake(0.0, 35.0, -118.0, 3.0), Quake(10.0, 35.0, -118.0, 6.0)]
    assert decluster(events, 3600, 10) == [None, None]


def test_largest_parent_wins() -> None:
    events = [Quake(0.0, 35.0, -118.0, 4.0), Quake(5.0, 35.0, -118.0, 6.0), Quake(9.0, 35.0, -118.0, 2.0)]
    assert decluster(events, 3600, 10) == [None, None, 1]


def test_equal_magnitude_is_not_a_parent() -> None:
    events = [Quake(0.0, 35.0, -118.0, 4.0), Quake(5.0, 35.0, -118.0, 4.0)]
    assert decluster(events, 3600, 10) == [None, None]


def test_empty() -> None:
    assert decluster([], 3600, 10) == []
