import pytest

from gateway.limiter import SlidingWindowLimiter


def test_limit_within_a_window() -> None:
    limiter = SlidingWindowLimiter(2, 10)
    assert [limiter.allow("a", t) for t in (0, 1, 2)] == [True, True, False]
    assert limiter.rejected == 1


def test_window_slides() -> None:
    limiter = SlidingWindowLimiter(1, 10)
    assert limiter.allow("a", 0)
    assert not limiter.allow("a", 9.5)
    assert limiter.allow("a", 10)


def test_clients_are_independent() -> None:
    limiter = SlidingWindowLimiter(1, 60)
    assert limiter.allow("a", 0) and limiter.allow("b", 0)
    assert not limiter.allow("a", 1)


def test_out_of_order_request() -> None:
    limiter = SlidingWindowLimiter(5, 60)
    limiter.allow("a", 10)
    with pytest.raises(ValueError):
        limiter.allow("a", 9)


def test_bad_settings() -> None:
    with pytest.raises(ValueError):
        SlidingWindowLimiter(0, 10)
    with pytest.raises(ValueError):
        SlidingWindowLimiter(1, 0)
