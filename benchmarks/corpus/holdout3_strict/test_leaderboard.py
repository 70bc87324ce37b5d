"""Strict equivalence tests for standings (never shown to wattlens)."""

from __future__ import annotations

import random
from collections import OrderedDict
from types import MappingProxyType

import pytest
from arena.standings import Event, apply_event, standings
from strict_support import assert_same

TARGET = "arena/standings.py:standings"


def reference(events, *, start=None, top=None):
    scores = start if start is not None else {}
    for event in events:
        scores = apply_event(scores, event)
    ranking = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return ranking if top is None else ranking[:top]


E = Event

EVENTS = [
    [],
    [E("ann", "win")],
    [E("ann", "win"), E("ann", "win"), E("bob", "draw")],
    [E("bob", "win"), E("ann", "win"), E("cy", "win")],
    [E("ann", "draw"), E("ann", "penalty", 5), E("bob", "penalty", 1)],
    [E("ann", "bonus", -4), E("bob", "bonus", 0), E("cy", "bonus", 7)],
    [E("ann", "win"), E("ann", "reset"), E("zed", "reset")],
    [E("ann", "bonus", 2.5), E("ann", "penalty", 0.5), E("bob", "penalty", 0.0)],
    [E("Émile", "win"), E("emile", "win"), E("Zoë", "win"), E("zoe", "draw"), E("", "win")],
    [E("ann", "win"), E("ann", "WIN")],
    [E("ann", "win"), E("bob", "forfeit"), E("ann", "win")],
    [E("ann", "bonus", None)],
    [E("ann", "reset", None), E("bob", "win", "ignored")],
    [E("ann", "bonus", "3")],
    [E(1, "win"), E(2, "draw"), E(3, "win")],
    [E(1, "win"), E("two", "draw")],
    [E(1, "win"), E("two", "win")],
    [E(["list"], "win")],
    [E("ann", ["win"])],
    [E("ann", "win"), None],
]


@pytest.mark.parametrize("events", EVENTS)
def test_same_as_reference(events) -> None:
    assert_same(standings, reference, events)


STARTS = [
    None,
    {},
    {"ann": 9, "bob": 1},
    {"cy": 0, "dee": 4.5},
    {"ann": -3},
    OrderedDict([("bob", 2), ("ann", 2)]),
    [("ann", 3), ("bob", 4)],
    [],
    5,
    "ab",
]


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("events", EVENTS[:8] + EVENTS[9:11])
def test_start(events, start) -> None:
    assert_same(standings, reference, events, start=start)


def test_read_only_start() -> None:
    proxy = MappingProxyType({"ann": 1, "bob": 5})
    assert standings([E("ann", "win")], start=proxy) == reference([E("ann", "win")], start=proxy)
    assert proxy == {"ann": 1, "bob": 5}


@pytest.mark.parametrize("top", [None, 0, 1, 2, 3, 100, -1, -2, True, 1.5, "2"])
@pytest.mark.parametrize("events", [EVENTS[0], EVENTS[3], EVENTS[8], EVENTS[10]])
def test_top(events, top) -> None:
    assert_same(standings, reference, events, top=top)
    assert_same(standings, reference, events, start={"x": 4, "ann": 3}, top=top)


@pytest.mark.parametrize("seed", range(30))
def test_random_seasons(seed) -> None:
    rng = random.Random(seed)
    players = [f"p{n}" for n in range(rng.randrange(1, 15))]
    kinds = ["win", "win", "draw", "bonus", "penalty", "reset"]
    events = []
    for _ in range(rng.randrange(0, 80)):
        kind = rng.choice(kinds)
        events.append(E(rng.choice(players), kind, rng.randrange(-3, 10) if kind in ("bonus", "penalty") else 0))
    if seed % 8 == 0 and events:
        events.insert(rng.randrange(len(events)), E("p0", "typo"))
    start = {p: rng.randrange(0, 20) for p in players if rng.random() < 0.4} or None
    assert_same(standings, reference, events, start=start, top=rng.choice([None, 3, 10]))


def test_large_season() -> None:
    rng = random.Random(404)
    players = [f"player{n}" for n in range(300)]
    events = [E(rng.choice(players), rng.choice(["win", "draw", "bonus", "penalty"]), rng.randrange(1, 5))
              for _ in range(3000)]
    assert_same(standings, reference, events, start={p: 10 for p in players[::2]}, top=25)


def test_events_iterated_once() -> None:
    assert standings(iter([E("ann", "win"), E("bob", "draw")])) == [("ann", 3), ("bob", 1)]
    assert standings((e for e in [E("ann", "win")]), start={"ann": 1}) == [("ann", 4)]
