"""Strict equivalence tests for replay_repairs (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from pothole_repairs.replay import replay_repairs

TARGET = "pothole_repairs/replay.py:replay_repairs"

ROAD_HIERARCHY = {"A": 1, "B": 2, "C": 3, "U": 4}


# --- verbatim copy of the original implementation ---------------------------------------------

def _priority(defect):
    return (defect["category"], ROAD_HIERARCHY[defect["road"]], defect["reported"], defect["ref"])


def reference(defects, gangs):
    for defect in defects:
        if defect["depot"] not in gangs:
            raise ValueError(f"defect {defect['ref']}: unknown depot {defect['depot']!r}")
    arrivals = sorted(defects, key=lambda defect: defect["reported"])
    results = []
    for depot, count in gangs.items():
        queue = [defect for defect in arrivals if defect["depot"] == depot]
        free = [0] * count
        waiting = []
        index = 0
        while index < len(queue) or waiting:
            gang = min(range(count), key=free.__getitem__)
            now = free[gang]
            if not waiting:
                now = max(now, queue[index]["reported"])
            while index < len(queue) and queue[index]["reported"] <= now:
                waiting.append(queue[index])
                index += 1
            waiting.sort(key=_priority)
            defect = waiting.pop(0)
            done = now + defect["repair_minutes"]
            free[gang] = done
            results.append({"ref": defect["ref"], "depot": depot, "gang": gang, "start": now,
                            "done": done, "wait": now - defect["reported"]})
    return results


# --- cases -------------------------------------------------------------------------------

NAN = float("nan")


def d(ref, reported, category=2, road="B", depot="north", minutes=60, **extra):
    return {"ref": ref, "reported": reported, "category": category, "road": road, "depot": depot,
            "repair_minutes": minutes, **extra}


CASES = [
    ([], {}),
    ([], {"north": 1}),
    ([], {"north": 0}),
    ((), {"north": 2, "south": 1}),
    ([d("A", 0)], {}),
    ([d("A", 0)], {"north": 1}),
    ([d("A", 0)], {"south": 1}),
    ([d("A", 0)], {"north": 0}),
    ([d("A", 0)], {"north": -1}),
    ([d("A", 0)], {"north": True}),
    ([d("A", 0)], {"north": 1.5}),
    ([d("A", 0)], {"north": None}),
    ([d("A", 0)], {"north": 3}),
    ([d("A", 0, depot="south")], {"north": 0, "south": 1}),
    ([d("A", 0, road="M")], {"north": 1}),
    ([d("A", 0, road="M"), d("B", 0)], {"north": 1}),
    ([d("A", 0), d("B", 500, road="M")], {"north": 1}),
    ([d("A", 0, road="a")], {"north": 1}),
    ([d("A", 0), d("B", 10)], {"north": 1}),
    ([d("B", 10), d("A", 0)], {"north": 1}),
    ([d("A", 0), d("B", 0), d("C", 0)], {"north": 1}),
    ([d("C", 0), d("B", 0), d("A", 0)], {"north": 1}),
    ([d("A", 0), d("A", 0), d("A", 0)], {"north": 1}),
    ([d("A", 0, minutes=10), d("A", 0, minutes=20), d("A", 0, minutes=30)], {"north": 2}),
    ([d("A", 0), d("B", 5, 3), d("C", 6, road="U"), d("D", 7, road="A"), d("E", 8, 1, "U")], {"north": 1}),
    ([d("A", 0), d("B", 5, 3), d("C", 6, road="U"), d("D", 7, road="A"), d("E", 8, 1, "U")], {"north": 2}),
    ([d("A", 0), d("B", 0), d("C", 5)], {"north": 2}),
    ([d("A", 0, minutes=30), d("B", 1000)], {"north": 1}),
    ([d("A", 0, depot="south"), d("B", 0)], {"north": 1, "south": 1}),
    ([d("A", 0, depot="south"), d("B", 0)], {"south": 1, "north": 1}),
    ([d("A", 0, depot="south"), d("B", 0)], {"south": 1, "north": 1, "east": 4}),
    ([d("A", 0, minutes=0), d("B", 0, minutes=0)], {"north": 1}),
    ([d("A", 0, minutes=-30), d("B", 0, minutes=50), d("C", 10)], {"north": 1}),
    ([d("A", 0, minutes=-30), d("B", 0, minutes=50), d("C", 10)], {"north": 2}),
    ([d("A", 0, minutes=12.5), d("B", 3.25), d("C", 7)], {"north": 1}),
    ([d("A", -100), d("B", -50)], {"north": 1}),
    ([d("A", 100), d("B", 100.0)], {"north": 1}),
    ([d("A", NAN)], {"north": 1}),
    ([d("A", 0), d("B", NAN), d("C", 5)], {"north": 1}),
    ([d("A", 0), d("B", 0, 2, "B", ref_note="x")], {"north": 1}),
    ([d(None, 0), d("B", 0)], {"north": 1}),
    ([d(None, 0), d(None, 0)], {"north": 1}),
    ([d(1, 0), d(2, 0), d(0, 0)], {"north": 1}),
    ([d(("x", 1), 0), d(("x", 0), 0)], {"north": 1}),
    ([d("A", 0, category=None)], {"north": 1}),
    ([d("A", 0, category=None), d("B", 0)], {"north": 1}),
    ([d("A", 0, category=2.0), d("B", 0, category=2)], {"north": 1}),
    ([d("A", 0, minutes=None)], {"north": 1}),
    ([d("A", "0")], {"north": 1}),
    ([d("A", 0), d("B", "0")], {"north": 1}),
    ([{"ref": "A", "reported": 0}], {"north": 1}),
    ([{"ref": "A", "reported": 0, "depot": "north"}], {"north": 1}),
    ([{"reported": 0, "depot": "south"}], {"north": 1}),
    ([d("A", 0, depot=None)], {None: 1}),
    ([d("A", 0, depot=["north"])], {"north": 1}),
    ([d("A", 0)], None),
    ([d("A", 0)], [("north", 1)]),
    (None, {"north": 1}),
    ([None], {"north": 1}),
]
# A backlog: everything reported at once, one gang, so the priority order is all that matters.
_rng = random.Random(345)
BACKLOG = [d(f"D{i:03d}", _rng.choice([0, 0, 1, 2]), _rng.randint(1, 4), _rng.choice("ABCU"),
             minutes=_rng.randint(10, 90)) for i in range(60)]
CASES += [(BACKLOG[:n], {"north": gangs}) for n in (2, 5, 17, 60) for gangs in (1, 2, 5)]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(replay_repairs, reference, *case)


def test_keyword_arguments() -> None:
    assert_same(replay_repairs, reference, defects=BACKLOG[:10], gangs={"north": 2})
    assert_same(replay_repairs, reference, BACKLOG[:10], gangs={"north": 1})


def test_shared_defect_objects() -> None:
    shared = d("S", 0)
    assert_same(replay_repairs, reference, [shared, shared, d("T", 1)], {"north": 1})


def _random_cases():
    rng = random.Random(34533)
    depots = ["north", "east", "south"]
    for _ in range(220):
        gangs = {depot: rng.choice([1, 1, 2, 3]) for depot in rng.sample(depots, rng.randint(1, 3))}
        defects = []
        time = 0
        for number in range(rng.choice([0, 1, 3, 10, 40, 120])):
            time += rng.choice([0, 0, 1, 5, 20, 60])
            defects.append(d(f"R{rng.randint(0, 60):02d}" if rng.random() < 0.2 else f"R{number:03d}",
                             time if rng.random() < 0.9 else max(time - rng.randint(0, 100), 0),
                             rng.randint(1, 4), rng.choice("ABCU"), rng.choice(list(gangs)),
                             rng.choice([10, 30, 45, 60, 90, 240])))
        if rng.random() < 0.05 and defects:
            defects[rng.randrange(len(defects))]["depot"] = "west"
        yield defects, gangs


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(replay_repairs, reference, *case)
