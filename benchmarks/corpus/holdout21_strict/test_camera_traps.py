"""Strict equivalence tests for relative_abundance (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from strict_support import assert_same
from traplog.detections import Detection
from traplog.events import relative_abundance

TARGET = "traplog/events.py:relative_abundance"


# --- verbatim copy of the original implementation and its helpers -------------------------

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def parse_time(text):
    return datetime.strptime(text, TIME_FORMAT)


def independent_events(detections, interval_min=30):
    ordered = sorted(detections, key=lambda detection: (parse_time(detection.taken), detection.station, detection.species))
    events = []
    for detection in ordered:
        when = parse_time(detection.taken)
        previous = None
        for event in reversed(events):
            if event["station"] == detection.station and event["species"] == detection.species:
                previous = event
                break
        if previous is not None and (when - previous["last"]).total_seconds() <= interval_min * 60:
            previous["last"] = when
            previous["detections"] += 1
            previous["max_count"] = max(previous["max_count"], detection.count)
        else:
            events.append({"station": detection.station, "species": detection.species, "start": when, "last": when,
                           "detections": 1, "max_count": detection.count})
    return events


def reference(detections, trap_nights, interval_min=30):
    summary = {}
    for event in independent_events(detections, interval_min):
        station = summary.setdefault(event["station"], {})
        entry = station.setdefault(event["species"], {"events": 0, "individuals": 0, "rai": None,
                                                      "first": event["start"].isoformat()})
        entry["events"] += 1
        entry["individuals"] += event["max_count"]
    for station_name, species in summary.items():
        nights = trap_nights.get(station_name)
        for entry in species.values():
            entry["rai"] = round(entry["events"] / nights * 100, 2) if nights else None
    return {name: dict(sorted(species.items())) for name, species in sorted(summary.items())}


# --- cases -------------------------------------------------------------------------------

@dataclass
class Image:  # a mutable look-alike record from another tagging tool
    station: object
    species: object
    taken: object
    count: object


def d(station, species, taken, count=1):
    return Detection(station, species, taken, count)


T0 = "2023-05-01 21:00:00"
NIGHTS = {"A": 40, "B": 0, "C": 33, "Ö": 7}
BASIC = [d("B", "Fox", T0, 2), d("A", "Fox", "2023-05-02 21:00:00"), d("A", "Fox", "2023-05-03 21:00:00", 3),
         d("A", "Badger", "2023-05-03 22:00:00"), d("A", "Fox", "2023-05-03 21:29:59", 5), d("C", "Lynx", "2023-05-03 03:00:00")]
CHAIN = [d("A", "Fox", f"2023-05-01 21:{m:02d}:00") for m in (0, 10, 20, 30, 40, 50)] + [d("A", "Fox", "2023-05-01 23:00:00")]

CASES = [
    ([], {}),
    ([], NIGHTS),
    ([], NIGHTS, 0),
    (BASIC, NIGHTS),
    (BASIC, {}),
    (BASIC, NIGHTS, 0),
    (BASIC, NIGHTS, 29.99),
    (BASIC, NIGHTS, 30),
    (BASIC, NIGHTS, 30.0),
    (BASIC, NIGHTS, 60 * 24),
    (BASIC, NIGHTS, 10 ** 9),
    (BASIC, NIGHTS, -5),
    (BASIC, NIGHTS, float("inf")),
    (BASIC, NIGHTS, True),
    (tuple(BASIC), NIGHTS),
    (list(reversed(BASIC)), NIGHTS),
    (BASIC + BASIC, NIGHTS),
    (CHAIN, NIGHTS),
    (CHAIN, NIGHTS, 10),
    (CHAIN, NIGHTS, 9.99),
    (CHAIN, NIGHTS, 70),
    (list(reversed(CHAIN)), NIGHTS, 10),
    ([d("A", "Fox", T0)] * 4, NIGHTS),
    ([d("A", "Fox", T0, 1), d("A", "Fox", T0, 4), d("A", "Fox", T0, 2)], NIGHTS, 0),
    ([d("A", "Fox", T0, 1), d("A", "Fox", T0, 4), d("A", "Fox", T0, 2)], NIGHTS, -1),
    ([d("B", "Fox", T0), d("A", "Fox", T0), d("A", "Badger", T0), d("A", "Fox", "2023-05-01 21:00:01")], NIGHTS),
    ([d("A", "Fox", T0), d("A", "fox", T0), d("A", "Fox ", T0), d("a", "Fox", T0)], NIGHTS),
    ([d("Ö", "Luchs", T0), d("O", "Lynx", T0), d("Ö", "Ä", T0), d("", "", T0)], NIGHTS),
    ([d("A", "Fox", T0), d("A", "Badger", "2023-05-01 21:05:00"), d("A", "Fox", "2023-05-01 21:20:00")], NIGHTS),
    ([d("A", "Fox", T0), d("B", "Fox", "2023-05-01 21:05:00"), d("A", "Fox", "2023-05-01 21:40:00")], NIGHTS),
    ([d("A", "Fox", "2023-12-31 23:50:00"), d("A", "Fox", "2024-01-01 00:10:00")], NIGHTS),
    ([d("A", "Fox", "2024-02-29 12:00:00"), d("A", "Fox", "2024-03-01 12:00:00")], NIGHTS, 60 * 24),
    ([d("A", "Fox", "2023-5-1 1:2:3"), d("A", "Fox", "2023-05-01 01:02:03")], NIGHTS),
    ([d("A", "Fox", T0, 0), d("A", "Fox", T0, -2), d("A", "Badger", T0, 0)], NIGHTS),
    ([d("A", "Fox", T0, 2.5), d("A", "Fox", "2023-05-01 21:10:00", 2)], NIGHTS),
    ([d("A", "Fox", T0, True), d("A", "Fox", "2023-05-01 21:10:00", 1)], NIGHTS),
    ([d("A", "Fox", T0, 1), d("A", "Fox", "2023-05-01 21:10:00", True)], NIGHTS),
    ([d("A", "Fox", T0)], {"A": 3}),
    ([d("A", "Fox", T0)], {"A": 3.5}),
    ([d("A", "Fox", T0)], {"A": -4}),
    ([d("A", "Fox", T0)], {"A": None}),
    ([d("A", "Fox", T0)], {"A": True}),
    ([d("A", "Fox", T0)], {"a": 3}),
    ([d(1, "Fox", T0), d(2, "Fox", T0), d(1, "Fox", "2023-05-01 22:00:00")], {1: 10, 2: 0}),
    ([d(1, "Fox", T0), d(1.0, "Fox", "2023-05-01 21:05:00")], {1: 10}),
    ([d(("A", 1), "Fox", T0)], {("A", 1): 10}),
    ([Image("A", "Fox", T0, 1), d("A", "Fox", "2023-05-01 21:05:00", 3)], NIGHTS),
    ([Image("A", "Fox", T0, [1]), Image("A", "Fox", "2023-05-02 21:05:00", [2])], NIGHTS),
    # invalid input
    (None, NIGHTS),
    ([None], NIGHTS),
    (BASIC, None),
    ([], None),
    (BASIC, [("A", 40)]),
    (BASIC, NIGHTS, None),
    ([d("A", "Fox", T0)], NIGHTS, None),
    (CHAIN, NIGHTS, None),
    (CHAIN, NIGHTS, "30"),
    ([d("A", "Fox", "2023-05-01T21:00:00")], NIGHTS),
    ([d("A", "Fox", "2023-02-30 21:00:00")], NIGHTS),
    ([d("A", "Fox", "")], NIGHTS),
    ([d("A", "Fox", None)], NIGHTS),
    ([d("A", "Fox", datetime(2023, 5, 1))], NIGHTS),
    ([d("A", "Fox", T0, None)], NIGHTS),
    ([d("A", "Fox", T0, None), d("A", "Fox", T0, 1)], NIGHTS),
    ([d("A", "Fox", T0, "2")], NIGHTS),
    ([d(None, "Fox", T0), d("A", "Fox", T0)], NIGHTS),
    ([d(None, "Fox", T0), d("A", "Fox", "2023-05-01 21:00:01")], NIGHTS),
    ([d("A", None, T0), d("A", "Fox", "2023-05-01 21:00:01")], NIGHTS),
    ([d(["A"], "Fox", T0)], NIGHTS),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(relative_abundance, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(relative_abundance, reference, interval_min=15, trap_nights=NIGHTS, detections=CHAIN)


STATIONS = ["A", "B", "C", "Ö", "CT10", "CT2"]
SPECIES = ["Red fox", "Roe deer", "Badger", "Lynx", "Pine marten", "red fox"]


def _random_cases():
    rng = random.Random(1312)
    for index in range(200):
        start = datetime(2023, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23))
        detections = []
        stations = rng.sample(STATIONS, rng.randint(1, len(STATIONS)))
        species = rng.sample(SPECIES, rng.randint(1, len(SPECIES)))
        for _ in range(rng.choice([0, 1, 3, 8, 20, 50])):
            when = start + timedelta(seconds=rng.choice([0, 1, 60, 600, 1799, 1800, 1801, 3600, rng.randrange(3 * 86400)]))
            for _ in range(rng.choice([1, 1, 2, 4])):
                detections.append(Detection(rng.choice(stations), rng.choice(species), when.strftime(TIME_FORMAT),
                                            rng.randint(0, 4)))
                when += timedelta(seconds=rng.choice([0, 5, 900, 1800, 2000]))
        rng.shuffle(detections)
        nights = {station: rng.choice([0, 1, 14, 30, 45]) for station in stations if rng.random() < 0.8}
        yield (detections, nights) if index % 3 else (detections, nights, rng.choice([0, 1, 15, 30, 60, 1440]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(relative_abundance, reference, *case)


def test_survey_season() -> None:
    rng = random.Random(77)
    start = datetime(2023, 5, 1)
    detections = []
    for _ in range(1500):
        when = start + timedelta(seconds=rng.randrange(30 * 86400))
        station, kind = f"CT{rng.randint(1, 25):02d}", rng.choice(SPECIES)
        for _ in range(rng.choice([1, 2, 5])):
            detections.append(Detection(station, kind, when.strftime(TIME_FORMAT), rng.randint(1, 3)))
            when += timedelta(seconds=rng.choice([2, 60, 1200, 2400]))
    nights = {f"CT{n:02d}": rng.randint(20, 30) for n in range(1, 24)}
    assert_same(relative_abundance, reference, detections, nights)
    assert_same(relative_abundance, reference, detections, nights, 60)
