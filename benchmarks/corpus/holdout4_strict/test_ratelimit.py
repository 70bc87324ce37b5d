"""Strict equivalence tests for SlidingWindowLimiter.allow (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from apigate.limiter import SlidingWindowLimiter
from strict_support import assert_same

TARGET = "apigate/limiter.py:SlidingWindowLimiter.allow"


def reference(self, client, now):
    if self._last is not None and now < self._last:
        raise ValueError("clock went backwards")
    self._last = now
    recent = [hit for hit in self._hits.get(client, []) if hit > now - self.window]
    if len(recent) >= self.limit:
        self._hits[client] = recent
        return False
    recent.append(now)
    self._hits[client] = recent
    return True


class ReferenceLimiter(SlidingWindowLimiter):
    allow = reference


def replay(cls, limit, window, calls):
    """Everything a user of the limiter can observe while replaying `calls`."""
    limiter = cls(limit, window)
    seen = []
    for client, now in calls:
        try:
            seen.append(("allow", limiter.allow(client, now)))
        except Exception as error:  # noqa: BLE001
            seen.append(("raised", type(error).__name__))
        seen.append(("remaining", tuple(limiter.remaining(c, now) for c in ("a", "b", "c"))))
        seen.append(("later", limiter.remaining(client, now + window / 2), limiter.remaining(client, now + window)))
    seen.append(("clients", limiter.clients()))
    return seen


def check(limit, window, calls):
    assert_same(lambda c: replay(SlidingWindowLimiter, limit, window, c), lambda c: replay(ReferenceLimiter, limit, window, c), calls)


CASES = [
    (1, 1, []),
    (1, 1, [("a", 0)]),
    (1, 1, [("a", 0), ("a", 0)]),
    (1, 1, [("a", 0), ("a", 1)]),
    (1, 1, [("a", 0), ("a", 0.999), ("a", 1)]),
    (2, 10, [("a", 0), ("a", 1), ("a", 2), ("a", 10), ("a", 11), ("a", 11), ("a", 20.5)]),
    (2, 10, [("a", 0), ("a", 0), ("a", 0), ("a", 9.999999), ("a", 10)]),
    (3, 5, [("a", 0), ("b", 0), ("a", 1), ("b", 2), ("a", 2), ("a", 3), ("b", 3), ("b", 4), ("c", 7), ("a", 7)]),
    (2, 10, [("a", 5), ("a", 4), ("a", 6), ("a", 6), ("a", 7)]),
    (2, 10, [("a", 5), ("b", 3), ("a", 5)]),
    (1, 0.1, [("a", 0.1), ("a", 0.2), ("a", 0.30000000000000004), ("a", 0.4)]),
    (2, 0.3, [("a", 0.1), ("a", 0.2), ("a", 0.4), ("a", 0.5), ("a", 0.7)]),
    (2, 1, [("a", 0), ("a", 1.0), ("a", 1), ("a", 2), ("a", 2.0)]),
    (1, 1, [("a", -5), ("a", -4.5), ("a", -4), ("a", 0)]),
    (1, 1, [("a", 10**15), ("a", 10**15 + 1), ("a", 10**15 + 1)]),
    (2, float("inf"), [("a", 0), ("a", 1e300), ("a", 1e308), ("b", 1e308)]),
    (1, 5, [("a", 0), ("a", float("inf")), ("a", float("inf"))]),
    (2, 3, [("zoë", 0), ("ZOË", 1), ("zoë", 2), ("zoë", 2)]),
    (2, 3, [(1, 0), (1.0, 1), (True, 2), ("1", 2)]),
    (5, 2, [("a", t / 4) for t in range(40)]),
    (3, 2, [("a", 0), ("a", 0.5), ("a", 1), ("a", 1.5), ("a", 2), ("a", 2.5), ("a", 2.5), ("a", 3.0)]),
]


@pytest.mark.parametrize("limit, window, calls", CASES)
def test_same_as_reference(limit, window, calls) -> None:
    check(limit, window, calls)


@pytest.mark.parametrize("seed", range(60))
def test_random_traffic(seed) -> None:
    rng = random.Random(seed)
    now = rng.choice([0, 100.0, -3])
    calls = []
    for _ in range(rng.randint(0, 60)):
        now += rng.choice([0, 0, 0.25, 0.5, 1, 1, 2, 7])
        if rng.random() < 0.05:
            now -= 1
        calls.append((rng.choice("abcd"), now))
    check(rng.choice([1, 2, 3, 5]), rng.choice([1, 2, 2.5, 5]), calls)


def test_long_busy_stream() -> None:
    rng = random.Random(77)
    now, calls = 0.0, []
    for _ in range(3000):
        now = round(now + rng.expovariate(20), 3)
        calls.append((rng.choice("abc"), now))
    check(50, 3.0, calls)
    check(1, 0.05, calls)


def test_allow_returns_real_bools() -> None:
    limiter = SlidingWindowLimiter(1, 10)
    assert limiter.allow("a", 0) is True
    assert limiter.allow("a", 1) is False


def test_rejected_call_after_backwards_clock_keeps_state() -> None:
    for cls in (SlidingWindowLimiter, ReferenceLimiter):
        limiter = cls(2, 10)
        assert limiter.allow("a", 5)
        with pytest.raises(ValueError):
            limiter.allow("a", 4)
        with pytest.raises(ValueError):
            limiter.allow("new", 1)
        assert limiter.clients() == ["a"]
        assert limiter.allow("a", 5) and not limiter.allow("a", 5)
        assert limiter.remaining("a", 14.9) == 0 and limiter.remaining("a", 15) == 2
