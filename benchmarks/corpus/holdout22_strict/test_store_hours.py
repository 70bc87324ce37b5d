"""Strict equivalence tests for check_pickups (never shown to wattlens)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime

import pytest
from openhours.pickups import Pickup, Store, check_pickups
from strict_support import assert_same

TARGET = "openhours/pickups.py:check_pickups"


# --- verbatim copy of the original implementation and its helpers -------------------------

DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"]
TIME_RANGE = re.compile(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})")


def _parse_days(text):
    days = []
    for part in text.split(","):
        part = part.strip().lower()
        if "-" in part:
            first, last = (DAYS.index(name.strip()) for name in part.split("-", 1))
            day = first
            while True:
                days.append(day)
                if day == last:
                    break
                day = (day + 1) % 7
        else:
            days.append(DAYS.index(part))
    return days


def _parse_times(text):
    ranges = []
    for part in text.split(","):
        match = TIME_RANGE.fullmatch(part.strip())
        if match is None:
            raise ValueError(f"bad time range {part!r}")
        open_h, open_m, close_h, close_m = (int(group) for group in match.groups())
        if open_h > 23 or close_h > 24 or open_m > 59 or close_m > 59 or (close_h == 24 and close_m):
            raise ValueError(f"bad time range {part!r}")
        ranges.append((open_h * 60 + open_m, close_h * 60 + close_m))
    return ranges


def parse_opening_hours(text):
    if text.strip() == "24/7":
        return {day: [(0, 1440)] for day in range(7)}
    per_day = {}
    for rule in text.split(";"):
        rule = rule.strip()
        if not rule:
            continue
        try:
            day_text, time_text = rule.split(None, 1)
            days = _parse_days(day_text)
        except ValueError as error:
            raise ValueError(f"bad rule {rule!r}") from error
        ranges = [] if time_text.strip().lower() == "off" else _parse_times(time_text)
        for day in days:
            per_day[day] = ranges
    intervals = {day: [] for day in range(7)}
    for day, ranges in per_day.items():
        for start, end in ranges:
            if end > start:
                intervals[day].append((start, end))
            else:
                intervals[day].append((start, 1440))
                if end:
                    intervals[(day + 1) % 7].append((0, end))
    return {day: sorted(spans) for day, spans in intervals.items()}


def slot_fits(hours, when, minutes):
    start = when.hour * 60 + when.minute
    end = start + minutes
    for open_at, close_at in hours[when.weekday()]:
        if open_at <= start and end <= close_at:
            return True
    return False


def reference(pickups, stores):
    result = {"ok": [], "closed": [], "unknown_store": []}
    per_store = {}
    for pickup in pickups:
        store = next((candidate for candidate in stores if candidate.code == pickup.store_code), None)
        if store is None:
            result["unknown_store"].append(pickup.order_id)
            continue
        when = datetime.fromisoformat(pickup.slot)
        hours = parse_opening_hours(store.hours)
        if when.date().isoformat() in store.closures or not slot_fits(hours, when, pickup.minutes):
            status = "closed"
        else:
            status = "ok"
        result[status].append(pickup.order_id)
        counts = per_store.setdefault(store.code, {"ok": 0, "closed": 0})
        counts[status] += 1
    return {**result, "per_store": dict(sorted(per_store.items()))}


# --- cases -------------------------------------------------------------------------------

S, P = Store, Pickup


@dataclass
class Booking:  # a look-alike record from the mobile app's API
    order_id: object
    store_code: object
    slot: object
    minutes: object = 30


HIGH = S("S1", "High Street", "Mo-Fr 08:00-20:00; Sa 09:00-13:00", ["2024-05-06"])
PARK = S("S2", "Retail Park", "24/7")
NIGHT = S("S3", "Station", "Fr-Mo 22:00-02:00")
SPLIT = S("S4", "Village", "Mo,We 07:30-12:00,12:00-24:00; Tu 10:00-10:00")
STORES = [HIGH, PARK, NIGHT, SPLIT]
# 2024-05-06 is a Monday
WEEK = [P(f"o{n}", code, f"2024-05-{day:02d} {hour:02d}:{minute:02d}", length)
        for n, (code, day, hour, minute, length) in enumerate([
            ("S1", 3, 19, 30, 30), ("S1", 3, 19, 45, 30), ("S1", 6, 10, 0, 30), ("S9", 3, 10, 0, 30),
            ("S2", 5, 3, 0, 60), ("S1", 5, 10, 0, 30), ("S3", 4, 23, 0, 60), ("S3", 5, 1, 0, 60),
            ("S3", 5, 1, 30, 30), ("S3", 5, 1, 45, 30), ("S3", 7, 0, 30, 30), ("S3", 8, 0, 30, 30),
            ("S4", 6, 11, 30, 60), ("S4", 6, 11, 0, 60), ("S4", 6, 12, 0, 720), ("S4", 7, 9, 0, 30),
            ("S4", 7, 11, 0, 30), ("S4", 8, 5, 0, 30), ("S2", 12, 23, 30, 30), ("S2", 12, 23, 30, 31),
        ])]

CASES = [
    ([], []),
    ([], STORES),
    (WEEK, []),
    (WEEK, STORES),
    (WEEK[:5], STORES),
    (list(reversed(WEEK)), STORES),
    (WEEK, list(reversed(STORES))),
    (WEEK + WEEK, STORES),
    (tuple(WEEK), tuple(STORES)),
    ([P("a", "S1", "2024-05-06 10:00")], STORES),
    ([P("a", "S1", "2024-05-07 08:00", 0), P("b", "S1", "2024-05-07 20:00", 0), P("c", "S1", "2024-05-07 07:59", 1)], STORES),
    ([P("a", "S1", "2024-05-07 08:00", 720), P("b", "S1", "2024-05-07 08:00", 721), P("c", "S1", "2024-05-07 19:00", -600)], STORES),
    ([P("a", "S1", "2024-05-07 10:00", 15.5), P("b", "S1", "2024-05-07 19:30", 30.0), P("c", "S1", "2024-05-07 19:30", True)], STORES),
    ([P("a", "S2", "2024-05-07 23:45", 15), P("b", "S2", "2024-05-07 23:45", 16), P("c", "S2", "2024-05-07 00:00", 1440)], STORES),
    ([P("a", "S1", "2024-05-07 10:00:59"), P("b", "S1", "2024-05-07T10:00"), P("c", "S1", "2024-05-07 10:00+02:00")], STORES),
    ([P("a", "S1", "2024-05-07"), P("b", "S2", "2024-05-07"), P("c", "S1", "2024-05-07 19:59:59.999")], STORES),
    ([P("a", "S1", "2024-05-06 10:00"), P("b", "S1", "2024-05-13 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", "2024-05-06")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", "2024-05-06 2024-05-07")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", "05-06")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", ("2024-05-06",))]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", {"2024-05-06"})]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", {"2024-05-06": "holiday"})]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo-Su 00:00-24:00", [datetime(2024, 5, 6).date()])]),
    ([P("a", "S1", "2024-05-06 10:00", None)], [S("S1", "x", "24/7", ["2024-05-06"])]),
    ([P("a", "S1", "2024-05-06 10:00", "30")], [S("S1", "x", "24/7", ["2024-05-06"])]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "first", "Mo off"), S("S1", "second", "24/7")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "first", "Mo 08:00-20:00"), S("S1", "second", "nonsense")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S0", "broken", "nonsense"), S("S1", "fine", "24/7")]),
    ([P("a", "S9", "2024-05-06 10:00")], [S("S1", "broken", "nonsense")]),
    ([P("a", "S9", "not a date")], [S("S1", "broken", "nonsense")]),
    ([P("a", "S9", None, None)], [S("S1", "x", None, None)]),
    ([P("a", 1, "2024-05-06 10:00"), P("b", 1.0, "2024-05-06 10:00"), P("c", True, "2024-05-06 10:00")], [S(1, "x", "24/7"), S(True, "y", "Mo off")]),
    ([P("a", 2, "2024-05-06 10:00"), P("b", 1, "2024-05-06 10:00")], [S(1, "x", "24/7"), S(2, "y", "Mo off")]),
    ([P("a", None, "2024-05-06 10:00"), P("b", "", "2024-05-06 10:00")], [S(None, "x", "24/7"), S("", "y", "Mo off")]),
    ([P("a", "s1", "2024-05-06 10:00"), P("b", "S1 ", "2024-05-06 10:00")], STORES),
    ([P("a", "S1", "2024-05-06 10:00"), P("a", "S1", "2024-05-06 10:00"), P(None, "S9", "2024-05-06 10:00")], STORES),
    ([Booking("a", "S2", "2024-05-06 10:00"), Booking("b", "S1", "2024-05-11 12:30", 31)], STORES),
    # opening-hours syntax
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", " ; ;")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "24/7 ")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "24/7; Su off")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "MO-FR 08:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "mo - fr 08:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo,Tu 8:00-9:00 , 9:30-11:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 08:00-20:00; Mo OFF")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo OFF; Mo 08:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00"), P("b", "S1", "2024-05-07 01:00")], [S("S1", "x", "Mo 00:00-00:00")]),
    ([P("a", "S1", "2024-05-06 10:00"), P("b", "S1", "2024-05-07 01:00")], [S("S1", "x", "Mo 10:00-10:00")]),
    ([P("a", "S1", "2024-05-12 23:30"), P("b", "S1", "2024-05-13 01:00")], [S("S1", "x", "Su 22:00-02:00; Mo 09:00-17:00")]),
    ([P("a", "S1", "2024-05-12 23:30"), P("b", "S1", "2024-05-13 01:00")], [S("S1", "x", "Mo 09:00-17:00; Su 22:00-02:00")]),
    ([P("a", "S1", "2024-05-06 10:00"), P("b", "S1", "2024-05-08 10:00")], [S("S1", "x", "Mo-Mo 09:00-17:00; Su-Mo 10:00-11:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 09:00-24:00,10:00-11:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 08:00-24:30")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 24:00-24:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 08:60-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 8-20")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo,,Tu 08:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Xx 08:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo ０８:00-20:00")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo 08:00-20:00\n")]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "Mo\t08:00-20:00")]),
    # invalid input
    (None, STORES),
    (WEEK, None),
    ([None], STORES),
    ([None], []),
    ([P("a", "S1", "2024-05-06 10:00")], [None]),
    ([P("a", "S1", "2024-05-06 10:00")], [PARK, None]),
    ([P("a", "S1", None)], STORES),
    ([P("a", "S1", "2024-13-06 10:00")], STORES),
    ([P("a", "S1", "06/05/2024 10:00")], STORES),
    ([P("a", "S1", datetime(2024, 5, 6, 10))], STORES),
    ([P("a", "S1", None)], [S("S1", "x", None)]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", None)]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", 247)]),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "24/7", None)]),
    ([P("a", "S2", "2024-05-06 10:00"), P("b", "S1", "2024-05-06 10:00")], [PARK, S("S1", "x", "bad")]),
    ([P("a", "S2", "2024-05-06 10:00", [30])], STORES),
    ([P("a", "S1", "2024-05-06 10:00")], [S("S1", "x", "24/7"), S(2, "y", "24/7")]),
    ([P("a", "S1", "2024-05-06 10:00"), P("b", 2, "2024-05-06 10:00")], [S("S1", "x", "24/7"), S(2, "y", "24/7")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(check_pickups, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(check_pickups, reference, stores=STORES, pickups=WEEK)


SPECS = ["Mo-Fr 08:00-20:00; Sa 09:00-18:00; Su off", "24/7", "Mo-Su 06:00-24:00; Fr-Sa 06:00-02:00",
         "Mo-Fr 09:00-12:30,13:30-18:00; Sa 09:00-13:00", "Tu-Sa 10:00-18:30", "Fr-Mo 22:00-02:00", "", "Su 00:00-00:00",
         "Mo,We,Fr 10:00-19:00; Tu,Th 12:00-20:00", "Sa-Tu 11:00-11:00; We off"]
BROKEN = ["Mo 8-20", "Mo-Xx 10:00-12:00", "Tu", "Mo 10:00-25:00"]


def _random_cases():
    rng = random.Random(606)
    for _ in range(200):
        stores = []
        for number in range(rng.choice([0, 1, 2, 4, 8])):
            spec = rng.choice(BROKEN) if rng.random() < 0.05 else rng.choice(SPECS)
            closures = [f"2024-05-{rng.randint(6, 12):02d}" for _ in range(rng.choice([0, 0, 1, 2]))]
            stores.append(S(rng.choice([f"S{number}", f"S{number}", f"S{rng.randint(0, 3)}"]), f"Store {number}", spec, closures))
        pickups = []
        for number in range(rng.choice([0, 1, 3, 10, 30])):
            slot = f"2024-05-{rng.randint(5, 13):02d} {rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45, 59]):02d}"
            pickups.append(P(f"o{number}", f"S{rng.randint(0, 9)}", slot, rng.choice([0, 15, 30, 60, 120, 600])))
        yield pickups, stores


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(check_pickups, reference, *case)


def test_busy_week() -> None:
    rng = random.Random(12)
    stores = [S(f"S{n:03d}", f"Store {n}", rng.choice(SPECS), [f"2024-05-{rng.randint(6, 12):02d}"]) for n in range(300)]
    pickups = [P(f"o{n}", f"S{rng.randint(0, 310):03d}",
                 f"2024-05-{rng.randint(6, 12):02d} {rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
                 rng.choice([15, 30, 60])) for n in range(3000)]
    assert_same(check_pickups, reference, pickups, stores)
