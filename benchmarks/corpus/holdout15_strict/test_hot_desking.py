"""Strict equivalence tests for DeskPool.replay (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from deskbook.pool import BadgeEvent, DeskPool

TARGET = "deskbook/pool.py:DeskPool.replay"


def desk_key(label):
    floor, _, number = label.partition("-")
    floor_number = 0 if floor.upper() == "G" else int(floor)
    return floor_number, int(number)


def reference(self, events):
    free = sorted(self.desks, key=desk_key)
    held = {}
    allocations = []
    turned_away = []
    stray = 0
    peak = 0
    for event in events:
        if event.action == "in":
            if event.person in held or event.person in self.blocked_people:
                continue
            if not free:
                turned_away.append((event.time, event.person))
                continue
            desk = free.pop(0)
            held[event.person] = desk
            allocations.append((event.time, event.person, desk))
            peak = max(peak, len(held))
        elif event.action == "out":
            desk = held.pop(event.person, None)
            if desk is None:
                stray += 1
                continue
            free.append(desk)
            free.sort(key=desk_key)
        else:
            raise ValueError(f"unknown badge action {event.action!r}")
    return {"allocations": allocations, "turned_away": turned_away, "stray_outs": stray, "peak": peak}


def ev(spec):
    """'08:00 ana in; 09:00 ana out' -> events."""
    out = []
    for part in spec.split(";"):
        if part.strip():
            time, person, action = part.split()
            out.append(BadgeEvent(time, person, action))
    return out


D = ["2-001", "G-010", "1-002", "1-010", "G-002"]


def check(desks, events, blocked=None):
    pool = DeskPool(desks) if blocked is None else DeskPool(desks, blocked)
    assert_same(DeskPool.replay, reference, pool, events)


CASES = [
    ([], []),
    (D, []),
    ([], ev("08:00 a in")),
    ([], ev("08:00 a out")),
    (D, ev("08:00 a in")),
    (D, ev("08:00 a in; 08:01 a in")),
    (D, ev("08:00 a in; 08:01 a out; 08:02 a out")),
    (D, ev("08:00 a in; 08:01 a out; 08:02 a in")),
    (D, ev("08:00 a in; 08:01 b in; 08:02 a out; 08:03 c in; 08:04 d in")),
    (D, ev("08:00 a in; 08:01 b in; 08:02 c in; 08:03 d in; 08:04 e in; 08:05 f in; 08:06 g in")),
    (D, ev("08:00 a in; 08:01 b in; 08:02 c in; 08:03 d in; 08:04 e in; 08:05 f in; 08:06 c out; 08:07 f in; 08:08 g in")),
    (D, ev("08:00 a in; 08:01 b in; 08:02 b out; 08:03 a out; 08:04 c in; 08:05 d in")),
    (D, ev("08:00 a in; 08:01 b in; 08:02 a out; 08:03 b out; 08:04 c in; 08:05 d in")),
    (D, ev("08:00 z out; 08:00 y out")),
    (["1-001"], ev("08:00 a in; 08:00 b in; 08:00 b in; 08:01 a out; 08:02 b in")),
    (["1-001", "1-001"], ev("08:00 a in; 08:00 b in; 08:01 a out; 08:02 c in; 08:03 b out; 08:04 d in")),
    (["1-01", "1-001", "1-1"], ev("08:00 a in; 08:00 b in; 08:00 c in")),
    (["1-01", "1-001", "1-1"], ev("08:00 a in; 08:00 b in; 08:00 c in; 09:00 a out; 09:01 d in")),
    (["1-01", "1-001", "1-1"], ev("08:00 a in; 08:00 b in; 08:00 c in; 09:00 b out; 09:00 a out; 09:01 d in; 09:02 e in")),
    (["1-1", "1-01", "1-001"], ev("08:00 a in; 08:00 b in; 09:00 a out; 09:00 b out; 09:01 c in; 09:02 d in; 09:03 e in")),
    (["g-001", "G-1", "0-001", "G-000"], ev("08:00 a in; 08:00 b in; 08:00 c in; 08:00 d in; 09:00 b out; 09:00 a out; 10:00 e in")),
    (["10-001", "9-999", "-1-005"], ev("08:00 a in; 08:00 b in; 08:00 c in")),
    (["1--5", "1-0", "1-+3"], ev("08:00 a in; 08:00 b in; 08:00 c in")),
    ([" 1- 5", "1-4 "], ev("08:00 a in; 08:00 b in")),
    (["1-٣", "1-2"], ev("08:00 a in; 08:00 b in")),
    (["X-001"], []),
    (["1-abc"], ev("08:00 a in")),
    (["12"], []),
    (["1-001", "G-"], ev("08:00 a in")),
    ([None], []),
    ([101], []),
    (("1-002", "1-001"), ev("08:00 a in")),
    (D, ev("08:00 a in; 08:01 a lunch")),
    (D, ev("08:00 a IN")),
    (D, ev("08:00 a Out")),
    (D, ev("08:00 a in; 09:00 a out; 09:30 b in; 10:00 a bogus; 11:00 c in")),
    (D, [BadgeEvent("08:00", "ana", None)]),
    (D, [BadgeEvent(None, "ana", "in"), BadgeEvent(480, "ben", "in")]),
    (D, [BadgeEvent("08:00", None, "in"), BadgeEvent("08:00", None, "in"), BadgeEvent("09:00", None, "out")]),
    (D, [BadgeEvent("08:00", 1, "in"), BadgeEvent("08:00", 1.0, "in"), BadgeEvent("08:00", True, "in")]),
    (D, [BadgeEvent("08:00", ("a", 1), "in"), BadgeEvent("08:00", ("a", 1), "out")]),
    (D, [BadgeEvent("08:00", ["a"], "in")]),
    (D, [BadgeEvent("08:00", ["a"], "out")]),
    (D, ev("08:00 Zoë in; 08:00 zoë in; 08:01 Zoë out; 08:02 ÅSA in")),
    (["1-005", "1-004", "1-003", "1-002", "1-001"], ev("; ".join(f"08:0{i} p{i} in" for i in range(5)) + "; 09:00 p4 out; 09:00 p0 out; 09:00 p2 out; 09:05 q in; 09:06 r in; 09:07 s in; 09:08 t in")),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    check(*case)


BLOCKED_CASES = [
    (D, ev("08:00 a in; 08:01 b in"), {"a"}),
    (D, ev("08:00 a in; 08:01 a out"), {"a"}),
    (D, ev("08:00 a in; 08:01 b in"), ["b", "b"]),
    (D, ev("08:00 a in; 08:01 b in"), ("a",)),
    (D, ev("08:00 a in; 08:01 b in"), "abc"),
    (D, ev("08:00 a in; 08:01 b in"), {"a": True}),
    (D, ev("08:00 a out"), None),
    (D, ev("08:00 a in"), None),
    (D, [], None),
    (["1-001"], ev("08:00 a in; 08:00 b in"), set()),
]


@pytest.mark.parametrize("case", BLOCKED_CASES)
def test_blocked(case) -> None:
    desks, events, blocked = case
    assert_same(DeskPool.replay, reference, DeskPool(desks, blocked), events)


def _random_cases():
    rng = random.Random(4711)
    for index in range(120):
        floors = rng.sample(["G", "g", "1", "2", "10", "0"], rng.randint(1, 3))
        desks = [f"{rng.choice(floors)}-{rng.randint(0, 12):0{rng.choice([1, 2, 3])}d}" for _ in range(rng.randint(0, 9))]
        people = [f"p{n}" for n in range(rng.randint(1, 12))]
        events = []
        for minute in range(rng.randint(0, 40)):
            action = rng.choice(["in", "in", "out", "out"] + (["away"] if index % 29 == 0 else []))
            events.append(BadgeEvent(f"{8 + minute // 60:02d}:{minute % 60:02d}", rng.choice(people), action))
        blocked = set(rng.sample(people, rng.randint(0, min(2, len(people)))))
        yield desks, events, blocked


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    desks, events, blocked = case
    assert_same(DeskPool.replay, reference, DeskPool(desks, blocked), events)


def test_large_day() -> None:
    rng = random.Random(3)
    desks = [f"{f}-{n:03d}" for f in ("G", "1", "2") for n in range(1, 61)]
    rng.shuffle(desks)
    events = []
    for minute in range(1500):
        events.append(BadgeEvent(f"{minute:04d}", f"e{rng.randrange(220)}", rng.choice(["in", "in", "out"])))
    assert_same(DeskPool.replay, reference, DeskPool(desks, {"e7", "e19"}), events)
