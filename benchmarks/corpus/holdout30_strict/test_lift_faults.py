"""Strict equivalence tests for repeat_callouts (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from strict_support import assert_same
from lift_faults.repeats import repeat_callouts

TARGET = "lift_faults/repeats.py:repeat_callouts"


# --- verbatim copy of the original implementation ---------------------------------------------

STAMP = "%Y-%m-%d %H:%M"


def reference(events, window_hours=72):
    if window_hours < 0:
        raise ValueError("the repeat window cannot be negative")
    repeats = []
    for index, event in enumerate(events):
        raised = datetime.strptime(event["raised"], STAMP)
        previous = None
        previous_at = None
        for other_index, other in enumerate(events):
            if other_index == index or other["lift"] != event["lift"]:
                continue
            other_at = datetime.strptime(other["raised"], STAMP)
            if other_at < raised or (other_at == raised and other_index < index):
                if previous_at is None or other_at >= previous_at:
                    previous, previous_at = other_index, other_at
        if previous is not None:
            hours = (raised - previous_at).total_seconds() / 3600
            if hours <= window_hours:
                repeats.append((index, previous, hours))
    return repeats


# --- cases -------------------------------------------------------------------------------

def call(raised, lift="S/L1", code="DOOR"):
    return {"raised": raised, "site": "S", "lift": lift, "code": code, "notes": ""}


A = "2024-03-01 08:00"
B = "2024-03-02 20:00"
C = "2024-03-05 08:00"

CASES = [
    ([],),
    ([], 0),
    ([], -1),
    ((),),
    ([call(A)],),
    ([call(A), call(B)],),
    ([call(B), call(A)],),
    ((call(A), call(B)),),
    ([call(A), call(C)],),
    ([call(A), call(C)], 96),
    ([call(A), call(C)], 95.99),
    ([call(A), call(B)], 36),
    ([call(A), call(B)], 35.9),
    ([call(A), call(B)], 0),
    ([call(A), call(A)], 0),
    ([call(A), call(A), call(A)],),
    ([call(A), call(B), call(A), call(B)],),
    ([call(B), call(A), call(B), call(A)], 0),
    ([call("2024-03-03 08:00"), call("2024-03-01 08:00"), call("2024-03-02 08:00")],),
    ([call(A, "S/L1"), call(B, "S/L2")],),
    ([call(A, "S/L1"), call(B, "S/L2"), call(C, "S/L1"), call(C, "S/L2")], 200),
    ([call(A, "s/l1"), call(B, "S/L1")],),
    ([call(A, 1), call(B, 1.0), call(C, True)], 1000),
    ([call(A, None), call(B, None)],),
    ([call("2024-3-1 8:00"), call("2024-03-01 08:00")],),
    ([call("2024-03-01 08:00"), call("2024-3-1 8:0")],),
    ([call("2024-03-01 8:05"), call("2024-03-01 08:5")],),
    ([call("2024-02-28 23:30"), call("2024-02-29 00:10"), call("2024-03-01 00:00")],),
    ([call("2023-12-31 23:59"), call("2024-01-01 00:00")], 0.0166),
    ([call("2023-12-31 23:59"), call("2024-01-01 00:00")], 0.017),
    ([call("1900-01-01 00:00"), call("9999-12-31 23:59")], 10 ** 9),
    ([call(A), call(B)], True),
    ([call(A), call(A)], False),
    ([call(A), call(B)], float("inf")),
    ([call(A), call(B)], float("nan")),
    ([call(A)], -1),
    ([call(A), call(B)], -0.5),
    ([call(A)], None),
    ([call(A)], "72"),
    ([call("01/03/2024 08:00")],),
    ([call(A), call("2024-03-01 08:00:00")],),
    ([call(A), call("2023-02-29 10:00")],),
    ([call(A), call("2024-03-01T08:00")],),
    ([call(A), call("")],),
    ([call(A), call("2024-03-01 08:00", "S/L2"), call("garbage", "S/L3")],),
    ([call(A), {"raised": None, "lift": "S/L1"}],),
    ([{"raised": A, "lift": "S/L1"}, {"raised": B, "lift": "S/L1", "extra": 1}],),
    (None,),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(repeat_callouts, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(repeat_callouts, reference, events=[call(A), call(B)], window_hours=24)
    assert_same(repeat_callouts, reference, [call(A), call(B), call(C)], window_hours=100)


def _random_cases():
    rng = random.Random(30066)
    for _ in range(240):
        lifts = [f"SITE-{rng.choice('AB')}/L{number}" for number in range(rng.randint(1, 4))]
        events = []
        for _ in range(rng.randint(0, 40)):
            moment = datetime(2024, rng.choice([2, 3]), rng.randint(1, 28), rng.choice([0, 8, 9, 23]), rng.choice([0, 0, 15, 59]))
            stamp = moment.strftime(STAMP) if rng.random() < 0.9 else f"{moment.year}-{moment.month}-{moment.day} {moment.hour}:{moment.minute}"
            events.append(call(stamp, rng.choice(lifts), rng.choice(["DOOR", "TRAP"])))
        if events and rng.random() < 0.2:
            events += [dict(event) for event in rng.sample(events, min(3, len(events)))]
        window = rng.choice([72, 72, 0, 1, 24, 48.5, 200, 10 ** 6])
        case = (events if rng.random() < 0.9 else tuple(events),)
        yield case if rng.random() < 0.3 else case + (window,)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(repeat_callouts, reference, *case)
