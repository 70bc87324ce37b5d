import pytest

from lockers.assign import assign_parcels, occupancy

LOCKERS = [("A2", "M"), ("A1", "S"), ("B1", "L"), ("A3", "S")]


def test_smallest_fitting_locker() -> None:
    events = [("drop", "p1", "S"), ("drop", "p2", "S"), ("drop", "p3", "S"), ("drop", "p4", "M")]
    assert assign_parcels(LOCKERS, events) == {"p1": "A1", "p2": "A3", "p3": "A2", "p4": "B1"}


def test_turned_away_when_full() -> None:
    events = [("drop", "p1", "L"), ("drop", "p2", "L")]
    assert assign_parcels(LOCKERS, events) == {"p1": "B1", "p2": None}


def test_pickup_frees_locker() -> None:
    events = [("drop", "p1", "L"), ("pickup", "p1"), ("drop", "p2", "L")]
    assert assign_parcels(LOCKERS, events) == {"p1": "B1", "p2": "B1"}


def test_errors() -> None:
    with pytest.raises(KeyError):
        assign_parcels(LOCKERS, [("pickup", "ghost")])
    with pytest.raises(ValueError):
        assign_parcels(LOCKERS, [("drop", "p1", "S"), ("drop", "p1", "S")])
    with pytest.raises(ValueError):
        assign_parcels([("Z1", "XXL")], [])


def test_occupancy() -> None:
    assert occupancy({"a": "A1", "b": None}) == 0.5
    assert occupancy({}) == 0.0
