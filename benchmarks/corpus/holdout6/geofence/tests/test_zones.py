import pytest

from zoning.geometry import area, bounding_box, contains
from zoning.zones import assign_zones, zone_counts

SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]
RIGHT = [(5, 0), (20, 0), (20, 10), (5, 10)]


def test_contains() -> None:
    assert contains(SQUARE, 5, 5)
    assert not contains(SQUARE, 15, 5)
    assert not contains(SQUARE, -1, 5)


def test_bounding_box_and_area() -> None:
    assert bounding_box(RIGHT) == (5, 0, 20, 10)
    assert area(SQUARE) == 100
    with pytest.raises(ValueError):
        bounding_box([])


def test_first_zone_wins() -> None:
    zones = [("west", SQUARE), ("east", RIGHT)]
    assert assign_zones([(2, 2), (7, 7), (15, 3), (30, 30)], zones) == ["west", "west", "east", None]
    assert assign_zones([(7, 7)], zones[::-1]) == ["east"]


def test_triangle() -> None:
    zones = [("tri", [(0, 0), (10, 0), (0, 10)])]
    assert assign_zones([(1, 1), (9, 9)], zones) == ["tri", None]


def test_counts() -> None:
    zones = [("west", SQUARE), ("east", RIGHT)]
    assert zone_counts([(1, 1), (2, 2), (12, 2), (50, 50)], zones) == {"west": 2, "east": 1, None: 1}
