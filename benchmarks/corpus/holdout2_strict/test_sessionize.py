"""Strict equivalence tests for build_sessions (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from clickstream.sessions import PageView, Session, build_sessions
from strict_support import assert_same

TARGET = "clickstream/sessions.py:build_sessions"


def reference(views, gap=1800):
    if gap < 0:
        raise ValueError("gap must not be negative")
    users = list(dict.fromkeys(view.user for view in views))
    sessions = []
    for user in users:
        mine = sorted((view for view in views if view.user == user), key=lambda view: view.timestamp)
        current = Session(user, mine[0].timestamp, mine[0].timestamp, [mine[0].path])
        for view in mine[1:]:
            if view.timestamp - current.end > gap:
                sessions.append(current)
                current = Session(user, view.timestamp, view.timestamp, [])
            current.end = view.timestamp
            current.paths.append(view.path)
        sessions.append(current)
    return sessions


V = PageView
CASES = [
    ([],),
    ([], 0),
    ([], -1),
    ([V("a", 0, "/")], -1),
    ([V("a", 0, "/")],),
    ([V("a", 0, "/"), V("a", 0, "/")],),
    ([V("a", 0, "/1"), V("a", 0, "/2"), V("a", 0, "/3")], 0),
    ([V("a", 5, "/1"), V("a", 0, "/2"), V("a", 5, "/3"), V("a", 0, "/4")], 0),
    ([V("a", 5, "/1"), V("a", 0, "/2"), V("a", 5, "/3"), V("a", 0, "/4")], 4),
    ([V("a", 5, "/1"), V("a", 0, "/2"), V("a", 5, "/3"), V("a", 0, "/4")], 5),
    ([V("a", 0, "/"), V("a", 1800, "/x"), V("a", 3601, "/y")],),
    ([V("a", 0, "/"), V("a", 1800, "/x"), V("a", 3600, "/y")],),
    ([V("a", 0, "/"), V("a", 1801, "/x")],),
    ([V("b", 10, "/a"), V("a", 5, "/b"), V("b", 20, "/c"), V("a", 4000, "/d")],),
    ([V("b", 10, "/a"), V("a", 5, "/b"), V("b", 20, "/c"), V("a", 4000, "/d")], 10),
    ([V("a", 100, "/late"), V("a", 50, "/early")], 60),
    ([V("a", 100, "/late"), V("a", 50, "/early")], 49),
    ([V("a", 3, "/"), V("b", 2, "/"), V("c", 1, "/"), V("a", 0, "/")], 1),
    ([V("a", 0.5, "/"), V("a", 1.5, "/"), V("a", 2.75, "/")], 1),
    ([V("a", 0.5, "/"), V("a", 1.5, "/"), V("a", 2.75, "/")], 1.25),
    ([V("a", 1, "/"), V("a", 1.0, "/f"), V("a", 2, "/")], 0),
    ([V("a", 2, "/"), V("a", 1.0, "/f"), V("a", 1, "/i")], 1),
    ([V("a", 0, "/")], 0.0),
    ([V("a", 0, "/"), V("a", 2, "/")], True),
    ([V("a", 0, "/"), V("a", 2, "/")], False),
    ([V(1, 0, "/"), V(1.0, 1, "/f"), V(True, 2, "/t"), V("1", 3, "/s")],),
    ([V(1.0, 0, "/"), V(1, 1, "/i")],),
    ([V(None, 0, "/"), V(None, 9999, "/")],),
    ([V(("tenant", 7), 0, "/"), V(("tenant", 7), 10, "/x")],),
    ([V("zoë", 0, "/ünï"), V("ZOË", 1, "/")],),
    ([V("a", -100, "/"), V("a", -50, "/"), V("a", 10**12, "/")],),
    ([V("a", 0, "/"), V("a", 1, "/"), V("a", 2, "/"), V("a", 3, "/")], 0),
    ([V("a", 0, "/"), V("a", 1, "/"), V("a", 2, "/"), V("a", 3, "/")], 1),
    ([V("a", 0, "/")] * 4 + [V("b", 0, "/")] * 2,),
]


def _random():
    rng = random.Random(2718)
    for _ in range(70):
        users = ["ann", "bob", "cy", "dee"][: rng.randint(1, 4)]
        views = [V(rng.choice(users), rng.choice([0, 1, 2, 5, 9, 10, 30, 31, 60]), rng.choice(["/", "/a", "/b"]))
                 for _ in range(rng.randint(0, 25))]
        yield views, rng.choice([0, 1, 5, 10, 29, 30])


@pytest.mark.parametrize("args", CASES + list(_random()))
def test_same_as_reference(args) -> None:
    assert_same(build_sessions, reference, *args)


def test_gap_by_keyword() -> None:
    views = [V("a", 0, "/"), V("a", 100, "/x"), V("b", 50, "/")]
    for gap in (0, 99, 100, 101):
        assert_same(lambda vs, g=gap: build_sessions(vs, gap=g), lambda vs, g=gap: reference(vs, gap=g), views)


def test_a_busy_day() -> None:
    rng = random.Random(15)
    views = []
    for number in range(150):
        clock = rng.randrange(86400)
        for _ in range(rng.randint(1, 15)):
            clock += rng.choice([0, 5, 60, 1799, 1800, 1801, 4000])
            views.append(V(f"user{number}", clock, rng.choice(["/", "/cart", "/p"])))
    rng.shuffle(views)
    assert_same(build_sessions, reference, views)
    assert_same(build_sessions, reference, views, 0)


def test_sessions_do_not_share_path_lists() -> None:
    sessions = build_sessions([V("a", 0, "/"), V("a", 9000, "/"), V("b", 0, "/")])
    assert len({id(session.paths) for session in sessions}) == 3
    sessions[0].paths.append("/changed")
    assert sessions[1].paths == ["/"] and sessions[2].paths == ["/"]


def test_views_are_not_modified() -> None:
    views = [V("b", 10, "/a"), V("a", 5, "/b"), V("b", 1, "/c")]
    copy = list(views)
    build_sessions(views)
    assert views == copy
