from datetime import date

import pytest

from engagement.activity import ActivityEvent, parse_events, rolling_active_users


def test_rolling_window() -> None:
    events = parse_events(["2024-01-01,ann,login", "2024-01-02,bob,login", "2024-01-04,ann,view"])
    assert rolling_active_users(events, window=2) == [
        (date(2024, 1, 1), 1),
        (date(2024, 1, 2), 2),
        (date(2024, 1, 3), 1),
        (date(2024, 1, 4), 1),
    ]


def test_daily_counts_distinct_users() -> None:
    events = [ActivityEvent("a", date(2024, 1, 1), "x"), ActivityEvent("a", date(2024, 1, 1), "y")]
    assert rolling_active_users(events, window=1) == [(date(2024, 1, 1), 1)]


def test_action_filter() -> None:
    events = [ActivityEvent("a", date(2024, 1, 1), "push"), ActivityEvent("b", date(2024, 1, 3), "login")]
    assert rolling_active_users(events, actions={"login"}) == [(date(2024, 1, 3), 1)]
    assert rolling_active_users(events, actions=set()) == []


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        rolling_active_users([], window=0)


def test_parse_error() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_events(["# header", "not-a-date,a,b"])
