import pytest

from lanesim.simulation import simulate, summary


def test_single_lane_queue() -> None:
    records = simulate([("a", 0, 5), ("b", 1, 2), ("c", 2, 1)], lanes=1)
    assert records == [("a", 0, 0, 0, 5), ("b", 0, 1, 5, 7), ("c", 0, 2, 7, 8)]


def test_shortest_lane() -> None:
    records = simulate([("a", 0, 10), ("b", 0, 10), ("c", 1, 1)], lanes=2)
    assert [(r[0], r[1]) for r in records] == [("a", 0), ("b", 1), ("c", 0)]


def test_departure_before_arrival_at_same_time() -> None:
    records = simulate([("a", 0, 3), ("b", 3, 1)], lanes=1)
    assert records[1] == ("b", 0, 3, 3, 4)


def test_validation() -> None:
    with pytest.raises(ValueError):
        simulate([], lanes=0)
    with pytest.raises(ValueError):
        simulate([("a", 0, -1)], lanes=1)


def test_summary() -> None:
    records = simulate([("a", 0, 4), ("b", 0, 4)], lanes=1)
    assert summary(records) == {"average_wait": 2.0, "worst_wait": 4, "closing_time": 8}
    assert summary([])["closing_time"] == 0.0
