import pytest

from parking.garage import Assignment, Garage, Visit, turned_away


def test_lowest_free_bay() -> None:
    garage = Garage(3)
    result = garage.simulate([Visit("A", 0, 10), Visit("B", 1, 5), Visit("C", 6, 9)])
    assert [a.bay for a in result] == [1, 2, 2]


def test_reserved_bays_skipped() -> None:
    garage = Garage(3, reserved=[1])
    assert [a.bay for a in garage.simulate([Visit("A", 0, 5), Visit("B", 0, 5)])] == [2, 3]
    assert garage.capacity() == 2


def test_full_car_park_turns_cars_away() -> None:
    result = Garage(1).simulate([Visit("A", 0, 10), Visit("B", 5, 6), Visit("C", 10, 12)])
    assert result == [Assignment("A", 0, 1), Assignment("B", 5, None), Assignment("C", 10, 1)]
    assert turned_away(result) == ["B"]


def test_processed_in_arrival_order() -> None:
    result = Garage(2).simulate([Visit("late", 9, 20), Visit("early", 1, 20)])
    assert [(a.plate, a.bay) for a in result] == [("early", 1), ("late", 2)]


def test_bad_visit() -> None:
    with pytest.raises(ValueError):
        Garage(2).simulate([Visit("X", 10, 5)])
