"""Strict equivalence tests for flag_conflicts (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from volunteer_hours.checks import flag_conflicts

TARGET = "volunteer_hours/checks.py:flag_conflicts"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(entries):
    results = []
    for index, entry in enumerate(entries):
        status, clash = "ok", None
        for earlier in range(index):
            if results[earlier][1] != "ok":
                continue
            other = entries[earlier]
            if other["volunteer"] != entry["volunteer"] or other["date"] != entry["date"]:
                continue
            if other["start"] == entry["start"] and other["end"] == entry["end"]:
                status, clash = "duplicate", earlier
                break
            if other["start"] < entry["end"] and entry["start"] < other["end"]:
                status, clash = "overlap", earlier
                break
        results.append((index, status, clash))
    return results


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")


def e(volunteer, day, start, end, site="Main", **extra):
    return {"volunteer": volunteer, "date": day, "start": start, "end": end, "site": site, **extra}


CASES = [
    [],
    (),
    [e("V1", "d1", 540, 720)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 540, 720)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 540, 720), e("V1", "d1", 540, 720)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 540, 720, "Van")],
    [e("V1", "d1", 540, 720), e("V1", "d1", 700, 800)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 720, 800)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 400, 540)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 400, 541)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 600, 610)],
    [e("V1", "d1", 600, 610), e("V1", "d1", 540, 720)],
    [e("V1", "d1", 540, 720), e("V2", "d1", 540, 720), e("V1", "d2", 540, 720)],
    [e("V1", "d1", 540, 600), e("V1", "d1", 560, 700), e("V1", "d1", 650, 700)],
    [e("V1", "d1", 540, 600), e("V1", "d1", 600, 660), e("V1", "d1", 590, 610)],
    [e("V1", "d1", 540, 600), e("V1", "d1", 540, 600), e("V1", "d1", 540, 600), e("V1", "d1", 545, 546)],
    [e("V1", "d1", 600, 660), e("V1", "d1", 540, 600), e("V1", "d1", 540, 600)],
    [e("V1", "d1", 540, 600), e("V1", "d1", 600, 660), e("V1", "d1", 540, 660)],
    [e("V1", "d1", 600, 600), e("V1", "d1", 600, 600)],
    [e("V1", "d1", 600, 600), e("V1", "d1", 540, 660)],
    [e("V1", "d1", 540, 660), e("V1", "d1", 600, 600)],
    [e("V1", "d1", 600, 540), e("V1", "d1", 560, 580)],
    [e("V1", "d1", 600, 540), e("V1", "d1", 600, 540)],
    [e("V1", "d1", -60, 30), e("V1", "d1", 0, 10)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 540.0, 720.0)],
    [e("V1", "d1", 540, 720), e("V1", "d1", 539.5, 540.5)],
    [e("V1", "d1", 540, 720), e("V1", "d1", True, 541)],
    [e("V1", "d1", "09:00", "12:00"), e("V1", "d1", "11:00", "13:00"), e("V1", "d1", "9:30", "10:00")],
    [e("V1", "d1", "09:00", "12:00"), e("V1", "d1", 600, 700)],
    [e("V1", "d1", "09:00", "12:00"), e("V1", "d2", 600, 700)],
    [e("V1", "d1", 540, None), e("V1", "d1", 540, None)],
    [e("V1", "d1", 540, None), e("V1", "d1", 600, 700)],
    [e("V1", "d1", None, None), e("V2", "d1", 600, 700)],
    [e("V1", "d1", NAN, 600), e("V1", "d1", 500, 700)],
    [e("V1", "d1", 500, NAN), e("V1", "d1", 500, NAN)],
    [e("V1", "d1", 500, 700), e("V1", "d1", NAN, NAN)],
    [e("v1", "d1", 540, 720), e("V1", "d1", 540, 720)],
    [e(1, "d1", 540, 720), e(1.0, "d1", 540, 720), e(True, "d1", 540, 720)],
    [e(None, None, 540, 720), e(None, None, 600, 700)],
    [e(["V1"], "d1", 540, 720), e(["V1"], "d1", 600, 700)],
    [e({"id": 1}, "d1", 540, 720), e({"id": 1}, "d1", 540, 720)],
    [e("V1", ["d1"], 540, 720), e("V1", ["d1"], 540, 720)],
    [e(NAN, "d1", 540, 720), e(NAN, "d1", 540, 720)],
    [e("V1", "2024-03-02", 540, 720), e("V1", "2024-3-2", 540, 720)],
    [{"volunteer": "V1"}],
    [{}],
    [{"volunteer": "V1"}, {"volunteer": "V2"}],
    [{"volunteer": "V1"}, {"volunteer": "V1"}],
    [{"volunteer": "V1", "date": "d1"}, {"volunteer": "V1", "date": "d2"}],
    [{"volunteer": "V1", "date": "d1"}, {"volunteer": "V1", "date": "d1"}],
    [e("V1", "d1", 540, 720), {"volunteer": "V2", "date": "d1"}],
    [e("V1", "d1", 540, 720), {"volunteer": "V1", "date": "d1", "start": 540}],
    [e("V1", "d1", 540, 720), {"volunteer": "V1", "date": "d1", "end": 600}],
    [e("V1", "d1", 540, 720), e("V1", "d1", 540, 720), {"volunteer": "V1", "date": "d1"}],
    [e("V1", "d1", 540, 720), None],
    [None],
    [None, None],
    None,
    [e("V1", "d1", 540, 720, note="first"), e("V1", "d1", 540, 720, note="second")],
]
# A busy volunteer's day with many overlapping logs.
_rng = random.Random(3501)
BUSY = [e(_rng.choice(["V1", "V2"]), _rng.choice(["d1", "d2"]), s, s + _rng.choice([0, 30, 60, 120]))
        for s in (_rng.randrange(480, 960, 15) for _ in range(120))]
CASES += [BUSY[:n] for n in (3, 10, 25, 60, 120)]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(flag_conflicts, reference, case)


def test_keyword_argument() -> None:
    assert_same(flag_conflicts, reference, entries=BUSY[:30])


def test_shared_entry_objects() -> None:
    shared = e("V1", "d1", 540, 720)
    assert_same(flag_conflicts, reference, [shared, shared, e("V1", "d1", 600, 700), shared])


def _random_cases():
    rng = random.Random(35017)
    for _ in range(220):
        entries = []
        for _ in range(rng.choice([0, 1, 2, 6, 20, 60])):
            if entries and rng.random() < 0.1:
                entries.append(dict(rng.choice(entries)))
                continue
            start = rng.randrange(420, 1080, rng.choice([15, 30, 60]))
            entries.append(e(rng.choice(["V1", "V2", "V3"]), rng.choice(["2024-05-01", "2024-05-02"]),
                             start, start + rng.choice([0, 15, 60, 120, 240]), rng.choice(["Main", "Van"])))
        yield entries


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(flag_conflicts, reference, case)
