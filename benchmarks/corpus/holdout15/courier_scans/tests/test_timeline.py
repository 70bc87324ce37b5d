from datetime import datetime, timezone

import pytest

from parceltrack.timeline import build_timelines, compare_scans
from parceltrack.timestamps import parse_timestamp


def scan(parcel, time, event, depot="LHR1"):
    return {"parcel": parcel, "time": time, "event": event, "depot": depot}


def test_parse_formats() -> None:
    utc = timezone.utc
    assert parse_timestamp("2024-05-02T10:00:00+02:00") == datetime(2024, 5, 2, 8, 0, tzinfo=utc)
    assert parse_timestamp("02/05/2024 08:00") == datetime(2024, 5, 2, 8, 0, tzinfo=utc)
    assert parse_timestamp("20240502080000Z") == datetime(2024, 5, 2, 8, 0, tzinfo=utc)
    with pytest.raises(ValueError):
        parse_timestamp("yesterday")


def test_mixed_formats_sorted_chronologically() -> None:
    scans = [scan("P1", "02/05/2024 09:30", "out_for_delivery"), scan("P1", "2024-05-02T10:00:00+02:00", "arrived_depot"),
             scan("P1", "20240502120500Z", "delivered")]
    result = build_timelines(scans)
    assert [event for _, event, _ in result["timelines"]["P1"]] == ["arrived_depot", "out_for_delivery", "delivered"]
    assert result["latest"] == {"P1": "delivered"}


def test_same_time_uses_journey_order() -> None:
    scans = [scan("P2", "02/05/2024 08:00", "departed_depot"), scan("P2", "02/05/2024 08:00", "sorted")]
    assert compare_scans(scans[1], scans[0]) == -1
    assert [e for _, e, _ in build_timelines(scans)["timelines"]["P2"]] == ["sorted", "departed_depot"]


def test_rejected_scans_are_counted() -> None:
    result = build_timelines([scan("P3", "??", "sorted"), scan("P3", "02/05/2024 08:00", "sorted")])
    assert result["rejected"] == 1
    assert len(result["timelines"]["P3"]) == 1


def test_since_filter() -> None:
    since = datetime(2024, 5, 2, tzinfo=timezone.utc)
    result = build_timelines([scan("P4", "01/05/2024 23:59", "collected"), scan("P4", "02/05/2024 00:00", "sorted")], since)
    assert result["timelines"]["P4"] == [("02/05/2024 00:00", "sorted", "LHR1")]


def test_empty_feed() -> None:
    assert build_timelines([]) == {"timelines": {}, "latest": {}, "rejected": 0}
