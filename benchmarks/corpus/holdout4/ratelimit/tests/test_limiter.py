import pytest

from apigate.limiter import SlidingWindowLimiter


def test_limit_within_window() -> None:
    limiter = SlidingWindowLimiter(limit=2, window=10)
    assert [limiter.allow("k1", t) for t in (0, 1, 2)] == [True, True, False]


def test_window_slides() -> None:
    limiter = SlidingWindowLimiter(limit=2, window=10)
    for t in (0, 5):
        limiter.allow("k1", t)
    assert limiter.allow("k1", 10) is True
    assert limiter.allow("k1", 14) is False
    assert limiter.allow("k1", 15) is True


def test_clients_are_independent() -> None:
    limiter = SlidingWindowLimiter(limit=1, window=60)
    assert limiter.allow("a", 0) and limiter.allow("b", 0)
    assert not limiter.allow("a", 1)
    assert limiter.remaining("b", 1) == 0
    assert limiter.remaining("c", 1) == 1


def test_clock_must_not_go_backwards() -> None:
    limiter = SlidingWindowLimiter(limit=5, window=1)
    limiter.allow("a", 10)
    with pytest.raises(ValueError):
        limiter.allow("a", 9)


def test_bad_configuration() -> None:
    with pytest.raises(ValueError):
        SlidingWindowLimiter(limit=0, window=1)
