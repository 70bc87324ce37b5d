"""Strict equivalence tests for member_activity (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from doorlog.activity import member_activity
from doorlog.records import Member, MemberActivity, Swipe

TARGET = "doorlog/activity.py:member_activity"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_TIMESTAMP = "%Y-%m-%d %H:%M:%S"
_REF_DAY = "%Y-%m-%d"
_REF_LONGEST_VISIT_MINUTES = 360
_REF_LAPSED_AFTER_DAYS = 30


def reference(swipes, members, as_of):
    by_member = {}
    for swipe in swipes:
        if swipe.direction not in ("in", "out"):
            raise ValueError(f"unknown swipe direction {swipe.direction!r}")
        by_member.setdefault(swipe.member_id, []).append(swipe)

    activity = []
    for member in members:
        timeline = sorted(by_member.get(member.member_id, []), key=lambda swipe: datetime.strptime(swipe.at, _REF_TIMESTAMP))
        minutes = []
        days = set()
        last_visit = None
        for previous, current in zip(timeline, timeline[1:]):
            if previous.direction != "in" or current.direction != "out":
                continue
            started = datetime.strptime(previous.at, _REF_TIMESTAMP)
            length = (datetime.strptime(current.at, _REF_TIMESTAMP) - started).total_seconds() / 60
            if length > _REF_LONGEST_VISIT_MINUTES:
                continue
            minutes.append(length)
            days.add(started.strftime(_REF_DAY))
            if last_visit is None or started > last_visit:
                last_visit = started
        today = datetime.strptime(as_of, _REF_DAY)
        weeks = max(1.0, (today - datetime.strptime(member.joined, _REF_DAY)).days / 7)
        lapsed = last_visit is None or (today - datetime.strptime(last_visit.strftime(_REF_DAY), _REF_DAY)).days > _REF_LAPSED_AFTER_DAYS
        activity.append(MemberActivity(
            member.member_id,
            len(minutes),
            round(sum(minutes) / len(minutes), 1) if minutes else 0.0,
            len(days),
            last_visit.strftime(_REF_DAY) if last_visit is not None else None,
            round(len(minutes) / weeks, 2),
            lapsed,
        ))
    return activity


# --- cases -------------------------------------------------------------------------------

S = Swipe
M1, M2, M3 = Member("M1", "2024-01-01"), Member("M2", "2024-02-20"), Member("M3", "2023-06-01")
MEMBERS = [M1, M2, M3]
BASIC = [
    S("M1", "2024-03-01 18:00:00", "in"), S("M1", "2024-03-01 19:30:00", "out"),
    S("M1", "2024-03-03 07:00:00", "in"), S("M1", "2024-03-03 07:45:00", "out"),
    S("M2", "2024-03-02 10:00:00", "in"), S("M2", "2024-03-02 18:00:00", "out"),
    S("X9", "2024-03-02 10:00:00", "in"),
]
SwipeRow = namedtuple("SwipeRow", "member_id at direction")
MemberRow = namedtuple("MemberRow", "member_id joined")


def pair(member, start, minutes, club=""):
    begin = datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    return [S(member, start, "in", club), S(member, (begin + timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S"), "out", club)]


CASES = [
    ([], [], "2024-03-10"),
    ([], MEMBERS, "2024-03-10"),
    ((), tuple(MEMBERS), "2024-03-10"),
    (BASIC, MEMBERS, "2024-03-10"),
    (tuple(BASIC), MEMBERS, "2024-03-10"),
    (BASIC[::-1], MEMBERS[::-1], "2024-03-10"),
    (BASIC, [], "2024-03-10"),
    (BASIC, [], "not a date"),
    ([], [], None),
    (BASIC, MEMBERS, "10/03/2024"),
    (BASIC, MEMBERS, "2024-03-10 00:00:00"),
    (BASIC, MEMBERS, "2024-3-1"),
    (BASIC, MEMBERS, "2024-02-30"),
    (BASIC, MEMBERS, None),
    (BASIC, MEMBERS, datetime(2024, 3, 10)),
    (BASIC, [Member("M1", "2024/01/01")], "2024-03-10"),
    (BASIC, [Member("M1", None)], "2024-03-10"),
    (BASIC, [Member("M1", "2024-04-01")], "2024-03-10"),
    (BASIC, [Member("M1", "2024-03-10")], "2024-03-10"),
    (BASIC, [Member("M1", "2023-03-10")], "2024-03-10"),
    (BASIC, [Member("M1", "0001-01-01")], "9999-12-31"),
    (BASIC, [M1, M1, M2], "2024-03-10"),
    (BASIC, [Member("X9", "2024-01-01")], "2024-03-10"),
    (BASIC, [Member("m1", "2024-01-01"), Member("M1 ", "2024-01-01")], "2024-03-10"),
    ([S(1, "2024-03-01 18:00:00", "in"), S(1, "2024-03-01 18:30:00", "out")], [Member(1.0, "2024-01-01"), Member("1", "2024-01-01")], "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "sideways")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "IN")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", None)], [], "2024-03-10"),
    ([S("X1", "rubbish", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "rubbish", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "rubbish", "in")], [], "2024-03-10"),
    ([S("M1", "2024-03-01T18:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00 ", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", " 2024-03-01 18:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00.5", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 23:59:60", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-02-30 10:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", None, "in")], MEMBERS, "2024-03-10"),
    ([S("M1", datetime(2024, 3, 1, 18), "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-3-1 8:5:0", "in"), S("M1", "2024-03-01 09:00:00", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01  18:00:00", "in"), S("M1", "2024-03-01 18:30:00", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "٢٠٢٤-03-01 18:00:00", "in"), S("M1", "2024-03-01 18:30:00", "out")], MEMBERS, "٢٠٢٤-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "out"), S("M1", "2024-03-01 17:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "in"), S("M1", "2024-03-01 18:00:00", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "out"), S("M1", "2024-03-01 18:00:00", "in")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "in"), S("M1", "2024-03-01 18:00:00", "in"), S("M1", "2024-03-01 18:00:00", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 18:00:00", "in"), S("M1", "2024-03-01 18:10:00", "in"), S("M1", "2024-03-01 19:00:00", "out"),
      S("M1", "2024-03-01 19:05:00", "out")], MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 08:00:00", 360), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 08:00:00", 361), MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 08:00:00", "in"), S("M1", "2024-03-01 14:00:01", "out")], MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 08:00:00", "in"), S("M1", "2024-03-01 13:59:59", "out")], MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 23:50:00", 30), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-02-09 10:00:00", 60), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-02-08 10:00:00", 60), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-02-08 23:59:59", 1), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-04-08 10:00:00", 60), MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 10:00:00", 1) + pair("M1", "2024-03-01 12:00:00", 2) + pair("M1", "2024-03-01 14:00:00", 4),
     MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 10:00:00", 10) + pair("M1", "2024-03-01 12:00:00", 11) + pair("M1", "2024-03-01 14:00:00", 11),
     MEMBERS, "2024-03-10"),
    ([S("M1", "2024-03-01 10:00:00", "in"), S("M1", "2024-03-01 10:00:20", "out"), S("M1", "2024-03-01 10:00:25", "in"),
      S("M1", "2024-03-01 10:01:00", "out")], MEMBERS, "2024-03-10"),
    (pair("M1", "2024-03-01 10:00:00", 45, "Central") + pair("M1", "2024-03-02 10:00:00", 45, "Docks"), MEMBERS, "2024-03-10"),
    ([SwipeRow("M1", "2024-03-01 18:00:00", "in"), SwipeRow("M1", "2024-03-01 18:40:00", "out")], [MemberRow("M1", "2024-01-01")], "2024-03-10"),
    ([SimpleNamespace(member_id="M1", at="2024-03-01 18:00:00", direction="in")], [SimpleNamespace(member_id="M1", joined="2024-01-01")], "2024-03-10"),
    ([SimpleNamespace(member_id="M1", direction="in")], [M1], "2024-03-10"),
    ([SimpleNamespace(member_id="M1", direction="in")], [M2], "2024-03-10"),
    ([SimpleNamespace(member_id="M1", at="2024-03-01 18:00:00")], [M1], "2024-03-10"),
    ([S(["M1"], "2024-03-01 18:00:00", "in")], [M1], "2024-03-10"),
    ([None], MEMBERS, "2024-03-10"),
    (None, MEMBERS, "2024-03-10"),
    (BASIC, None, "2024-03-10"),
    (BASIC, [None], "2024-03-10"),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(member_activity, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(member_activity, reference, as_of="2024-03-10", members=MEMBERS, swipes=BASIC)
    assert_same(member_activity, reference, BASIC, MEMBERS, as_of="2024-03-10")


def _random_cases():
    rng = random.Random(3003)
    for _ in range(200):
        members = [Member(f"M{n}", (datetime(2024, 1, 1) + timedelta(days=rng.randint(-400, 80))).strftime("%Y-%m-%d"))
                   for n in range(rng.randint(0, 4))]
        swipes = []
        for _ in range(rng.randint(0, 24)):
            at = datetime(2024, 2, 1) + timedelta(minutes=rng.choice([rng.randint(0, 60 * 24 * 60), rng.randint(0, 600)]))
            swipes.append(S(rng.choice([f"M{n}" for n in range(5)]), at.strftime("%Y-%m-%d %H:%M:%S"),
                            rng.choice(["in", "in", "out", "out"]), rng.choice(["", "Central"])))
        yield swipes, members, rng.choice(["2024-03-01", "2024-03-31", "2024-04-15", "2024-02-01"])


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(member_activity, reference, *case)


def test_club_month() -> None:
    """A realistic month: 150 members with their habits, tailgated exits and shuffled log order."""
    rng = random.Random(21)
    members, swipes = [], []
    for n in range(150):
        members.append(Member(f"M{n:04d}", (datetime(2023, 1, 1) + timedelta(days=rng.randint(0, 450))).strftime("%Y-%m-%d")))
        habit = rng.choice([0.0, 0.1, 0.3, 0.6])
        for day in range(30):
            if rng.random() < habit:
                arrived = datetime(2024, 3, 1) + timedelta(days=day, hours=rng.choice([6, 12, 18]), minutes=rng.randint(0, 59))
                swipes.append(S(f"M{n:04d}", arrived.strftime("%Y-%m-%d %H:%M:%S"), "in"))
                if rng.random() < 0.9:
                    swipes.append(S(f"M{n:04d}", (arrived + timedelta(minutes=rng.randint(20, 400))).strftime("%Y-%m-%d %H:%M:%S"), "out"))
    rng.shuffle(swipes)
    assert_same(member_activity, reference, swipes, members, "2024-03-31")
