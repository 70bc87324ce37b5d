"""Strict equivalence tests for SlidingWindowLimiter.allow (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from gateway.limiter import SlidingWindowLimiter
from strict_support import assert_same

TARGET = "gateway/limiter.py:SlidingWindowLimiter.allow"


class Reference:
    def __init__(self, limit, window):
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._allowed = {}
        self.rejected = 0

    def allow(self, client, now):
        history = self._allowed.setdefault(client, [])
        if history and now < history[-1]:
            raise ValueError(f"request from {client!r} at {now} is older than the last one")
        recent = [moment for moment in history if moment > now - self.window]
        if len(recent) >= self.limit:
            self.rejected += 1
            return False
        history.append(now)
        return True


def replay(cls):
    """Outcome of each request (True/False or the exception's type), then the counters."""

    def run(limit, window, requests):
        limiter = cls(limit, window)
        outcomes = []
        for client, now in requests:
            try:
                outcomes.append(limiter.allow(client, now))
            except Exception as error:  # noqa: BLE001
                outcomes.append(type(error).__name__)
        return outcomes, limiter.rejected, limiter.limit, limiter.window

    return run


CASES = [
    (1, 1, []),
    (1, 1, [("a", 0)]),
    (2, 10, [("a", 0), ("a", 1), ("a", 2)]),
    (2, 10, [("a", 0), ("a", 1), ("a", 2), ("a", 10), ("a", 11), ("a", 11)]),
    (1, 10, [("a", 0), ("a", 9.5), ("a", 10), ("a", 10), ("a", 19.999), ("a", 20)]),
    (1, 10, [("a", 0), ("a", 10.0), ("a", 20)]),
    (3, 5, [("a", 0), ("a", 0), ("a", 0), ("a", 0), ("a", 5), ("a", 5)]),
    (1, 60, [("a", 0), ("b", 0), ("a", 1), ("b", 61), ("a", 60)]),
    (5, 60, [("a", 10), ("a", 9), ("a", 10), ("a", 11)]),
    (1, 60, [("a", 10), ("a", 20), ("a", 5), ("a", 10), ("a", 70)]),
    (1, 60, [("a", 10), ("a", 20), ("a", 15), ("a", 9)]),
    (2, 1, [("a", 0.1), ("a", 0.2), ("a", 0.3), ("a", 1.1), ("a", 1.2), ("a", 1.2000001)]),
    (2, 0.3, [("a", 0.1), ("a", 0.2), ("a", 0.4), ("a", 0.5)]),
    (1, 1e-9, [("a", 1.0), ("a", 1.0), ("a", 1.000000001), ("a", 1.000000002)]),
    (2, 100, [("a", -50), ("a", -1), ("a", 49), ("a", 50), ("a", 51)]),
    (2, 10**9, [("a", 10**18), ("a", 10**18 + 1), ("a", 10**18 + 10**9)]),
    (1, 3, [("a", 1), ("a", 1.0), ("a", 4), ("a", 4.0), ("a", 7.0)]),
    (2.5, 10, [("a", 0), ("a", 1), ("a", 2), ("a", 3)]),
    (True, 10, [("a", 0), ("a", 1), ("a", 11)]),
    (1, float("inf"), [("a", 0), ("a", 1e300)]),
    (1, 10, [("a", float("-inf")), ("a", 0), ("a", float("inf")), ("a", float("inf"))]),
    (3, 10, [(1, 0), (1.0, 1), (True, 2), ("1", 3), (1, 4)]),
    (1, 10, [(None, 0), (("tenant", 1), 0), (None, 5), (("tenant", 1), 11)]),
    (1, 10, [("ünï", 0), ("ÜNÏ", 0)]),
    (0, 10, [("a", 0)]),
    (-1, 10, []),
    (1, 0, []),
    (1, -5, []),
    (0, 0, []),
    (1, 0.0, []),
]


@pytest.mark.parametrize(("limit", "window", "requests"), CASES)
def test_same_as_reference(limit, window, requests) -> None:
    assert_same(replay(SlidingWindowLimiter), replay(Reference), limit, window, requests)


def _random():
    rng = random.Random(1812)
    for _ in range(80):
        clocks = {}
        requests = []
        for _ in range(rng.randint(0, 40)):
            client = rng.choice("abc")
            step = rng.choice([0, 0, 0.5, 1, 2, 5, 10])
            if rng.random() < 0.05:
                step = -1
            clocks[client] = clocks.get(client, 0) + step
            requests.append((client, clocks[client]))
        yield rng.randint(1, 4), rng.choice([1, 2, 5, 10, 2.5]), requests


@pytest.mark.parametrize(("limit", "window", "requests"), list(_random()))
def test_random_traffic(limit, window, requests) -> None:
    assert_same(replay(SlidingWindowLimiter), replay(Reference), limit, window, requests)


def test_heavy_client() -> None:
    rng = random.Random(4)
    clock, requests = 0.0, []
    for _ in range(3000):
        clock += rng.choice([0.0, 0.01, 0.1, 0.5])
        requests.append((rng.choice(["big", "big", "big", "small"]), round(clock, 2)))
    assert_same(replay(SlidingWindowLimiter), replay(Reference), 50, 10, requests)
    assert_same(replay(SlidingWindowLimiter), replay(Reference), 1, 0.25, requests)


def test_changing_settings_between_requests() -> None:
    def run(cls):
        limiter = cls(3, 10)
        outcomes = [limiter.allow("a", t) for t in (0, 1, 2)]
        limiter.limit = 5
        outcomes += [limiter.allow("a", t) for t in (3, 4, 5)]
        limiter.window = 2
        outcomes += [limiter.allow("a", t) for t in (6, 6, 6, 6, 6, 7)]
        return outcomes, limiter.rejected

    assert run(SlidingWindowLimiter) == run(Reference)


def test_limiters_are_independent() -> None:
    first, second = SlidingWindowLimiter(1, 10), SlidingWindowLimiter(1, 10)
    assert first.allow("a", 0) and second.allow("a", 0)
    assert not first.allow("a", 1) and first.rejected == 1 and second.rejected == 0


def test_rejected_request_is_not_recorded_and_error_records_nothing() -> None:
    limiter = SlidingWindowLimiter(1, 10)
    assert limiter.allow("a", 5)
    assert not limiter.allow("a", 14)
    with pytest.raises(ValueError):
        limiter.allow("a", 4)
    assert limiter.allow("a", 15)
    assert limiter.rejected == 1
