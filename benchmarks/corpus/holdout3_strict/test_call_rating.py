"""Strict equivalence tests for rate_calls (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from strict_support import assert_same
from telco.rating import normalise_number, rate_calls

TARGET = "telco/rating.py:rate_calls"


def reference(calls, tariff, default_rate=None):
    for dialled, seconds in calls:
        if seconds < 0:
            raise ValueError(f"negative duration for {dialled!r}")
        number = normalise_number(dialled)
        best = None
        for prefix in tariff:
            if number.startswith(prefix) and (best is None or len(prefix) > len(best)):
                best = prefix
        if best is None:
            if default_rate is None:
                raise LookupError(f"no tariff for {dialled!r}")
            rate = default_rate
        else:
            rate = tariff[best]
        minutes = -(-seconds // 60)
        yield number, best, minutes * rate


def _drain(generator_function):
    """Everything the generator yields, and the type of the error that stopped it (if any)."""
    def run(*args, **kwargs):
        got = []
        try:
            for item in generator_function(*args, **kwargs):
                got.append(item)
        except Exception as error:  # noqa: BLE001
            return got, type(error).__name__
        return got, None
    return run


candidate, expected = _drain(rate_calls), _drain(reference)

TARIFF = {"44": 20, "447": 90, "4420": 15, "1": 10, "1800": 0, "33": 12}

CALLS = [
    [],
    [("+44 7700 900123", 61)],
    [("+44 20 7946 0000", 60), ("+44 20 7946 0000", 60)],
    [("+1 800 555 0100", 600), ("+1 555 0100", 59), ("001 555 0100", 1)],
    [("0033 1 23 45", 0), ("+33-1-23-45", 1), (" +33 1 ", 60), ("33\n", 121)],
    [("+44", 10), ("44", 10), ("4", 10), ("", 10), ("+", 10)],
    [("+81 3 1234", 30)],
    [("+44 7700 900123", 61), ("+81 3 1234", 30), ("+1 555", 5)],
    [("+44 7700 900123", 61), ("+44 20", -1), ("+44 20", 5)],
    [("+81 3 1234", -5)],
    [("+44 20", 90.5), ("+44 20", 0.0), ("+1", True)],
    [("+44 20", None)],
    [(None, 5)],
    [("+44 20", 5), ("+44 20",)],
    [("+٤٤ 20", 60), ("+44 २०", 60), ("+ＦＦ", 60)],
    [("+44\t20", 60), ("+44\u00a020", 60), ("+44 20\r\n", 60)],
]

TARIFFS = [
    TARIFF,
    {},
    {"": 7},
    {"": 7, "4": 8, "44": 9},
    {"4": 1, "44": 2, "447": 3, "4477": 4, "44770": 5},
    {"447": 90, "44": 20},
    {"1": 10.5, "18": 0.25},
    {"44": None, "1": 10},
    {"44": "20p", "1": 10},
    {"٤٤": 5, "44": 6},
]


@pytest.mark.parametrize("tariff", TARIFFS)
@pytest.mark.parametrize("calls", CALLS)
def test_same_as_reference(calls, tariff) -> None:
    assert_same(candidate, expected, calls, tariff)


@pytest.mark.parametrize("default_rate", [None, 0, 500, 2.5, -1, "x"])
@pytest.mark.parametrize("tariff", [TARIFF, {}, {"4": 1}])
@pytest.mark.parametrize("calls", [CALLS[0], CALLS[3], CALLS[5], CALLS[6], CALLS[7]])
def test_default_rate(calls, tariff, default_rate) -> None:
    assert_same(candidate, expected, calls, tariff, default_rate)
    assert_same(candidate, expected, calls, tariff, default_rate=default_rate)


def test_odd_tariffs() -> None:
    assert_same(candidate, expected, CALLS[1], {44: 20})
    assert_same(candidate, expected, CALLS[1], {"44": 20, 1: 5})
    assert_same(candidate, expected, [], {44: 20})
    assert_same(candidate, expected, [], None)
    assert_same(candidate, expected, CALLS[1], None)
    assert_same(candidate, expected, CALLS[1], ["44", "447"])
    assert_same(candidate, expected, None, TARIFF)


@pytest.mark.parametrize("seed", range(30))
def test_random_traffic(seed) -> None:
    rng = random.Random(seed)
    tariff = {}
    for _ in range(rng.randrange(0, 60)):
        prefix = str(rng.randrange(1, 99)) + "".join(rng.choice("0123456789") for _ in range(rng.randrange(0, 3)))
        tariff[prefix] = rng.randrange(0, 300)
    calls = []
    for _ in range(rng.randrange(0, 60)):
        number = f"{rng.choice(['+', '00', ''])}{rng.randrange(1, 99)} {rng.randrange(10 ** 3, 10 ** 7)}"
        calls.append((number, rng.randrange(0, 4000)))
    assert_same(candidate, expected, calls, tariff, rng.choice([None, 100]))


def test_large_tariff() -> None:
    rng = random.Random(55)
    tariff = {str(rng.randrange(1, 10 ** rng.randrange(1, 6))): rng.randrange(1, 400) for _ in range(800)}
    calls = [(f"+{rng.randrange(1, 10 ** 9)}", rng.randrange(0, 900)) for _ in range(400)]
    assert_same(candidate, expected, calls, tariff, 999)


def test_is_lazy() -> None:
    def calls():
        yield ("+44 20", 60)
        raise RuntimeError("feed broke")

    rated = rate_calls(calls(), TARIFF)
    assert next(rated) == ("4420", "4420", 15)
    with pytest.raises(RuntimeError):
        next(rated)


def test_nothing_happens_before_iteration() -> None:
    rate_calls(None, None)
    rate_calls([("+81", -1)], {})
