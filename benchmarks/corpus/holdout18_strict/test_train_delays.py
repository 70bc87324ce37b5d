"""Strict equivalence tests for punctuality (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from delayboard.report import punctuality

TARGET = "delayboard/report.py:punctuality"

FORMAT = "%Y-%m-%d %H:%M:%S"


def parse_time(text):
    return datetime.strptime(text.strip(), FORMAT)


def minutes_late(planned, recorded):
    return (recorded - planned).total_seconds() / 60


MATCH_WINDOW = timedelta(hours=6)


def find_arrival(stop, events):
    planned = parse_time(stop["planned"])
    for event in events:
        if event["train"] != stop["train"] or event["station"] != stop["station"] or event["event"] != "ARR":
            continue
        recorded = parse_time(event["recorded"])
        if abs(recorded - planned) <= MATCH_WINDOW:
            return recorded
    return None


def _counters():
    return {"planned": 0, "arrived": 0, "on_time": 0, "missing": 0, "total_delay": 0.0, "worst": 0.0}


def _summary(counters):
    arrived = counters["arrived"]
    return {
        "planned": counters["planned"],
        "arrived": arrived,
        "missing": counters["missing"],
        "on_time_pct": round(100 * counters["on_time"] / arrived, 1) if arrived else None,
        "mean_delay": round(counters["total_delay"] / arrived, 2) if arrived else None,
        "worst": round(counters["worst"], 1),
    }


def reference(schedule, events, threshold=5):
    stations = {}
    trains = {}
    late = []
    for stop in schedule:
        recorded = find_arrival(stop, events)
        for counters in (stations.setdefault(stop["station"], _counters()),
                         trains.setdefault(stop["train"], _counters())):
            counters["planned"] += 1
            if recorded is None:
                counters["missing"] += 1
                continue
            delay = max(0.0, minutes_late(parse_time(stop["planned"]), recorded))
            counters["arrived"] += 1
            counters["total_delay"] += delay
            counters["worst"] = max(counters["worst"], delay)
            if delay < threshold:
                counters["on_time"] += 1
        if recorded is not None:
            delay = minutes_late(parse_time(stop["planned"]), recorded)
            if delay >= threshold:
                late.append((stop["train"], stop["station"], stop["planned"], round(delay, 1)))
    late.sort(key=lambda row: -row[3])
    return {
        "stations": {station: _summary(counters) for station, counters in stations.items()},
        "trains": {train: _summary(counters) for train, counters in trains.items()},
        "late": late,
    }


def s(train, station, hhmmss, day="2024-03-12"):
    return {"train": train, "station": station, "planned": f"{day} {hhmmss}"}


def e(train, station, hhmmss, kind="ARR", day="2024-03-12"):
    return {"train": train, "station": station, "event": kind, "recorded": f"{day} {hhmmss}"}


ROUTE = [s("2A01", "BTH", "10:00:00"), s("2A01", "BRI", "10:15:00"), s("2A01", "CDF", "10:55:00")]
RUNS = [e("2A01", "BTH", "10:01:10"), e("2A01", "BTH", "10:02:00", "DEP"), e("2A01", "BRI", "10:21:40"),
        e("2A01", "BRI", "10:23:00", "DEP"), e("2A01", "CDF", "11:09:59")]

CASES = [
    ([], []),
    ((), ()),
    ([], RUNS),
    (ROUTE, []),
    (ROUTE, RUNS),
    (ROUTE, RUNS[::-1]),
    (ROUTE, RUNS, 0),
    (ROUTE, RUNS, 1),
    (ROUTE, RUNS, 6.666),
    (ROUTE, RUNS, -5),
    (ROUTE, RUNS, 1000),
    (ROUTE, RUNS, None),
    ([], RUNS, None),
    (ROUTE, [], None),
    # matching rules
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:03:00", "DEP")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:03:00", "arr"), e("2A01", "BTH", "10:04:00", "ARR ")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A02", "BTH", "10:03:00"), e("2A01", "BRI", "10:03:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "04:00:00"), e("2A01", "BTH", "16:00:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "03:59:59"), e("2A01", "BTH", "16:00:01")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:30:00"), e("2A01", "BTH", "10:01:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "02:00:00"), e("2A01", "BTH", "10:09:00"), e("2A01", "BTH", "10:01:00")]),
    ([s("2A01", "BTH", "10:00:00"), s("2A01", "BTH", "18:00:00")], [e("2A01", "BTH", "10:02:00"), e("2A01", "BTH", "18:07:00")]),
    ([s("2A01", "BTH", "10:00:00"), s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:12:00")]),
    ([s("2A01", "BTH", "23:58:00")], [e("2A01", "BTH", "00:04:30", day="2024-03-13")]),
    ([s("2A01", "BTH", "00:02:00", day="2024-03-13")], [e("2A01", "BTH", "23:59:00")]),
    # early, exact and rounding
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "09:57:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "09:57:00")], -5),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:00:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:00:00")], 0),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:04:59")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:05:00")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:07:27")]),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "10:07:33")]),
    ([s("2A01", "A", "10:00:00"), s("2A02", "B", "10:00:00"), s("2A03", "C", "09:00:00")],
     [e("2A01", "A", "10:10:00"), e("2A02", "B", "10:10:00"), e("2A03", "C", "09:10:00")]),
    ([s("2A01", "A", "10:00:00"), s("2A01", "B", "10:10:00"), s("2A01", "C", "10:20:00")],
     [e("2A01", "A", "10:01:00"), e("2A01", "B", "10:11:20"), e("2A01", "C", "10:21:40")]),
    # keys and text
    ([s("2A01", "BTH", " 10:00:00 ")], [e("2A01", "BTH", "10:03:00\n")]),
    ([{"train": "2A01", "station": "BTH", "planned": " 2024-03-12 10:00:00\t"}], [e("2A01", "BTH", "10:03:00")]),
    ([s(None, None, "10:00:00")], [e(None, None, "10:06:00")]),
    ([s(1, 2, "10:00:00"), s(1.0, 2, "10:10:00"), s(True, 2, "10:20:00")], [e(1, 2, "10:06:00"), e(1, 2, "10:16:00")]),
    ([s("2A01", "Llanfair­pwll", "10:00:00"), s("2A01", "Zürich HB", "10:10:00")],
     [e("2A01", "Zürich HB", "10:18:00"), e("2A01", "Llanfair­pwll", "10:01:00")]),
    ([s(("2A01", 12), "BTH", "10:00:00")], [e(("2A01", 12), "BTH", "10:08:00")]),
    ([dict(s("2A01", "BTH", "10:00:00"), platform=3)], [dict(e("2A01", "BTH", "10:02:00"), berth="0123")]),
    # invalid input
    ([s("2A01", "BTH", "10:00")], RUNS),
    ([{"train": "2A01", "station": "BTH", "planned": "12/03/2024 10:00:00"}], []),
    ([{"train": "2A01", "station": "BTH", "planned": None}], []),
    ([{"train": "2A01", "station": "BTH"}], []),
    ([{"station": "BTH", "planned": "2024-03-12 10:00:00"}], []),
    ([s("2A01", "BTH", "10:00:00")], [e("2A01", "BTH", "25:00:00")]),
    ([s("2A01", "BTH", "10:00:00")], [{"train": "2A01", "station": "BTH", "event": "ARR", "recorded": None}]),
    ([s("2A01", "BTH", "10:00:00")], [{"train": "2A01", "station": "BTH", "event": "ARR"}]),
    ([s("2A01", "BTH", "10:00:00"), s("2A01", "BTH", "x")], [e("2A01", "BTH", "10:02:00")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(punctuality, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(punctuality, reference, threshold=2, events=RUNS, schedule=ROUTE)


def _random_cases():
    rng = random.Random(6060)
    for _ in range(160):
        trains = [f"2{letter}{n:02d}" for letter in "AB" for n in range(rng.randint(1, 3))]
        stations = ["BTH", "BRI", "CDF", "SWI", "NWP"][: rng.randint(1, 5)]
        schedule, events = [], []
        base = datetime(2024, 3, 12, 5)
        for _ in range(rng.randint(0, 20)):
            planned = base + timedelta(minutes=rng.randint(0, 1200))
            train, station = rng.choice(trains), rng.choice(stations)
            schedule.append({"train": train, "station": station, "planned": planned.strftime(FORMAT)})
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                offset = rng.choice([rng.uniform(-3, 12), rng.uniform(-3, 12), rng.uniform(-500, 500)])
                recorded = planned + timedelta(seconds=round(offset * 60))
                events.append({"train": train if rng.random() < 0.9 else rng.choice(trains),
                               "station": station if rng.random() < 0.9 else rng.choice(stations),
                               "event": rng.choice(["ARR", "ARR", "DEP"]), "recorded": recorded.strftime(FORMAT)})
        rng.shuffle(events)
        if rng.random() < 0.5:
            events.sort(key=lambda event: event["recorded"])
        yield schedule, events, rng.choice([5, 5, 3, 10, 0, 2.5])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(punctuality, reference, *case)


def test_large_day() -> None:
    rng = random.Random(12)
    schedule, events = [], []
    for service in range(40):
        train = f"2C{service:02d}"
        planned = datetime(2024, 3, 12, 6) + timedelta(minutes=25 * service)
        delay = rng.uniform(-1, 8)
        for station in [f"ST{n}" for n in range(10)]:
            planned += timedelta(minutes=5)
            delay += rng.uniform(-0.5, 1.5)
            schedule.append({"train": train, "station": station, "planned": planned.strftime(FORMAT)})
            if rng.random() < 0.95:
                arrival = planned + timedelta(seconds=round(delay * 60))
                events.append({"train": train, "station": station, "event": "ARR", "recorded": arrival.strftime(FORMAT)})
                events.append({"train": train, "station": station, "event": "DEP",
                               "recorded": (arrival + timedelta(seconds=45)).strftime(FORMAT)})
    events.sort(key=lambda event: event["recorded"])
    assert_same(punctuality, reference, schedule, events)
