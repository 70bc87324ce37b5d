"""Strict equivalence tests for build_timelines (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from functools import cmp_to_key

import pytest
from strict_support import assert_same
from parceltrack.timeline import build_timelines

TARGET = "parceltrack/timeline.py:build_timelines"

FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y%m%d%H%M%SZ")
EVENT_ORDER = {"collected": 0, "arrived_depot": 1, "sorted": 2, "departed_depot": 3,
               "out_for_delivery": 4, "delivery_failed": 5, "delivered": 6}


def parse_timestamp(text):
    for fmt in FORMATS:
        try:
            parsed = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed
    raise ValueError(f"unrecognised scan time {text!r}")


def compare_scans(first, second):
    first_time, second_time = parse_timestamp(first["time"]), parse_timestamp(second["time"])
    if first_time != second_time:
        return -1 if first_time < second_time else 1
    first_rank = EVENT_ORDER.get(first["event"], len(EVENT_ORDER))
    second_rank = EVENT_ORDER.get(second["event"], len(EVENT_ORDER))
    return (first_rank > second_rank) - (first_rank < second_rank)


def reference(scans, since=None):
    accepted = []
    rejected = 0
    for scan in scans:
        try:
            when = parse_timestamp(scan["time"])
        except ValueError:
            rejected += 1
            continue
        if since is not None and when < since:
            continue
        accepted.append(scan)
    accepted.sort(key=cmp_to_key(compare_scans))
    timelines = {}
    for scan in accepted:
        timelines.setdefault(scan["parcel"], []).append((scan["time"], scan["event"], scan["depot"]))
    latest = {parcel: events[-1][1] for parcel, events in timelines.items()}
    return {"timelines": timelines, "latest": latest, "rejected": rejected}


def s(parcel, time, event="sorted", depot="LHR1", **extra):
    return {"parcel": parcel, "time": time, "event": event, "depot": depot, **extra}


UTC = timezone.utc
SINCE = datetime(2024, 5, 2, tzinfo=UTC)

CASES = [
    ([],),
    ([], SINCE),
    ([s("P", "02/05/2024 08:00")],),
    ([s("P", "02/05/2024 08:00")], SINCE),
    ([s("P", "01/05/2024 23:59:59")], SINCE),
    ([s("P", "02/05/2024 00:00")], SINCE),
    ([s("P", "2024-05-02T01:00:00+02:00")], SINCE),
    ([s("P", "2024-05-02T02:00:00+02:00")], SINCE),
    ([s("P", "2024-05-02T08:00:00Z")],),
    ([s("P", "2024-05-02T08:00:00+0200"), s("P", "2024-05-02T08:00:00+02:00", "collected")],),
    ([s("P", "2024-05-02T08:00:00-05:30"), s("P", "02/05/2024 13:00")],),
    ([s("P", "02/05/2024 08:00"), s("P", "2024-05-02T10:00:00+02:00", "collected"), s("P", "20240502080000Z", "arrived_depot")],),
    ([s("P", "02/05/2024 08:00", "delivered"), s("P", "02/05/2024 08:00", "collected")],),
    ([s("P", "02/05/2024 08:00", "mystery"), s("P", "02/05/2024 08:00", "delivered"), s("P", "02/05/2024 08:00", "zzz")],),
    ([s("P", "02/05/2024 08:00", "mystery", "A"), s("P", "02/05/2024 08:00", "mystery", "B"), s("P", "02/05/2024 08:00", "other", "C")],),
    ([s("P", "02/05/2024 08:00", "sorted", "A"), s("P", "02/05/2024 08:00", "sorted", "B")],),
    ([s("P", "02/05/2024 08:00", "sorted", "B"), s("P", "02/05/2024 08:00", "sorted", "A")],),
    ([s("P", "02/05/2024 08:00", "Sorted"), s("P", "02/05/2024 08:00", "sorted")],),
    ([s("P", "02/05/2024 08:00", None), s("P", "02/05/2024 08:00", "sorted")],),
    ([s("P", " 02/05/2024 08:00 "), s("P", "02/05/2024 08:00\n", "collected")],),
    ([s("P", "2/5/2024 8:00"), s("P", "02/05/2024 07:59", "collected")],),
    ([s("P", "31/02/2024 10:00")],),
    ([s("P", "2024-02-30T10:00:00+00:00"), s("P", "29/02/2024 10:00")],),
    ([s("P", "")],),
    ([s("P", "   ")],),
    ([s("P", "yesterday"), s("Q", "nope"), s("P", "02/05/2024 08:00")],),
    ([s("P", "2024-05-02 08:00:00")],),
    ([s("P", "2024-05-02T08:00:00")],),
    ([s("P", "20240502080000")],),
    ([s("P", "02/05/2024 08:00"), s("P", None)],),
    ([s("P", 20240502080000)],),
    ([{"parcel": "P", "event": "sorted", "depot": "A"}],),
    ([{"time": "02/05/2024 08:00", "event": "sorted", "depot": "A"}],),
    ([{"parcel": "P", "time": "02/05/2024 08:00", "depot": "A"}],),
    ([{"parcel": "P", "time": "bad", "depot": "A"}],),
    ([{"parcel": "P", "time": "02/05/2024 08:00", "event": "sorted"}],),
    ([s(1, "02/05/2024 08:00"), s(1.0, "02/05/2024 09:00"), s(True, "02/05/2024 10:00", "delivered")],),
    ([s(None, "02/05/2024 08:00")],),
    ([s(("P", 1), "02/05/2024 08:00")],),
    ([s("Pä", "02/05/2024 08:00", depot="Zürich"), s("Pä", "02/05/2024 07:00", "collected", depot="Genève")],),
    ([s("P", "02/05/2024 08:00", scanner="HH-1"), s("Q", "02/05/2024 07:00")],),
    ([s("B", "02/05/2024 08:00"), s("A", "02/05/2024 07:00"), s("B", "02/05/2024 06:00", "collected")],),
    ([s("P", "02/05/2024 08:00")], None),
    ([s("P", "02/05/2024 08:00")], datetime(2024, 5, 2)),
    ([s("P", "bad")], datetime(2024, 5, 2)),
    ([s("P", "02/05/2024 08:00")], datetime(2024, 5, 2, 9, tzinfo=timezone(timedelta(hours=2)))),
    ([s("P", "02/05/2024 08:00")], datetime(2024, 5, 2, 10, 0, 1, tzinfo=timezone(timedelta(hours=2)))),
    ([s("P", "02/05/2024 08:00")], "2024-05-02"),
    ((s("P", "02/05/2024 08:00"), s("P", "02/05/2024 07:00", "collected")),),
    ([s("P", "02/05/2024 08:00", "delivered"), s("P", "02/05/2024 09:00", "delivery_failed"),
      s("P", "2024-05-02T11:00:00+02:00", "out_for_delivery")],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(build_timelines, reference, *case)


def _render(moment, rng):
    style = rng.random()
    if style < 0.3:
        return moment.astimezone(timezone(timedelta(hours=rng.choice([-5, 0, 1, 2])))).strftime("%Y-%m-%dT%H:%M:%S%z")
    if style < 0.5:
        return moment.strftime("%d/%m/%Y %H:%M:%S")
    if style < 0.75:
        return moment.strftime("%d/%m/%Y %H:%M")
    if style < 0.95:
        return moment.strftime("%Y%m%d%H%M%SZ")
    return rng.choice(["", "n/a", "00/00/0000 00:00", "2024-13-01T00:00:00+00:00"])


def _random_cases():
    rng = random.Random(8080)
    events = list(EVENT_ORDER) + ["returned", "held_customs"]
    base = datetime(2024, 5, 2, 6, 0, tzinfo=UTC)
    for index in range(130):
        scans = []
        for _ in range(rng.randint(0, 22)):
            moment = base + timedelta(minutes=rng.choice([0, 0, 15, 30, 60, rng.randint(-600, 600)]))
            scans.append(s(rng.choice(["P1", "P2", "P3", "Q"]), _render(moment, rng), rng.choice(events), rng.choice(["A", "B", "C"])))
        since = rng.choice([None, None, base, base + timedelta(minutes=30), datetime(2024, 5, 2, 8, tzinfo=timezone(timedelta(hours=2)))])
        yield (scans, since) if since is not None or index % 2 else (scans,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(build_timelines, reference, *case)


def test_large_feed() -> None:
    rng = random.Random(31)
    base = datetime(2024, 5, 2, 4, 0, tzinfo=UTC)
    scans = []
    for number in range(150):
        moment = base + timedelta(minutes=rng.randint(0, 300))
        for event in ["collected", "arrived_depot", "sorted", "departed_depot", "out_for_delivery", "delivered"][: rng.randint(1, 6)]:
            moment += timedelta(minutes=rng.choice([0, 15, 60]))
            scans.append(s(f"P{number}", _render(moment, rng), event, rng.choice("XYZ")))
    rng.shuffle(scans)
    assert_same(build_timelines, reference, scans, base + timedelta(minutes=45))
