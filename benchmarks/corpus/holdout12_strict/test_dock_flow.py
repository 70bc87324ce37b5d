"""Strict equivalence tests for hourly_flows (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from dockflow.flows import FlowReport, StationFlow, Trip, hourly_flows
from strict_support import assert_same

TARGET = "dockflow/flows.py:hourly_flows"


def _parse(text):
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")


def reference(trips, weekdays_only=False):
    stations = {}
    dates = set()
    rejected = 0
    for trip in trips:
        start = _parse(trip.started_at)
        end = _parse(trip.ended_at)
        if end < start or end - start > timedelta(hours=24):
            rejected += 1
            continue
        if weekdays_only and start.weekday() >= 5:
            continue
        dates.add(start.date())
        stations.setdefault(trip.start_station, StationFlow()).departures[start.hour] += 1
        stations.setdefault(trip.end_station, StationFlow()).arrivals[end.hour] += 1
    return FlowReport(dict(sorted(stations.items())), len(dates), rejected)


def T(start, end, origin="A", destination="B", bike="B1"):
    return Trip(bike, origin, destination, start, end)


GOOD = T("2024-06-03 08:50", "2024-06-03 09:05")
STAMPS_OK = [
    "2024-06-03 08:17", "2024-6-3 8:5", "2024-06-03  08:17", "2024-06-03\t08:17", " 2024-06-03 08:17 ",
    "2024-06-03 08:17\n", "\n2024-06-03 8:17", "0001-01-01 00:00", "9999-12-31 23:59", "2024-02-29 12:00",
    "２０２４-06-03 08:17", "2024-06-03 0８:1７", "2024-06-03\u00a008:17", "2024-06-03 \u2003 08:17", "2024-06-03 08:7",
]
STAMPS_BAD = [
    "", " ", "2024-06-03T08:17", "2024-06-03 08:17:00", "2024-02-30 10:00", "2023-02-29 10:00", "2024-06-03 24:00",
    "2024-06-03 08:60", "2024-13-01 00:00", "24-06-03 08:17", "2024-06-0308:17", "2024/06/03 08:17", "03/06/2024 08:17",
    "2024-06-03 08", "2024-06-03 08:17 Z", "2024-06-03 -8:17", "2024-06-03 +8:17", "x2024-06-03 08:17",
]

CASES = [([], False), ([], True), ((), False), ([GOOD], False), ([GOOD], True), ((GOOD, GOOD), False)]
CASES += [([T(stamp, "2024-06-03 09:30")], False) for stamp in STAMPS_OK]
CASES += [([T("2024-06-03 07:30", stamp)], True) for stamp in STAMPS_OK]
CASES += [([GOOD, T(stamp, "2024-06-03 09:30")], False) for stamp in STAMPS_BAD]
CASES += [([T("2024-06-03 07:30", stamp), GOOD], False) for stamp in STAMPS_BAD]
CASES += [
    ([T("2024-06-03 10:00", "2024-06-03 09:00")], False),
    ([T("2024-06-03 10:00", "2024-06-04 10:00")], False),
    ([T("2024-06-03 10:00", "2024-06-04 10:01")], False),
    ([T("2024-06-03 10:00", "2024-06-03 10:00")], False),
    ([T("2024-06-03 23:55", "2024-06-04 00:10")], False),
    ([T("2024-06-01 10:00", "2024-06-01 10:10"), T("2024-06-02 10:00", "2024-06-03 00:10"), GOOD], True),
    ([T("2024-06-01 10:00", "2024-06-01 10:10"), T("2024-06-02 10:00", "2024-06-03 00:10"), GOOD], 1),
    ([T("2024-06-01 10:00", "2024-06-01 10:10"), GOOD], "yes"),
    ([T("2024-06-01 10:00", "2024-06-01 10:10"), GOOD], 0),
    ([T("2024-06-01 10:00", "2024-06-01 09:10")], True),
    ([T("2024-06-01 10:00", "garbage")], True),
    ([T("2024-06-01 10:00", "2024-06-01 09:10"), T("bad", "2024-06-01 09:10")], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10", "Zoo", "Abbey"), T("2024-06-03 08:00", "2024-06-03 09:10", "abbey", "Zoo")], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10", "Å", "Z"), T("2024-06-03 08:00", "2024-06-03 09:10", "Ä", "ÿ")], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10", 3, 1), T("2024-06-03 08:00", "2024-06-03 09:10", 2, 3)], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10", 3, "1")], False),
    ([T("2024-06-03 08:00", "2024-06-03 07:10", 3, "1")], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10", None, "B")], False),
    ([T(None, "2024-06-03 08:10")], False),
    ([T(b"2024-06-03 08:00", "2024-06-03 08:10")], False),
    ([T("2024-06-03 08:00", 20240603)], False),
    ([GOOD, None], False),
    ([T("2024-06-03 08:00", "2024-06-03 08:10")] * 5 + [T("2024-06-04 08:00", "2024-06-04 08:10")] * 3, False),
]


def _random():
    rng = random.Random(1817)
    stations = ["Park 1", "Park 2", "Market", "Harbour", "Uni", "park 1"]
    base = datetime(2024, 5, 30)
    for _ in range(100):
        trips = []
        for _ in range(rng.randint(0, 25)):
            start = base + timedelta(minutes=rng.randint(0, 60 * 24 * 9))
            end = start + timedelta(minutes=rng.choice([rng.randint(0, 90), rng.randint(-60, 0), rng.randint(1400, 1500)]))
            fmt = rng.choice(["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d  %H:%M", " %Y-%m-%d %H:%M\n"])
            started = start.strftime(fmt)
            if rng.random() < 0.1:
                started = f"{start.year}-{start.month}-{start.day} {start.hour}:{start.minute}"
            trips.append(T(started, end.strftime("%Y-%m-%d %H:%M"), rng.choice(stations), rng.choice(stations), f"B{rng.randint(1, 5)}"))
        if rng.random() < 0.05 and trips:
            trips.insert(rng.randrange(len(trips)), T("2024-06-31 10:00", "2024-07-01 10:00"))
        yield trips, rng.random() < 0.5


@pytest.mark.parametrize("case", CASES + list(_random()))
def test_same_as_reference(case) -> None:
    assert_same(hourly_flows, reference, *case)


def test_month_of_trips() -> None:
    rng = random.Random(3)
    base = datetime(2024, 6, 1)
    stations = [f"S{n}" for n in range(40)]
    trips = []
    for _ in range(5000):
        start = base + timedelta(minutes=rng.randint(0, 60 * 24 * 30))
        end = start + timedelta(minutes=rng.randint(-5, 120))
        trips.append(T(start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"), rng.choice(stations), rng.choice(stations)))
    assert_same(hourly_flows, reference, trips, False)
    assert_same(hourly_flows, reference, trips, True)


def test_default_argument() -> None:
    trips = [T("2024-06-01 10:00", "2024-06-01 10:10"), GOOD]
    assert hourly_flows(trips) == reference(trips)


def test_types() -> None:
    report = hourly_flows([GOOD])
    assert type(report) is FlowReport and type(report.stations) is dict
    assert all(type(flow) is StationFlow for flow in report.stations.values())
    assert type(report.stations["A"].departures) is list
