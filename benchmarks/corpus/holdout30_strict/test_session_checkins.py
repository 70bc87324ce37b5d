"""Strict equivalence tests for session_attendance (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from session_checkins.attendance import SessionAttendance, session_attendance

TARGET = "session_checkins/attendance.py:session_attendance"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(bookings, scans):
    scanned = {}
    for session, badge in scans:
        scanned.setdefault(session, []).append(badge)
    report = {}
    for session, booked in bookings.items():
        attended = []
        for badge in scanned.get(session, []):
            if badge not in attended:
                attended.append(badge)
        walk_ins = [badge for badge in attended if badge not in booked]
        no_shows = [badge for badge in booked if badge not in attended]
        rate = round(len(no_shows) / len(booked), 3) if booked else 0.0
        report[session] = SessionAttendance(session, len(booked), len(attended), walk_ins, no_shows, rate)
    return report


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")

CASES = [
    ({}, []),
    ({}, [("S1", "A")]),
    ({"S1": []}, []),
    ({"S1": []}, [("S1", "A"), ("S1", "A")]),
    ({"S1": ["A"]}, []),
    ({"S1": ["A", "B", "C"]}, [("S1", "A"), ("S1", "D"), ("S1", "A")]),
    ({"S1": ["A", "A", "B"]}, [("S1", "B")]),
    ({"S1": ["A", "A", "B"]}, [("S1", "A")]),
    ({"S1": ["A", "A", "B"]}, []),
    ({"S1": ("A", "B")}, [("S1", "B"), ("S1", "C"), ("S1", "C"), ("S1", "A")]),
    ({"S1": ["A"], "S2": ["A"]}, [("S2", "A")]),
    ({"S2": ["A"], "S1": ["B"]}, [("S1", "B"), ("S2", "B"), ("S3", "B")]),
    ({"S1": ["A"]}, [("S9", "A"), ("S9", "B")]),
    ({"S1": ["A", "B"]}, [["S1", "B"], ["S1", "A"]]),
    ({"S1": ["A", "B"]}, (("S1", "B"), ("S1", "A"))),
    ({"S1": ["a", "A"]}, [("S1", "A"), ("S1", "a")]),
    ({"S1": [""]}, [("S1", ""), ("S1", " ")]),
    ({1: [10, 20, 30], 2: [10]}, [(1, 10), (2, 10.0), (1, True), (2, 30)]),
    ({"S1": [1, 2, 3]}, [("S1", 1.0), ("S1", True), ("S1", 3)]),
    ({"S1": [True, 1]}, [("S1", 1.0)]),
    ({"S1": [None, "A"]}, [("S1", None), ("S1", None)]),
    ({None: ["A"]}, [(None, "A"), ("None", "B")]),
    ({"S1": [NAN, "A"]}, [("S1", NAN), ("S1", "A")]),
    ({"S1": [float("nan")]}, [("S1", float("nan"))]),
    ({("day1", "K"): ["A"]}, [(("day1", "K"), "A")]),
    ({"S1": ["A"] * 7}, [("S1", "A")] * 5),
    ({"S1": ["A", "B", "C"], "S2": ["C", "B", "A"]}, [("S2", "A"), ("S1", "C"), ("S2", "Z"), ("S1", "Y")]),
    ({"S1": ["A", "B", "C"]}, [("S1", "C"), ("S1", "B"), ("S1", "A")]),
    (None, []),
    ({"S1": ["A"]}, None),
    ({"S1": ["A"]}, [("S1",)]),
    ({"S1": ["A"]}, [("S1", "A", "extra")]),
    ({}, [("S1",)]),
    ({"S1": None}, []),
    ({"S1": None}, [("S1", "A")]),
    ({"S1": ["A"]}, [(["S1"], "A")]),
    ({"S1": ["A"]}, ["S1"]),
    ({"S1": ["A"]}, ["AB"]),
    ([("S1", ["A"])], []),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(session_attendance, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(session_attendance, reference, bookings={"S1": ["A", "B"]}, scans=[("S1", "B")])
    assert_same(session_attendance, reference, {"S1": ["A", "B"]}, scans=[("S1", "A"), ("S1", "Q")])


def _random_cases():
    rng = random.Random(30022)
    for _ in range(240):
        pool = [f"B{number:03d}" for number in range(rng.choice([2, 5, 20, 80]))]
        sessions = [f"S{number}" for number in range(rng.randint(0, 6))]
        bookings = {}
        for session in sessions:
            size = rng.randint(0, min(len(pool), 40))
            booked = rng.sample(pool, size)
            if booked and rng.random() < 0.2:
                booked += rng.choices(booked, k=rng.randint(1, 3))
            bookings[session] = booked if rng.random() < 0.85 else tuple(booked)
        scans = []
        for _ in range(rng.randint(0, 120)):
            session = rng.choice(sessions + ["S-unbooked"]) if sessions else "S-unbooked"
            scans.append((session, rng.choice(pool) if pool else "B000"))
        yield (bookings, scans)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(session_attendance, reference, *case)


def test_large_keynote() -> None:
    """A keynote with a thousand bookings, repeat taps and walk-ins."""
    rng = random.Random(3003)
    delegates = [f"B{number:05d}" for number in range(3000)]
    booked = rng.sample(delegates, 1000)
    arrivals = [badge for badge in booked if rng.random() < 0.7] + rng.sample(delegates, 200)
    arrivals += arrivals[:100]
    rng.shuffle(arrivals)
    scans = [("KEY-1", badge) for badge in arrivals] + [("BR-1", badge) for badge in arrivals[:50]]
    assert_same(session_attendance, reference, {"KEY-1": booked, "BR-1": booked[:40]}, scans)
