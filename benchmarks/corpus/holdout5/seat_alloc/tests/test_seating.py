import pytest

from boxoffice.seating import BLOCKED, FREE, SeatMap


def test_front_row_first() -> None:
    venue = SeatMap(4, rows=2)
    result = venue.allocate([("A", 3), ("B", 2), ("C", 1)])
    assert result.seats == {"A": [(0, 0), (0, 1), (0, 2)], "B": [(1, 0), (1, 1)], "C": [(0, 3)]}
    assert result.unplaced == []
    assert venue.free_count() == 2


def test_tightest_block() -> None:
    venue = SeatMap([7], blocked=[(0, 3)])
    assert venue.free_runs(0) == [(0, 3), (4, 3)]
    venue.rows[0][6] = "old"
    result = venue.allocate([("A", 2)])
    assert result.seats["A"] == [(0, 4), (0, 5)]


def test_unplaced() -> None:
    venue = SeatMap(3, rows=1)
    result = venue.allocate([("big", 4), ("small", 2)])
    assert result.unplaced == ["big"]
    assert venue.rows[0] == ["small", "small", FREE]


def test_validation_happens_first() -> None:
    venue = SeatMap(3, rows=1)
    with pytest.raises(ValueError):
        venue.allocate([("A", 1), ("A", 1)])
    with pytest.raises(ValueError):
        venue.allocate([("A", 1), (BLOCKED, 1)])
    assert venue.free_count() == 3
