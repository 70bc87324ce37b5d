"""Strict equivalence tests for count_decodings (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from codec.decode import count_decodings
from strict_support import assert_same

TARGET = "codec/decode.py:count_decodings"


def reference(digits):
    def ways(i):
        if i == len(digits):
            return 1
        if digits[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(digits) and int(digits[i : i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)


CASES = ["", "0", "1", "9", "10", "20", "27", "30", "100", "101", "110", "06", "226", "2626", "1111111111",
         "2101", "1201234", "262626262626", "00", "2611055971756562", "99999", "12120"]


def _random():
    rng = random.Random(7)
    for _ in range(60):
        yield "".join(rng.choice("0123456789" if rng.random() < 0.5 else "0122") for _ in range(rng.randrange(0, 18)))


@pytest.mark.parametrize("digits", CASES + list(_random()))
def test_same_as_reference(digits) -> None:
    assert_same(count_decodings, reference, digits)


def test_long_codes_are_exact() -> None:
    assert count_decodings("1" * 25) == 121393


def test_calls_are_independent() -> None:
    assert count_decodings("11") == 2
    assert count_decodings("111") == 3
    assert count_decodings("11") == 2
