from datetime import datetime

import pytest

from delayboard.report import find_arrival, punctuality
from delayboard.times import minutes_late, parse_time


def stop(train, station, planned):
    return {"train": train, "station": station, "planned": f"2024-03-12 {planned}"}


def event(train, station, recorded, kind="ARR"):
    return {"train": train, "station": station, "event": kind, "recorded": f"2024-03-12 {recorded}"}


def test_parse_and_minutes() -> None:
    planned = parse_time(" 2024-03-12 10:00:00 ")
    assert planned == datetime(2024, 3, 12, 10)
    assert minutes_late(planned, parse_time("2024-03-12 10:02:30")) == 2.5


def test_find_arrival_ignores_departures_and_other_trains() -> None:
    events = [event("2A01", "BTH", "10:01:00", "DEP"), event("2A02", "BTH", "10:02:00"), event("2A01", "BTH", "10:03:00")]
    assert find_arrival(stop("2A01", "BTH", "10:00:00"), events) == datetime(2024, 3, 12, 10, 3)


def test_find_arrival_respects_window() -> None:
    events = [event("2A01", "BTH", "03:00:00"), event("2A01", "BTH", "10:03:00")]
    assert find_arrival(stop("2A01", "BTH", "10:00:00"), events[:1]) is None
    assert find_arrival(stop("2A01", "BTH", "10:00:00"), events) == datetime(2024, 3, 12, 10, 3)


def test_punctuality_summary() -> None:
    schedule = [stop("2A01", "BTH", "10:00:00"), stop("2A01", "BRI", "10:15:00"), stop("2A03", "BTH", "11:00:00")]
    events = [event("2A01", "BTH", "09:59:00"), event("2A01", "BRI", "10:22:30")]
    report = punctuality(schedule, events)
    assert report["stations"]["BTH"] == {"planned": 2, "arrived": 1, "missing": 1, "on_time_pct": 100.0,
                                         "mean_delay": 0.0, "worst": 0.0}
    assert report["trains"]["2A01"]["on_time_pct"] == 50.0
    assert report["trains"]["2A01"]["mean_delay"] == 3.75
    assert report["trains"]["2A03"]["on_time_pct"] is None
    assert report["late"] == [("2A01", "BRI", "2024-03-12 10:15:00", 7.5)]


def test_threshold_is_inclusive_for_late_list() -> None:
    report = punctuality([stop("2A01", "BTH", "10:00:00")], [event("2A01", "BTH", "10:05:00")])
    assert report["late"] == [("2A01", "BTH", "2024-03-12 10:00:00", 5.0)]
    assert report["stations"]["BTH"]["on_time_pct"] == 0.0


def test_late_list_is_worst_first() -> None:
    schedule = [stop("2A01", "A", "10:00:00"), stop("2A02", "B", "10:00:00")]
    events = [event("2A01", "A", "10:06:00"), event("2A02", "B", "10:20:00")]
    assert [row[0] for row in punctuality(schedule, events)["late"]] == ["2A02", "2A01"]


def test_bad_timestamp_raises() -> None:
    with pytest.raises(ValueError):
        punctuality([{"train": "2A01", "station": "A", "planned": "12/03/2024 10:00"}], [])
