from datetime import datetime

from traplog.detections import Detection, parse_time, read_detections
from traplog.events import independent_events, relative_abundance


def d(station: str, species: str, taken: str, count: int = 1) -> Detection:
    return Detection(station, species, taken, count)


def test_read_detections_skips_untagged_images() -> None:
    rows = ["station,species,taken,count", "CT01, Red fox ,2023-05-01 21:00:00,2", "CT01,,2023-05-01 21:00:05,1",
            "CT02,Roe deer,2023-05-02 05:00:00,"]
    assert read_detections(rows) == [d("CT01", "Red fox", "2023-05-01 21:00:00", 2),
                                     d("CT02", "Roe deer", "2023-05-02 05:00:00", 1)]


def test_parse_time() -> None:
    assert parse_time("2023-05-01 21:00:00") == datetime(2023, 5, 1, 21)


def test_events_chain_within_interval() -> None:
    detections = [d("A", "Fox", "2023-05-01 21:00:00"), d("A", "Fox", "2023-05-01 21:25:00", 2),
                  d("A", "Fox", "2023-05-01 21:50:00"), d("A", "Fox", "2023-05-01 22:30:00")]
    events = independent_events(detections)
    assert [(e["detections"], e["max_count"]) for e in events] == [(3, 2), (1, 1)]
    assert events[0]["last"] == datetime(2023, 5, 1, 21, 50)


def test_events_are_per_station_and_species() -> None:
    detections = [d("A", "Fox", "2023-05-01 21:00:00"), d("B", "Fox", "2023-05-01 21:01:00"),
                  d("A", "Badger", "2023-05-01 21:02:00"), d("A", "Fox", "2023-05-01 21:03:00")]
    assert len(independent_events(detections)) == 3


def test_unsorted_input_and_custom_interval() -> None:
    detections = [d("A", "Fox", "2023-05-01 21:10:00"), d("A", "Fox", "2023-05-01 21:00:00")]
    assert len(independent_events(detections, interval_min=5)) == 2
    assert len(independent_events(detections, interval_min=10)) == 1


def test_relative_abundance() -> None:
    detections = [d("B", "Fox", "2023-05-01 21:00:00", 2), d("A", "Fox", "2023-05-02 21:00:00"),
                  d("A", "Fox", "2023-05-03 21:00:00", 3), d("A", "Badger", "2023-05-03 22:00:00")]
    summary = relative_abundance(detections, {"A": 40, "B": 0})
    assert list(summary) == ["A", "B"] and list(summary["A"]) == ["Badger", "Fox"]
    assert summary["A"]["Fox"] == {"events": 2, "individuals": 4, "rai": 5.0, "first": "2023-05-02T21:00:00"}
    assert summary["B"]["Fox"]["rai"] is None


def test_empty_survey() -> None:
    assert relative_abundance([], {"A": 10}) == {}
