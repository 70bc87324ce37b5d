import pytest

from trackstats.splits import TrackPoint, distance_along, haversine_m, split_times

# 0.009 degrees of latitude is roughly 1000.8 m
STEP = 0.0045


def straight_north(n: int, seconds_per_fix: float = 150.0) -> list[TrackPoint]:
    return [TrackPoint(i * STEP, 0.0, i * seconds_per_fix) for i in range(n)]


def test_haversine_one_degree_latitude() -> None:
    assert haversine_m(TrackPoint(0, 0, 0), TrackPoint(1, 0, 0)) == pytest.approx(111_195, rel=1e-4)


def test_distance_along() -> None:
    points = straight_north(5)
    assert distance_along(points, 0) == 0.0
    assert distance_along(points, 4) == pytest.approx(4 * haversine_m(points[0], points[1]))


def test_even_pace_gives_even_splits() -> None:
    splits = split_times(straight_north(9))
    assert [n for n, _ in splits] == [1, 2, 3, 4]
    assert all(s == pytest.approx(299.7, abs=0.2) for _, s in splits)


def test_unfinished_split_is_dropped() -> None:
    assert split_times(straight_north(2)) == []


def test_empty_and_single_point() -> None:
    assert split_times([]) == []
    assert split_times([TrackPoint(1, 1, 0)]) == []


def test_custom_split_length() -> None:
    assert len(split_times(straight_north(9), split_m=500)) == 8


def test_rejects_non_positive_split() -> None:
    with pytest.raises(ValueError):
        split_times(straight_north(3), split_m=0)
