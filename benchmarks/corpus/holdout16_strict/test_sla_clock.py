"""Strict equivalence tests for breach_report (never shown to wattlens)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from strict_support import assert_same
from slaclock.report import breach_report

TARGET = "slaclock/report.py:breach_report"

DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ONE_MINUTE = timedelta(minutes=1)


@dataclass
class BusinessCalendar:
    hours: dict = field(default_factory=dict)
    holidays: list = field(default_factory=list)


def parse_clock(text):
    moment = datetime.strptime(text, "%H:%M")
    return moment.hour * 60 + moment.minute


def parse_calendar(text):
    calendar = BusinessCalendar()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        keyword, *rest = line.split()
        if keyword == "hours" and len(rest) == 2:
            first, _, last = rest[0].lower().partition("-")
            opens, _, closes = rest[1].partition("-")
            if first not in DAYS or (last and last not in DAYS):
                raise ValueError(f"line {number}: unknown weekday in {raw!r}")
            open_minute, close_minute = parse_clock(opens), parse_clock(closes)
            if close_minute <= open_minute:
                raise ValueError(f"line {number}: closes before it opens")
            for weekday in range(DAYS[first], DAYS[last or first] + 1):
                calendar.hours[weekday] = (open_minute, close_minute)
        elif keyword == "holiday" and len(rest) == 1:
            calendar.holidays.append(datetime.strptime(rest[0], "%Y-%m-%d").date())
        else:
            raise ValueError(f"line {number}: cannot read {raw!r}")
    return calendar


def business_minutes(start, end, calendar_text):
    calendar = parse_calendar(calendar_text)
    if end < start:
        raise ValueError("end is before start")
    total = 0
    day = start.date()
    while day <= end.date():
        weekday = day.weekday()
        if weekday in calendar.hours and day not in calendar.holidays:
            open_minute, close_minute = calendar.hours[weekday]
            midnight = datetime.combine(day, time())
            low = max(start, midnight + timedelta(minutes=open_minute))
            high = min(end, midnight + timedelta(minutes=close_minute))
            if high > low:
                total += (high - low) // ONE_MINUTE
        day += timedelta(days=1)
    return total


def reference(tickets, calendar_text, targets, as_of):
    now = datetime.fromisoformat(as_of)
    per_ticket = {}
    totals = {}
    for ticket in tickets:
        created = datetime.fromisoformat(ticket["created"])
        responded = datetime.fromisoformat(ticket["first_response"]) if ticket["first_response"] else now
        resolved = datetime.fromisoformat(ticket["resolved"]) if ticket["resolved"] else now
        response_target, resolution_target = targets[ticket["priority"]]
        response = business_minutes(created, responded, calendar_text)
        resolution = business_minutes(created, resolved, calendar_text)
        breaches = []
        if response > response_target:
            breaches.append("response")
        if resolution > resolution_target:
            breaches.append("resolution")
        per_ticket[ticket["id"]] = {"response": response, "resolution": resolution, "breaches": breaches}
        counts = totals.setdefault(ticket["priority"], [0, 0])
        counts[0] += 1
        counts[1] += not breaches
    compliance = {priority: round(100 * met / count, 1) for priority, (count, met) in totals.items()}
    return {"tickets": per_ticket, "compliance": compliance}


CAL = "# desk\nhours mon-fri 08:00-18:00\nhours sat 09:00-13:00  # cover\nholiday 2024-05-06\n"
PRIORITY_TARGETS = {"P1": (30, 240), "P2": (120, 1440), "P3": (480, 4800)}
NOW = "2024-05-10T12:00"


def t(ident, priority="P1", created="2024-05-07T08:00", response="2024-05-07T08:20", resolved="2024-05-07T11:00"):
    return {"id": ident, "priority": priority, "created": created, "first_response": response, "resolved": resolved}


CALENDARS = [
    "",
    "\n\n# nothing but comments\n",
    "hours mon-sun 00:00-23:59",
    "hours MON-Fri 8:00-17:30\r\nholiday 2024-05-08\r\n",
    "hours fri-mon 08:00-18:00",
    "hours mon 08:00-12:00\nhours mon 13:00-17:00",
    "hours wed 09:00-17:00\nholiday 2024-05-08\nholiday 2024-05-08",
    "hours mon-fri 08:00-18:00\nholiday 2024-05-07 # election day\nholiday 2024-05-09",
    "   hours   tue-thu   10:00-16:00   \n\tholiday\t2024-05-01",
    "hours sun 10:00-14:00\nhours sat 10:00-14:00",
]

BAD_CALENDARS = [
    "hours mon-fry 08:00-18:00",
    "hours mon 18:00-08:00",
    "hours mon 08:00-08:00",
    "hours mon 08:00-24:00",
    "hours mon 8h-17h",
    "hours mon",
    "open mon 08:00-18:00",
    "HOURS mon 08:00-18:00",
    "holiday 2024-02-30",
    "holiday 2024-05-06 2024-05-07",
    "holiday 06/05/2024",
    "hours mon-fri 08:00-18:00\nbogus",
    "hours -fri 08:00-18:00",
]

BASIC = [t(1), t(2, "P2", "2024-05-07T17:00", "2024-05-08T09:30", None), t(3, "P3", "2024-05-03T16:00", "", "")]

CASES = [
    ([], CAL, PRIORITY_TARGETS, NOW),
    ([], "bogus", PRIORITY_TARGETS, NOW),
    ([], CAL, {}, NOW),
    ([], CAL, PRIORITY_TARGETS, "not a time"),
    (BASIC, CAL, PRIORITY_TARGETS, NOW),
    (BASIC, CAL, PRIORITY_TARGETS, "2024-05-07T17:00"),
    (BASIC, CAL, PRIORITY_TARGETS, "2024-05-07"),
    ([t(1, response=None, resolved=None)], CAL, PRIORITY_TARGETS, "2024-05-07T08:00"),
    ([t(1, response=None, resolved=None)], CAL, PRIORITY_TARGETS, "2024-05-07T07:59"),
    ([t(1, response="2024-05-07T07:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, resolved="2024-05-07T08:10")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-07T08:00:59", response="2024-05-07T08:30:58")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-07T08:00:00.5", response="2024-05-07T08:30:00.4")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, response="2024-05-07T08:30")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, response="2024-05-07T08:31")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, resolved="2024-05-07T12:00"), t(2, resolved="2024-05-07T12:01")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1), t(1, response="2024-05-07T10:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(None), t(2.5), t((1, 2))], CAL, PRIORITY_TARGETS, NOW),
    ([t([1])], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, "P9")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, "P9")], "bogus", PRIORITY_TARGETS, NOW),
    ([t(1, None)], CAL, {None: (0, 0)}, NOW),
    ([t(1)], CAL, {"P1": [30, 240]}, NOW),
    ([t(1)], CAL, {"P1": (30.5, 239.5)}, NOW),
    ([t(1)], CAL, {"P1": (0, 0)}, NOW),
    ([t(1)], CAL, {"P1": (-1, -1)}, NOW),
    ([t(1)], CAL, {"P1": (30,)}, NOW),
    ([t(1)], CAL, {"P1": (30, 240, 9)}, NOW),
    ([t(1)], CAL, {"P1": (None, 240)}, NOW),
    ([t(1, created="2024-05-07 08:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="07/05/2024 08:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created=None)], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-07T08:00+02:00", response="2024-05-07T09:00+02:00", resolved="2024-05-07T10:00+02:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-07T08:00+02:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, response="2024-05-07T09:00+00:00")], CAL, PRIORITY_TARGETS, NOW),
    ([{"id": 1, "priority": "P1", "created": "2024-05-07T08:00", "resolved": None}], CAL, PRIORITY_TARGETS, NOW),
    ([{"id": 1, "priority": "P1", "created": "2024-05-07T08:00", "first_response": None}], CAL, PRIORITY_TARGETS, NOW),
    ([{"priority": "P1", "created": "2024-05-07T08:00", "first_response": None, "resolved": None}], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-03T17:00", response="2024-05-07T09:00", resolved="2024-05-13T09:00")], CAL, PRIORITY_TARGETS, "2024-05-20T00:00"),
    ([t(1, created="2024-05-04T12:00", response="2024-05-05T12:00", resolved="2024-05-06T12:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-05T00:00", response="2024-05-05T23:59", resolved="2024-05-06T23:59")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2024-05-07T19:00", response="2024-05-07T20:00", resolved="2024-05-08T07:00")], CAL, PRIORITY_TARGETS, NOW),
    ([t(1, created="2023-12-20T08:00", response="2024-01-03T08:00", resolved="2024-03-01T08:00")],
     "hours mon-fri 09:00-17:00\nholiday 2023-12-25\nholiday 2023-12-26\nholiday 2024-01-01", PRIORITY_TARGETS, NOW),
    ([t(i, "P1" if i % 3 else "P2", response=f"2024-05-07T08:{i * 7 % 60:02d}") for i in range(6)], CAL, PRIORITY_TARGETS, NOW),
    ([t(i, ["P1", "P2", "P3"][i % 3], response=None) for i in range(7)], CAL, PRIORITY_TARGETS, NOW),
    ((t(1), t(2, "P2")), CAL, PRIORITY_TARGETS, NOW),
]
CASES += [(BASIC, calendar, PRIORITY_TARGETS, NOW) for calendar in CALENDARS]
CASES += [(BASIC, calendar, PRIORITY_TARGETS, NOW) for calendar in BAD_CALENDARS]
CASES += [([t(1, "P9")], calendar, PRIORITY_TARGETS, NOW) for calendar in BAD_CALENDARS[:4]]
CASES += [([t(1, created="bad")], calendar, PRIORITY_TARGETS, NOW) for calendar in BAD_CALENDARS[:4]]
CASES += [([], calendar, PRIORITY_TARGETS, NOW) for calendar in BAD_CALENDARS[:4]]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(breach_report, reference, *case)


def _random_cases():
    rng = random.Random(6060)
    base = datetime(2024, 5, 1)
    for _ in range(130):
        lines = []
        for _ in range(rng.randint(0, 3)):
            first = rng.choice(list(DAYS))
            last = rng.choice(["", "-" + rng.choice(list(DAYS))])
            opens = rng.randint(0, 12 * 60)
            closes = opens + rng.randint(1, 11 * 60)
            lines.append(f"hours {first}{last} {opens // 60:02d}:{opens % 60:02d}-{closes // 60:02d}:{closes % 60:02d}")
        for _ in range(rng.randint(0, 4)):
            lines.append(f"holiday {(base + timedelta(days=rng.randint(0, 14))).date().isoformat()}")
        if rng.random() < 0.3:
            lines.insert(rng.randint(0, len(lines)), "# comment")
        calendar = "\n".join(lines)
        tickets = []
        for number in range(rng.randint(0, 8)):
            created = base + timedelta(minutes=rng.randint(0, 10 * 1440))
            response = created + timedelta(minutes=rng.choice([0, 5, 30, 90, rng.randint(0, 3000)]))
            resolved = response + timedelta(minutes=rng.randint(0, 6000))
            tickets.append(t(f"T{number}", rng.choice(list(PRIORITY_TARGETS)), created.isoformat(timespec=rng.choice(["minutes", "seconds"])),
                             response.isoformat() if rng.random() < 0.85 else rng.choice([None, ""]),
                             resolved.isoformat() if rng.random() < 0.7 else None))
        yield tickets, calendar, PRIORITY_TARGETS, "2024-05-20T00:00"


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(breach_report, reference, *case)


def test_large_month() -> None:
    rng = random.Random(12)
    calendar = "hours mon-fri 07:30-19:00\nhours sat 09:00-13:00\n" + "".join(
        f"holiday {date(2024, month, day).isoformat()}\n" for month in range(1, 13) for day in (1, 15))
    tickets = []
    for number in range(150):
        created = datetime(2024, 10, 1) + timedelta(minutes=rng.randint(0, 30 * 1440))
        response = created + timedelta(minutes=rng.randint(0, 600))
        tickets.append(t(number, rng.choice(list(PRIORITY_TARGETS)), created.isoformat(), response.isoformat(),
                         (response + timedelta(minutes=rng.randint(0, 9000))).isoformat() if rng.random() < 0.8 else None))
    assert_same(breach_report, reference, tickets, calendar, PRIORITY_TARGETS, "2024-11-10T00:00")
