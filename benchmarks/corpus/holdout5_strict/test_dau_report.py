"""Strict equivalence tests for rolling_active_users (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from engagement.activity import ActivityEvent, rolling_active_users
from strict_support import assert_same

TARGET = "engagement/activity.py:rolling_active_users"


def reference(events, window=7, *, actions=None):
    if window < 1:
        raise ValueError("window must be at least one day")
    qualifying = [e for e in events if actions is None or e.action in actions]
    if not qualifying:
        return []
    first = min(e.day for e in qualifying)
    last = max(e.day for e in qualifying)
    series = []
    day = first
    while day <= last:
        start = day - timedelta(days=window - 1)
        users = set()
        for e in qualifying:
            if start <= e.day <= day:
                users.add(e.user_id)
        series.append((day, len(users)))
        day += timedelta(days=1)
    return series


D0 = date(2024, 2, 27)


def A(user, offset, action="login"):
    return ActivityEvent(user, D0 + timedelta(days=offset), action)


CASES = [
    [],
    [A("a", 0)],
    [A("a", 0), A("a", 0)],
    [A("a", 0), A("b", 0), A("a", 1)],
    [A("a", 5), A("b", 0)],
    [A("a", 0), A("a", 30)],
    [A("a", 0, "push"), A("b", 3, "view")],
    [A("", 0), A("", 1)],
    [A("Zoë", 0), A("zoë", 0), A("Zoë", 2)],
    [A("a", 1), A("b", 2), A("c", 3), A("d", 4), A("e", 5), A("f", 6), A("g", 7), A("h", 8)],
    [ActivityEvent("x", date(2023, 12, 30), "login"), ActivityEvent("y", date(2024, 1, 2), "login")],
    [ActivityEvent("x", date(2024, 2, 28), "a"), ActivityEvent("x", date(2024, 3, 1), "a")],
    [ActivityEvent(1, D0, "a"), ActivityEvent(1, D0, "b"), ActivityEvent("1", D0, "a")],
]
WINDOWS = [1, 2, 3, 7, 28, 400]
ACTIONS = [None, {"login"}, ["view", "push"], ("login", "login"), set(), "login,view", frozenset({"a", "b"})]


@pytest.mark.parametrize("events", CASES)
@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("actions", ACTIONS)
def test_same_as_reference(events, window, actions) -> None:
    assert_same(rolling_active_users, reference, events, window, actions=actions)


@pytest.mark.parametrize("events", CASES)
def test_default_arguments(events) -> None:
    assert_same(rolling_active_users, reference, events)
    assert_same(rolling_active_users, reference, events, 3)


@pytest.mark.parametrize("window", [0, -1, -100])
@pytest.mark.parametrize("events", [[], [A("a", 0)]])
def test_bad_window(window, events) -> None:
    assert_same(rolling_active_users, reference, events, window)
    with pytest.raises(ValueError, match="window must be at least one day"):
        rolling_active_users(events, window)


def test_generator_and_tuple_input() -> None:
    events = [A("a", 0), A("b", 2), A("c", 9, "view")]
    want = reference(events, 3)
    assert rolling_active_users(iter(events), 3) == want
    assert rolling_active_users(tuple(events), 3) == want
    assert rolling_active_users((e for e in events), 3, actions={"view"}) == reference(events, 3, actions={"view"})


def test_actions_generator_is_not_required_to_be_reusable() -> None:
    events = [A("a", 0, "x"), A("b", 0, "y")]
    assert rolling_active_users(events, 1, actions=["x"]) == [(D0, 1)]


def _random_cases():
    rng = random.Random(2718)
    for _ in range(80):
        n = rng.randint(0, 60)
        events = [A(f"u{rng.randint(0, 12)}", rng.randint(-10, 40), rng.choice(["login", "view", "push"])) for _ in range(n)]
        yield events, rng.choice([1, 2, 5, 7, 14, 30, 90]), rng.choice([None, {"login"}, ["view", "login"], set()])


@pytest.mark.parametrize("events,window,actions", list(_random_cases()))
def test_random(events, window, actions) -> None:
    assert_same(rolling_active_users, reference, events, window, actions=actions)


def test_large() -> None:
    rng = random.Random(4)
    events = [A(f"u{rng.randint(0, 900)}", rng.randint(0, 120), rng.choice(["login", "view", "search"])) for _ in range(4000)]
    for window in (1, 7, 28):
        assert_same(rolling_active_users, reference, events, window)
        assert_same(rolling_active_users, reference, events, window, actions={"view", "search"})
