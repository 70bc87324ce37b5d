"""Strict equivalence tests for fill_sessions (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from surgery_waitlist.scheduler import fill_sessions
from surgery_waitlist.waitlist import Booking, Referral, Session

TARGET = "surgery_waitlist/scheduler.py:fill_sessions"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(referrals, sessions):
    pending = sorted(referrals, key=lambda referral: referral.referred)
    waiting = []
    bookings = []
    joined = 0
    for session in sorted(sessions, key=lambda session: session.day):
        while joined < len(pending) and pending[joined].referred <= session.day:
            waiting.append(pending[joined])
            joined += 1
        remaining = session.minutes
        while True:
            waiting.sort(key=lambda referral: (referral.priority, referral.referred, referral.id))
            for position, referral in enumerate(waiting):
                if referral.minutes <= remaining:
                    break
            else:
                break
            del waiting[position]
            remaining -= referral.minutes
            bookings.append(Booking(referral.id, referral.priority, referral.referred, session.day, session.theatre))
    still_waiting = sorted(waiting + pending[joined:],
                           key=lambda referral: (referral.priority, referral.referred, referral.id))
    return bookings, [referral.id for referral in still_waiting]


# --- cases -------------------------------------------------------------------------------

R = Referral
S = Session

BASIC = [R("A", 0, 3, 60), R("B", 1, 1, 60), R("C", 0, 2, 60), R("D", -3, 3, 45), R("E", 2, 4, 200)]

CASES = [
    ([], []),
    ((), ()),
    ([], [S(0, "TH1", 240)]),
    (BASIC, []),
    (BASIC, [S(2, "TH1", 120)]),
    (BASIC, [S(0, "TH1", 240)]),
    (BASIC, [S(-5, "TH1", 240)]),
    (BASIC, [S(2, "TH1", 0)]),
    (BASIC, [S(2, "TH1", -10)]),
    (BASIC, [S(2, "TH1", 10_000)]),
    (BASIC, [S(4, "TH2", 60), S(1, "TH1", 60)]),
    (BASIC, [S(1, "TH2", 60), S(1, "TH1", 60), S(1, "TH3", 200)]),
    (BASIC, [S(1, "TH1", 60), S(1, "TH1", 60)]),
    (BASIC, (S(3, "TH1", 90), S(2, "TH1", 90))),
    (tuple(BASIC), [S(2, "TH1", 120)]),
    (list(reversed(BASIC)), [S(2, "TH1", 120), S(3, "TH1", 120)]),
    ([R("B", 0, 3, 30), R("A", 0, 3, 30), R("C", -5, 3, 30)], [S(0, "TH1", 90)]),
    ([R("A", 0, 3, 30), R("A", 0, 3, 30), R("A", 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R("A", 0, 3, 30, "x"), R("A", 0, 3, 30, "y"), R("A", 0, 3, 40, "z")], [S(0, "TH1", 60)]),
    ([R("A", 0, 3, 40, "z"), R("A", 0, 3, 30, "y"), R("A", 0, 3, 30, "x")], [S(0, "TH1", 70), S(1, "T", 30)]),
    ([R("A", 0, 3, 0), R("B", 0, 3, 0)], [S(0, "TH1", 0)]),
    ([R("A", 0, 3, 0), R("B", 0, 3, 0)], [S(0, "TH1", -1)]),
    ([R("A", 0, 3, -30), R("B", 0, 3, 50)], [S(0, "TH1", 30)]),
    ([R("LONG", 0, 2, 200), R("SHORT", 0, 3, 30)], [S(0, "TH1", 100)]),
    ([R("F", 10, 1, 30), R("A", 0, 3, 300)], [S(1, "TH1", 240)]),
    ([R("F", 1.5, 1, 30), R("A", 1, 3, 30)], [S(1, "TH1", 240), S(2, "TH1", 240)]),
    ([R("F", 1, 1, 30.5), R("A", 1, 3, 29.5)], [S(1.0, "TH1", 60)]),
    ([R("A", 0, 3, 30), R("B", 0, 3.0, 30), R("C", 0, True, 30)], [S(0, "TH1", 60)]),
    ([R("A", 0, 3, 30), R("B", 0, 3, 30)], [S(0, "TH1", float("nan"))]),
    ([R("A", 0, 3, float("nan")), R("B", 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R("A", 0, 3, float("inf")), R("B", 0, 3, 30)], [S(0, "TH1", float("inf"))]),
    ([R("A", 0, None, 30), R("B", 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R("A", 0, None, 30)], [S(0, "TH1", 60)]),
    ([R("A", None, 3, 30), R("B", 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R("A", 0, 3, 30)], [S(None, "TH1", 60), S(0, "TH1", 60)]),
    ([R("A", 0, 3, None)], [S(0, "TH1", 60)]),
    ([R(1, 0, 3, 30), R(2, 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R(2, 0, 3, 30), R("1", 0, 3, 30)], [S(0, "TH1", 60)]),
    ([R("b", 0, 3, 30), R("B", 0, 3, 30), R("a", 0, 3, 30)], [S(0, "TH1", 60)]),
    (BASIC + [None], [S(0, "TH1", 60)]),
    (BASIC, [S(0, "TH1", 60), None]),
    (None, []),
    (BASIC, None),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(fill_sessions, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(fill_sessions, reference, referrals=BASIC, sessions=[S(2, "TH1", 120)])
    assert_same(fill_sessions, reference, BASIC, sessions=[S(2, "TH1", 120)])


def _random_cases():
    rng = random.Random(32041)
    for number in range(240):
        referrals = []
        for index in range(rng.choice([0, 1, 4, 12, 40, 90])):
            identifier = f"R{rng.randint(0, 30) if rng.random() < 0.2 else index:03d}"
            referrals.append(R(identifier, rng.randint(-10, 20), rng.choice([1, 2, 3, 3, 4, 4]),
                               rng.choice([0, 25, 30, 45, 60, 90, 120, 150, 240, 300]), rng.choice(["", "hip", "knee"])))
        sessions = [S(rng.randint(-3, 25), rng.choice(["TH1", "TH2", "TH3"]), rng.choice([0, 120, 210, 240, 480]))
                    for _ in range(rng.choice([0, 1, 3, 10, 25]))]
        yield referrals, sessions


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(fill_sessions, reference, *case)
