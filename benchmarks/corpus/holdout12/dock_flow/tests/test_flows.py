from datetime import datetime

import pytest

from dockflow.flows import StationFlow, Trip, hourly_flows, parse_time


def test_parse_time() -> None:
    assert parse_time("2024-06-03 08:17") == datetime(2024, 6, 3, 8, 17)
    assert parse_time(" 2024-06-03 08:17\n") == datetime(2024, 6, 3, 8, 17)
    with pytest.raises(ValueError):
        parse_time("03/06/2024 08:17")


def test_departure_and_arrival_hours() -> None:
    report = hourly_flows([Trip("B1", "Park 1", "Market 2", "2024-06-03 08:50", "2024-06-03 09:05")])
    assert report.stations["Park 1"].departures[8] == 1
    assert report.stations["Market 2"].arrivals[9] == 1
    assert sum(report.stations["Park 1"].arrivals) == 0
    assert report.days == 1


def test_round_trip_same_station() -> None:
    report = hourly_flows([Trip("B1", "Park 1", "Park 1", "2024-06-03 10:00", "2024-06-03 10:30")])
    flow = report.stations["Park 1"]
    assert flow.departures[10] == 1 and flow.arrivals[10] == 1 and flow.net[10] == 0


def test_bad_trips_rejected() -> None:
    trips = [Trip("B1", "A", "B", "2024-06-03 10:00", "2024-06-03 09:00"),
             Trip("B2", "A", "B", "2024-06-03 10:00", "2024-06-05 09:00")]
    report = hourly_flows(trips)
    assert report.rejected == 2
    assert report.stations == {}


def test_weekdays_only() -> None:
    trips = [Trip("B1", "A", "B", "2024-06-01 10:00", "2024-06-01 10:10"),
             Trip("B2", "A", "B", "2024-06-03 10:00", "2024-06-03 10:10")]
    assert hourly_flows(trips).days == 2
    assert hourly_flows(trips, weekdays_only=True).days == 1


def test_stations_sorted() -> None:
    trips = [Trip("B1", "Zoo", "Abbey", "2024-06-03 10:00", "2024-06-03 10:10")]
    assert list(hourly_flows(trips).stations) == ["Abbey", "Zoo"]


def test_midnight_crossing() -> None:
    report = hourly_flows([Trip("B1", "A", "B", "2024-06-03 23:55", "2024-06-04 00:10")])
    assert report.stations["A"].departures[23] == 1
    assert report.stations["B"].arrivals[0] == 1


def test_unparseable_timestamp() -> None:
    with pytest.raises(ValueError):
        hourly_flows([Trip("B1", "A", "B", "yesterday", "2024-06-03 10:10")])


def test_net() -> None:
    flow = StationFlow()
    flow.arrivals[8] = 5
    flow.departures[8] = 2
    assert flow.net[8] == 3
