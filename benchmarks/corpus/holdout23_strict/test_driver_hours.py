"""Strict equivalence tests for driving_summary (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest
from tacho.activities import Activity
from tacho.hours import driving_summary
from strict_support import assert_same

TARGET = "tacho/hours.py:driving_summary"


# --- verbatim copy of the original implementation and its constants -----------------------

KINDS = ("drive", "work", "available", "rest")
STAMP = "%Y-%m-%d %H:%M:%S"
DAILY_LIMIT = 9 * 3600
CONTINUOUS_LIMIT = 4 * 3600 + 30 * 60
BREAK = 45 * 60


def reference(activities):
    daily = {}
    continuous = {}
    breaches = []
    for activity in activities:
        if activity.kind not in KINDS:
            raise ValueError(f"unknown activity kind {activity.kind!r}")
        start = datetime.strptime(activity.start, STAMP)
        end = datetime.strptime(activity.end, STAMP)
        if end < start:
            raise ValueError(f"activity of {activity.driver} ends before it starts")
        seconds = int((end - start).total_seconds())
        if activity.kind == "rest":
            if seconds >= BREAK:
                continuous[activity.driver] = 0
            continue
        if activity.kind != "drive":
            continue
        days = daily.setdefault(activity.driver, {})
        cursor = start
        while cursor < end:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), time())
            piece_end = min(end, midnight)
            day = cursor.date().isoformat()
            days[day] = days.get(day, 0) + int((piece_end - cursor).total_seconds())
            cursor = piece_end
        before = continuous.get(activity.driver, 0)
        continuous[activity.driver] = before + seconds
        if before <= CONTINUOUS_LIMIT < before + seconds:
            breaches.append((activity.driver, activity.start))
    long_days = sorted((driver, day, seconds) for driver, days in daily.items()
                       for day, seconds in days.items() if seconds > DAILY_LIMIT)
    return {"driving": daily, "long_days": long_days, "breaches": breaches}


# --- cases -------------------------------------------------------------------------------

A = Activity


@dataclass
class Entry:  # a look-alike record from the manual-entry screen
    driver: object
    kind: object
    start: object
    end: object


Row = namedtuple("Row", "driver kind start end")


def day(driver, *spans, date="2024-03-04"):
    return [A(driver, kind, f"{date} {start}", f"{date} {end}") for kind, start, end in spans]


SHIFT = day("D1", ("drive", "06:00:00", "08:30:00"), ("rest", "08:30:00", "09:00:00"), ("work", "09:00:00", "10:00:00"),
            ("drive", "10:00:00", "12:30:00"), ("rest", "12:30:00", "13:15:00"), ("drive", "13:15:00", "17:45:00"),
            ("available", "17:45:00", "18:00:00"), ("drive", "18:00:00", "18:00:01"))
NIGHT = [A("D2", "drive", "2024-03-04 20:00:00", "2024-03-05 02:30:00"),
         A("D2", "rest", "2024-03-05 02:30:00", "2024-03-05 03:14:59"),
         A("D2", "drive", "2024-03-05 03:14:59", "2024-03-05 05:00:00"),
         A("D2", "drive", "2024-03-05 23:00:00", "2024-03-08 01:00:00")]

CASES = [
    ([],),
    ((),),
    (SHIFT,),
    (NIGHT,),
    (SHIFT + NIGHT,),
    (NIGHT + SHIFT,),
    ([x for pair in zip(SHIFT, NIGHT) for x in pair],),
    (SHIFT[::-1],),
    (tuple(SHIFT),),
    (SHIFT + SHIFT,),
    (day("D1", ("drive", "06:00:00", "10:30:00")),),
    (day("D1", ("drive", "06:00:00", "10:30:01")),),
    (day("D1", ("drive", "06:00:00", "10:30:00"), ("drive", "10:30:00", "10:30:00")),),
    (day("D1", ("drive", "06:00:00", "10:30:00"), ("drive", "10:30:00", "10:30:01")),),
    (day("D1", ("drive", "06:00:00", "10:00:00"), ("rest", "10:00:00", "10:45:00"), ("drive", "10:45:00", "15:16:00")),),
    (day("D1", ("drive", "06:00:00", "10:00:00"), ("rest", "10:00:00", "10:44:59"), ("drive", "10:45:00", "11:16:00")),),
    (day("D1", ("drive", "06:00:00", "15:00:00")),),
    (day("D1", ("drive", "06:00:00", "15:00:01")),),
    (day("D1", ("drive", "00:00:00", "23:59:59")),),
    ([A("D1", "drive", "2024-03-04 22:00:00", "2024-03-05 00:00:00")],),
    ([A("D1", "drive", "2024-03-04 00:00:00", "2024-03-05 00:00:00")],),
    ([A("D1", "drive", "2024-02-28 20:00:00", "2024-03-01 04:00:00")],),
    ([A("D1", "drive", "2023-02-28 20:00:00", "2023-03-01 04:00:00")],),
    ([A("D1", "drive", "2024-12-31 22:00:00", "2025-01-01 02:00:00")],),
    ([A("D1", "drive", "9999-12-31 22:00:00", "9999-12-31 23:59:59")],),
    ([A("D1", "drive", "9999-12-31 22:00:00", "9999-12-31 23:59:59"), A("D1", "drive", "2024-01-01 00:00:00", "2024-01-01 00:00:00")],),
    ([A("D1", "drive", "0001-01-01 00:00:00", "0001-01-01 10:00:00")],),
    ([A("D1", "drive", "2024-3-4 6:5:0", "2024-03-04 16:05:00")],),
    ([A("D1", "drive", "2024-03-04 06:00:00", "2024-03-04 06:00:00 ")],),
    ([A("D1", "drive", "2024-03-04 06:00:00", "2024-03-04 07:00:00\n")],),
    ([A("D1", "drive", " 2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04  06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04\t06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04T06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 06:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 06:00:00.5", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-02-30 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 24:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 23:59:60", "2024-03-05 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 23:59:61", "2024-03-05 07:00:00")],),
    ([A("D1", "drive", "２０２４-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive", "2024-03-04 06:00:00", "2024-03-04 05:59:59")],),
    ([A("D1", "rest", "2024-03-04 06:00:00", "2024-03-04 05:59:59")],),
    ([A("D1", "work", "2024-03-04 06:00:00", "bad")],),
    ([A("D1", "drive", None, "2024-03-04 07:00:00")],),
    ([A("D1", "drive", datetime(2024, 3, 4, 6), "2024-03-04 07:00:00")],),
    ([A("D1", "drive", b"2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "Drive", "2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "drive ", "2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", "sleep", None, None)],),
    ([A("D1", None, "2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    ([A("D1", ["drive"], "2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    (SHIFT + [A("D1", "lunch", "2024-03-04 06:00:00", "2024-03-04 07:00:00")],),
    (day(None, ("drive", "06:00:00", "16:00:00")) + day("D1", ("drive", "06:00:00", "16:00:00")),),
    (day(None, ("drive", "06:00:00", "16:00:00")) + day("D1", ("drive", "06:00:00", "10:00:00")),),
    (day(1, ("drive", "06:00:00", "16:00:00")) + day(1.0, ("drive", "06:00:00", "16:00:00")) + day(True, ("drive", "06:00:00", "11:00:00")),),
    (day(2, ("drive", "06:00:00", "16:00:00")) + day("1", ("drive", "06:00:00", "16:00:00")),),
    (day("ÉMILE", ("drive", "06:00:00", "16:00:00")) + day("émile", ("drive", "06:00:00", "16:00:00")),),
    (day("D1 ", ("drive", "06:00:00", "11:00:00")) + day("D1", ("drive", "06:00:00", "16:00:00")),),
    ([Entry("D1", "drive", "2024-03-04 06:00:00", "2024-03-04 16:00:00"), Row("D1", "rest", "2024-03-04 16:00:00", "2024-03-04 17:00:00"),
      Row("D1", "drive", "2024-03-04 17:00:00", "2024-03-04 22:00:00")],),
    ([None],),
    (SHIFT + [None],),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(driving_summary, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(driving_summary, reference, activities=SHIFT + NIGHT)


def _stamp(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _random_cases():
    rng = random.Random(561)
    for _ in range(220):
        activities = []
        clocks = {}
        for _ in range(rng.choice([0, 1, 3, 8, 20, 40])):
            driver = rng.choice(["D1", "D2", "D3"])
            clock = clocks.get(driver, datetime(2024, 3, rng.randint(1, 30), rng.randint(0, 23), rng.choice([0, 30, 59])))
            length = timedelta(seconds=rng.choice([0, 1, 600, 2699, 2700, 3600, 5400, 16200, 16201, 30000, 90000]))
            kind = rng.choice(KINDS)
            end = clock + length
            if rng.random() < 0.02:
                end = clock - timedelta(seconds=1)
            activities.append(A(driver, kind, _stamp(clock), _stamp(end)))
            clocks[driver] = clock + length
        if activities and rng.random() < 0.03:
            activities.insert(rng.randrange(len(activities)), A("D9", rng.choice(["break", "drive"]), "2024-03-04 6:00", "x"))
        yield (activities,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(driving_summary, reference, *case)


def test_fleet_month() -> None:
    rng = random.Random(28)
    activities = []
    for number in range(12):
        clock = datetime(2024, 3, 1, 5)
        for _ in range(400):
            length = timedelta(minutes=rng.choice([10, 30, 45, 60, 120, 240, 600]))
            activities.append(A(f"DGB{number:07d}", rng.choice(KINDS), _stamp(clock), _stamp(clock + length)))
            clock += length
    rng.shuffle(activities)
    activities.sort(key=lambda activity: activity.driver)
    assert_same(driving_summary, reference, activities)
