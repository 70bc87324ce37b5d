import pytest

from transitfeed.headways import parse_gtfs_time, stop_headways


def test_parse_time() -> None:
    assert parse_gtfs_time("7:05:30") == 7 * 3600 + 330
    assert parse_gtfs_time("25:00:00") == 90000


def test_parse_bad_time() -> None:
    with pytest.raises(ValueError):
        parse_gtfs_time("7:5:30")


def test_regular_service() -> None:
    rows = [("t1", "A", "8:00:00"), ("t2", "A", "8:10:00"), ("t3", "A", "8:20:00")]
    assert stop_headways(rows) == {"A": {"departures": 3, "min_wait": 10.0, "max_wait": 10.0, "mean_wait": 10.0}}


def test_unsorted_input_and_irregular_waits() -> None:
    rows = [("t3", "A", "9:00:00"), ("t1", "A", "8:00:00"), ("t2", "A", "8:15:00")]
    report = stop_headways(rows)["A"]
    assert report["min_wait"] == 15.0 and report["max_wait"] == 45.0 and report["mean_wait"] == 30.0


def test_single_departure() -> None:
    assert stop_headways([("t1", "B", "6:00:00")]) == {"B": {"departures": 1, "min_wait": None, "max_wait": None, "mean_wait": None}}


def test_simultaneous_departures() -> None:
    rows = [("t1", "A", "8:00:00"), ("t2", "A", "8:00:00"), ("t3", "A", "8:06:00")]
    report = stop_headways(rows)["A"]
    assert report["departures"] == 3 and report["min_wait"] == 6.0 and report["max_wait"] == 6.0


def test_stops_in_first_seen_order() -> None:
    rows = [("t1", "Z", "8:00:00"), ("t1", "A", "8:05:00"), ("t2", "Z", "8:30:00")]
    assert list(stop_headways(rows)) == ["Z", "A"]


def test_empty() -> None:
    assert stop_headways([]) == {}
