"""Strict equivalence tests for merge_trails (never shown to wattlens)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from audittrail.events import AuditEvent
from audittrail.merge import merge_trails
from strict_support import assert_same

TARGET = "audittrail/merge.py:merge_trails"


# --- verbatim copy of the original implementation ----------------------------------------

def reference(trails):
    positions = [0] * len(trails)
    merged = []
    seen = set()
    while True:
        best = None
        for index, trail in enumerate(trails):
            if positions[index] < len(trail):
                event = trail[positions[index]]
                if best is None or event.timestamp_us < trails[best][positions[best]].timestamp_us:
                    best = index
        if best is None:
            break
        event = trails[best][positions[best]]
        positions[best] += 1
        key = (event.server, event.sequence)
        if key not in seen:
            seen.add(key)
            merged.append(event)
    return merged


# --- cases -------------------------------------------------------------------------------

def ev(ts, server="a", seq=1, actor="ops", action="login", target=""):
    return AuditEvent(ts, server, seq, actor, action, target)


A = [ev(1, "a", 1), ev(5, "a", 2), ev(9, "a", 3)]
B = [ev(2, "b", 1), ev(3, "b", 2), ev(9, "b", 3), ev(12, "b", 4)]
C = [ev(0, "c", 1), ev(9, "c", 2)]

CASES = [
    [],
    [[]],
    [[], [], []],
    [A],
    [[], A, []],
    [A, B],
    [B, A],
    [A, B, C],
    [C, B, A],
    [A, A],
    [A, A[1:], A[:1]],
    [A[1:], A],
    [B, B[::2], B[1::2]],
    [[ev(5, "a", 1)], [ev(5, "b", 1)]],
    [[ev(5, "b", 1)], [ev(5, "a", 1)]],
    [[ev(5, "a", 1), ev(5, "a", 2)], [ev(5, "b", 1), ev(5, "b", 2)]],
    [[ev(5, "a", 1), ev(5, "a", 2)], [ev(5, "b", 1), ev(4, "b", 2)]],
    [[ev(5, "a", 1), ev(1, "a", 2)], [ev(3, "b", 1)]],
    [[ev(9, "a", 1), ev(8, "a", 2), ev(7, "a", 3)], [ev(8, "b", 1), ev(7, "b", 2)]],
    [[ev(1, "a", 1), ev(2, "a", 1), ev(3, "a", 1)]],
    [[ev(1, "a", 1, "x")], [ev(1, "a", 1, "y")]],
    [[ev(2, "a", 1, "x")], [ev(1, "a", 1, "y")]],
    [[ev(1, "a", 1)], [ev(1, "b", 1)], [ev(1, "a", 1)], [ev(1, "b", 1)]],
    [[ev(1, "a", 1)], [ev(1, "A", 1)], [ev(1, "a", 2)]],
    [[ev(1, "a", 1)], [ev(2, "a", 1.0)], [ev(3, "a", True)]],
    [[ev(1, "", 0)], [ev(1, "", 0)], [ev(0, "", -1)]],
    [[ev(-5, "a", 1), ev(0, "a", 2)], [ev(-10, "b", 1)]],
    [[ev(10 ** 30, "a", 1)], [ev(10 ** 30 - 1, "b", 1)], [ev(10 ** 30, "c", 1)]],
    [[ev(1.5, "a", 1), ev(2, "a", 2)], [ev(1, "b", 1), ev(2.0, "b", 2)]],
    [[ev(0.1 + 0.2, "a", 1)], [ev(0.3, "b", 1)]],
    [[ev(True, "a", 1)], [ev(1, "b", 1)], [ev(False, "c", 1)]],
    [[ev("2024-06-01T10:00", "a", 1), ev("2024-06-01T10:05", "a", 2)], [ev("2024-06-01T10:01", "b", 1)]],
    [[ev(3, "é", 1)], [ev(3, "e", 1)], [ev(2, "日本", 1)]],
    [[ev(None, "a", 1), ev(None, "a", 2)]],
    [[ev(None, "a", 1)], []],
    [[], [ev(1, "a", 1)], [], [ev(0, "b", 1)], []],
    ((ev(1, "a", 1), ev(3, "a", 2)), (ev(2, "b", 1),)),
    ([ev(1, "a", 1), ev(3, "a", 2)], (ev(2, "b", 1),)),
    [[SimpleNamespace(timestamp_us=2, server="s", sequence=1)], [SimpleNamespace(timestamp_us=1, server="t", sequence=1)]],
    [[SimpleNamespace(timestamp_us=2, server="s", sequence=1)], [SimpleNamespace(timestamp_us=1, server="s", sequence=1)]],
    [[ev(i, "a", i) for i in range(0, 60, 3)], [ev(i, "b", i) for i in range(0, 60, 2)], [ev(i, "c", i) for i in range(60)]],
    [[ev(i // 4, "a", i) for i in range(40)] for _ in range(5)],
    [[ev(7, f"s{k}", i) for i in range(5)] for k in range(6)],
    # invalid input
    None,
    [None],
    [A, None],
    [[None]],
    [[None], [ev(1)]],
    [[ev(1)], [None]],
    [[1, 2, 3]],
    [A, [ev(None, "b", 1)]],
    [[ev("1", "a", 1)], [ev(2, "b", 1)]],
    [[ev(1, [], 1)]],
    [[ev(1, "a", {})]],
    5,
]


@pytest.mark.parametrize("trails", CASES)
def test_cases(trails) -> None:
    assert_same(merge_trails, reference, trails)


def test_keyword_argument() -> None:
    assert_same(merge_trails, reference, trails=[A, B])


def test_inputs_are_not_modified_and_events_are_the_same_objects() -> None:
    trails = [list(A), list(B), list(A)]
    merged = merge_trails(trails)
    assert trails == [A, B, A]
    assert all(any(event is original for original in A + B) for event in merged)
    assert merge_trails(trails) is not merged


def _trail(rng, server, start_seq):
    clock = rng.randint(0, 30)
    events = []
    for seq in range(start_seq, start_seq + rng.randint(0, 25)):
        clock += rng.choice([0, 0, 1, 1, 2, 5, 13])
        if rng.random() < 0.05:
            clock -= rng.randint(1, 10)  # clock step back
        events.append(ev(clock, server, seq, rng.choice(["al", "bo", "cy"]), rng.choice(["login", "pay"])))
    return events


def _random_cases():
    rng = random.Random(8080)
    for index in range(180):
        servers = ["app-1", "app-2", "app-3", "db", "é"]
        trails = [_trail(rng, rng.choice(servers), rng.choice([1, 1, 10, 20])) for _ in range(rng.randint(0, 8))]
        for _ in range(rng.randint(0, 3)):
            if trails:
                source = rng.choice(trails)
                start = rng.randint(0, len(source))
                copy = source[start:start + rng.randint(0, 10)]
                if rng.random() < 0.3:
                    copy = [AuditEvent(e.timestamp_us + rng.choice([-1, 0, 1]), e.server, e.sequence, "replay", e.action) for e in copy]
                trails.insert(rng.randint(0, len(trails)), copy)
        if index % 10 == 0:
            trails.append([])
        yield trails


@pytest.mark.parametrize("trails", list(_random_cases()))
def test_random(trails) -> None:
    assert_same(merge_trails, reference, trails)


def test_many_servers() -> None:
    rng = random.Random(99)
    trails = []
    for n in range(150):
        clock = rng.randint(0, 1000)
        trail = []
        for seq in range(rng.randint(0, 60)):
            clock += rng.randint(0, 300)
            trail.append(ev(clock, f"pay-{n % 140:03d}", seq, "u", "pay"))
        trails.append(trail)
    trails += [trails[3][10:30], trails[77], trails[140]]
    assert_same(merge_trails, reference, trails)
