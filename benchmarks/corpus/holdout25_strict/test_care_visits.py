"""Strict equivalence tests for verify_visits (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import namedtuple
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from strict_support import assert_same
from visitcheck.records import Check, Visit
from visitcheck.verify import VisitResult, verify_visits

TARGET = "visitcheck/verify.py:verify_visits"


# --- verbatim copy of the original implementation, its helpers and constants ---------------

ROSTER_FORMAT = "%d/%m/%Y %H:%M"
PHONE_FORMAT = "%d/%m/%Y %H:%M:%S"
EARLY_CHECK_IN = timedelta(minutes=30)
LATE_CHECK_OUT = timedelta(minutes=60)


def parse_roster_time(text):
    return datetime.strptime(text, ROSTER_FORMAT)


def parse_check_time(text):
    return datetime.strptime(text, PHONE_FORMAT)


def reference(visits, checks, grace_minutes=10):
    results = []
    for visit in visits:
        start = parse_roster_time(visit.start)
        end = parse_roster_time(visit.end)
        check_in = None
        for check in checks:
            at = parse_check_time(check.at)
            if check.kind != "in" or check.carer_id != visit.carer_id or check.client_id != visit.client_id:
                continue
            if start - EARLY_CHECK_IN <= at <= end and (check_in is None or at < check_in):
                check_in = at
        since = check_in if check_in is not None else start
        check_out = None
        for check in checks:
            at = parse_check_time(check.at)
            if check.kind != "out" or check.carer_id != visit.carer_id or check.client_id != visit.client_id:
                continue
            if since <= at <= end + LATE_CHECK_OUT and (check_out is None or at < check_out):
                check_out = at
        if check_in is None:
            results.append(VisitResult(visit.visit_id, "missed", None, None))
            continue
        late = max(0, int((check_in - start).total_seconds() // 60))
        if check_out is None:
            results.append(VisitResult(visit.visit_id, "no checkout", late, None))
            continue
        on_site = round((check_out - check_in).total_seconds() / 60, 1)
        planned = (end - start).total_seconds() / 60
        if late > grace_minutes:
            status = "late"
        elif on_site < 0.75 * planned:
            status = "short"
        else:
            status = "ok"
        results.append(VisitResult(visit.visit_id, status, late, on_site))
    return results


# --- cases -------------------------------------------------------------------------------

V, C = Visit, Check
Rostered = namedtuple("Rostered", "visit_id client_id carer_id start end")
Tap = namedtuple("Tap", "carer_id client_id kind at")

VISIT = V("V1", "CL7", "C1", "06/05/2024 08:30", "06/05/2024 09:00")
LONG = V("V2", "CL8", "C1", "06/05/2024 10:00", "06/05/2024 11:00")


def tap(kind, at, client="CL7", carer="C1"):
    return C(carer, client, kind, at)


ON_TIME = [tap("in", "06/05/2024 08:29:40"), tap("out", "06/05/2024 09:02:00")]

CASES = [
    ([], []),
    ((), ()),
    ([], ON_TIME),
    ([VISIT], []),
    ([VISIT], ON_TIME),
    ([VISIT], ON_TIME[::-1]),
    ([VISIT], tuple(ON_TIME)),
    ([VISIT, VISIT], ON_TIME),
    ([VISIT, LONG], ON_TIME),
    ([LONG, VISIT], ON_TIME + [tap("in", "06/05/2024 10:05:00", "CL8"), tap("out", "06/05/2024 10:50:00", "CL8")]),
    ([VISIT], [tap("in", "06/05/2024 08:00:00"), tap("out", "06/05/2024 08:40:00")]),
    ([VISIT], [tap("in", "06/05/2024 07:59:59"), tap("out", "06/05/2024 08:40:00")]),
    ([VISIT], [tap("in", "06/05/2024 09:00:00"), tap("out", "06/05/2024 09:00:00")]),
    ([VISIT], [tap("in", "06/05/2024 09:00:01"), tap("out", "06/05/2024 09:30:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 10:00:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 10:00:01")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:29:59")]),
    ([VISIT], [tap("out", "06/05/2024 08:29:59")]),
    ([VISIT], [tap("out", "06/05/2024 08:30:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:40:00"), tap("out", "06/05/2024 09:10:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:40:59"), tap("out", "06/05/2024 09:10:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:41:00"), tap("out", "06/05/2024 09:10:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:41:00"), tap("out", "06/05/2024 09:10:00")], 11),
    ([VISIT], [tap("in", "06/05/2024 08:41:00"), tap("out", "06/05/2024 09:10:00")], 10.5),
    ([VISIT], [tap("in", "06/05/2024 08:41:00"), tap("out", "06/05/2024 09:10:00")], 0),
    ([VISIT], [tap("in", "06/05/2024 08:30:30"), tap("out", "06/05/2024 09:10:00")], 0),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 09:10:00")], -1),
    ([VISIT], [tap("in", "06/05/2024 08:31:00"), tap("out", "06/05/2024 09:10:00")], True),
    ([VISIT], [tap("in", "06/05/2024 08:31:00"), tap("out", "06/05/2024 09:10:00")], False),
    ([VISIT], [tap("in", "06/05/2024 08:31:00"), tap("out", "06/05/2024 09:10:00")], None),
    ([VISIT], [tap("in", "06/05/2024 08:31:00")], None),
    ([VISIT], [], None),
    ([VISIT], [tap("in", "06/05/2024 08:31:00"), tap("out", "06/05/2024 09:10:00")], "10"),
    ([VISIT], [tap("in", "06/05/2024 08:31:00"), tap("out", "06/05/2024 09:10:00")], float("inf")),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:52:30")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:52:29")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:30:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:30:03")]),
    ([VISIT], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:30:09")]),
    ([VISIT], [tap("in", "06/05/2024 08:35:00"), tap("in", "06/05/2024 08:32:00"), tap("in", "06/05/2024 08:33:00"),
               tap("out", "06/05/2024 09:05:00"), tap("out", "06/05/2024 09:01:00"), tap("out", "06/05/2024 08:31:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:32:00"), tap("in", "06/05/2024 08:32:00"), tap("out", "06/05/2024 09:01:00")] * 2),
    ([VISIT], [tap("IN", "06/05/2024 08:32:00"), tap("Out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in ", "06/05/2024 08:32:00"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("arrived", "06/05/2024 08:32:00"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap(None, "06/05/2024 08:32:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:32:00", carer="C2"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:32:00", client="CL8"), tap("out", "06/05/2024 09:01:00", client="CL8")]),
    ([VISIT], [tap("in", "06/05/2024 08:32:00", client="cl7"), tap("out", "06/05/2024 09:01:00")]),
    ([V("V1", 7, 1, "06/05/2024 08:30", "06/05/2024 09:00")], [C(1.0, 7, "in", "06/05/2024 08:32:00"), C(True, 7.0, "out", "06/05/2024 09:01:00")]),
    ([V("V1", 7, "1", "06/05/2024 08:30", "06/05/2024 09:00")], [C(1, 7, "in", "06/05/2024 08:32:00")]),
    ([V("V1", None, None, "06/05/2024 08:30", "06/05/2024 09:00")], [C(None, None, "in", "06/05/2024 08:32:00")]),
    ([V("V1", "CL7", "C1", "06/05/2024 23:30", "07/05/2024 00:15")],
     [tap("in", "06/05/2024 23:31:00"), tap("out", "07/05/2024 00:16:00")]),
    ([V("V1", "CL7", "C1", "28/02/2024 23:50", "29/02/2024 00:20")],
     [tap("in", "29/02/2024 00:01:00"), tap("out", "29/02/2024 00:19:00")]),
    ([V("V1", "CL7", "C1", "31/12/2024 23:45", "01/01/2025 00:15")],
     [tap("in", "31/12/2024 23:44:59"), tap("out", "01/01/2025 01:15:00")]),
    ([V("V1", "CL7", "C1", "06/05/2024 08:30", "06/05/2024 08:30")], [tap("in", "06/05/2024 08:30:00"), tap("out", "06/05/2024 08:30:00")]),
    ([V("V1", "CL7", "C1", "06/05/2024 08:30", "06/05/2024 08:30")], [tap("in", "06/05/2024 08:20:00"), tap("out", "06/05/2024 08:25:00")]),
    ([V("V1", "CL7", "C1", "06/05/2024 09:00", "06/05/2024 08:30")], [tap("in", "06/05/2024 08:35:00"), tap("out", "06/05/2024 08:40:00")]),
    ([V("V1", "CL7", "C1", "06/05/2024 09:00", "06/05/2024 08:30")], [tap("in", "06/05/2024 08:29:00"), tap("out", "06/05/2024 08:40:00")]),
    ([V("V1", "CL7", "C1", "6/5/2024 8:30", "6/5/2024 9:00")], [tap("in", "6/5/2024 8:31:5"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:31:00 "), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in", "2024-05-06T08:31:00"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:31"), tap("out", "06/05/2024 09:01:00")]),
    ([VISIT], [tap("in", "30/02/2024 08:31:00")]),
    ([VISIT], [tap("in", "06/05/2024 24:00:00")]),
    ([VISIT], [tap("in", "06/05/2024 08:31:00", carer="C9"), tap("in", "garbage", carer="C9")]),
    ([VISIT], [tap("in", None)]),
    ([VISIT], [tap("in", datetime(2024, 5, 6, 8, 31))]),
    ([VISIT], [tap("in", b"06/05/2024 08:31:00")]),
    ([], [tap("in", "garbage"), tap("in", None)]),
    ([V("V1", "CL7", "C1", "06/05/2024 08:30 ", "06/05/2024 09:00")], ON_TIME),
    ([V("V1", "CL7", "C1", "06/05/2024 08:30:00", "06/05/2024 09:00")], ON_TIME),
    ([V("V1", "CL7", "C1", "06/05/2024 08:30", None)], ON_TIME),
    ([V("V1", "CL7", "C1", "bad", "06/05/2024 09:00")], [tap("in", None)]),
    ([VISIT, V("V2", "CL7", "C1", "bad", "06/05/2024 09:00")], [tap("in", None)]),
    ([VISIT, V("V2", "CL7", "C1", "bad", "06/05/2024 09:00")], ON_TIME),
    ([VISIT], [None]),
    ([VISIT], ON_TIME + [None]),
    ([VISIT], None),
    ([], None),
    (None, ON_TIME),
    ([None], ON_TIME),
    ([VISIT], "06/05/2024 08:31:00"),
    ([Rostered("R1", "CL7", "C1", "06/05/2024 08:30", "06/05/2024 09:00")], [Tap("C1", "CL7", "in", "06/05/2024 08:31:00"),
                                                                              tap("out", "06/05/2024 09:01:00")]),
    ([SimpleNamespace(visit_id="S1", client_id="CL7", carer_id="C1", start="06/05/2024 08:30", end="06/05/2024 09:00")], ON_TIME),
    ([SimpleNamespace(visit_id="S1", start="06/05/2024 08:30", end="06/05/2024 09:00")], []),
    ([SimpleNamespace(visit_id="S1", start="06/05/2024 08:30", end="06/05/2024 09:00")], ON_TIME),
    ([VISIT], [SimpleNamespace(at="06/05/2024 08:31:00", kind="out")]),
    ([VISIT], [SimpleNamespace(at="06/05/2024 08:31:00", kind="in", carer_id="C2")]),
    ([VISIT], [SimpleNamespace(kind="in")]),
    ([V(("V", 1), "CL7", "C1", "06/05/2024 08:30", "06/05/2024 09:00")], ON_TIME),
    ([V(None, "CL7", "C1", "06/05/2024 08:30", "06/05/2024 09:00")], []),
    ([V("Ünïcode-visit", "Ωmega", "Carer ü", "06/05/2024 08:30", "06/05/2024 09:00")],
     [C("Carer ü", "Ωmega", "in", "06/05/2024 08:33:00"), C("Carer ü", "Ωmega", "out", "06/05/2024 09:04:00")]),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(verify_visits, reference, *case)


def test_keyword_arguments() -> None:
    late = [tap("in", "06/05/2024 08:45:00"), tap("out", "06/05/2024 09:15:00")]
    assert_same(verify_visits, reference, checks=late, visits=[VISIT], grace_minutes=20)
    assert_same(verify_visits, reference, [VISIT], checks=late)


def _random_cases():
    rng = random.Random(652024)
    base = datetime(2024, 5, 6, 8, 0)
    for _ in range(260):
        visits = []
        for n in range(rng.randint(0, 5)):
            start = base + timedelta(minutes=rng.randrange(0, 300, 15))
            end = start + timedelta(minutes=rng.choice([15, 30, 45, 60]))
            visits.append(V(f"V{n}", rng.choice(["CL1", "CL2"]), rng.choice(["C1", "C1", "C2"]),
                            start.strftime("%d/%m/%Y %H:%M"), end.strftime("%d/%m/%Y %H:%M")))
        checks = []
        for _ in range(rng.randint(0, 12)):
            if visits and rng.random() < 0.8:
                visit = rng.choice(visits)
                at = datetime.strptime(visit.start, "%d/%m/%Y %H:%M") + timedelta(seconds=rng.randint(-45 * 60, 90 * 60))
                checks.append(C(visit.carer_id, visit.client_id, rng.choice(["in", "out"]), at.strftime("%d/%m/%Y %H:%M:%S")))
            else:
                at = base + timedelta(seconds=rng.randint(0, 6 * 3600))
                checks.append(C(rng.choice(["C1", "C2"]), rng.choice(["CL1", "CL2"]), rng.choice(["in", "out"]),
                                at.strftime("%d/%m/%Y %H:%M:%S")))
        if rng.random() < 0.2:
            checks = tuple(checks)
        yield (visits, checks) if rng.random() < 0.6 else (visits, checks, rng.choice([0, 5, 10, 15, 30]))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(verify_visits, reference, *case)


def test_carer_week() -> None:
    rng = random.Random(3)
    visits, checks = [], []
    clock = datetime(2024, 5, 6, 7, 0)
    for n in range(40):
        client = f"CL{rng.randint(1, 8)}"
        length = rng.choice([30, 45, 60])
        start, end = clock, clock + timedelta(minutes=length)
        visits.append(V(f"V{n}", client, "C1", start.strftime("%d/%m/%Y %H:%M"), end.strftime("%d/%m/%Y %H:%M")))
        arrive = start + timedelta(seconds=rng.gauss(240, 400))
        checks.append(C("C1", client, "in", arrive.strftime("%d/%m/%Y %H:%M:%S")))
        if rng.random() < 0.9:
            leave = arrive + timedelta(minutes=length * rng.uniform(0.6, 1.1))
            checks.append(C("C1", client, "out", leave.strftime("%d/%m/%Y %H:%M:%S")))
        clock = end + timedelta(minutes=rng.choice([15, 30, 60, 600]))
    rng.shuffle(checks)
    assert_same(verify_visits, reference, visits, checks)
