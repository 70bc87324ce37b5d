"""Strict equivalence tests for convert_prices (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from pricing.convert import convert_prices
from strict_support import assert_same

TARGET = "pricing/convert.py:convert_prices"


def reference(items, rates, currency):
    result = []
    for name, amount, source in items:
        table = {}
        for code, per_eur in rates:
            table[code] = per_eur
        if source not in table:
            raise KeyError(f"no rate for {source}")
        if currency not in table:
            raise KeyError(f"no rate for {currency}")
        result.append((name, round(amount / table[source] * table[currency], 2)))
    return result


RATES = [("EUR", 1.0), ("USD", 1.1), ("JPY", 160.0)]
CASES = [
    ([], [], "EUR"),
    ([], RATES, "XYZ"),
    ([("a", 1.0, "EUR")], [], "EUR"),
    ([("a", 1.0, "EUR")], RATES, "XYZ"),
    ([("a", 1.0, "XYZ")], RATES, "XYZ"),
    ([("a", 10.0, "USD"), ("b", 1.0, "XYZ")], RATES, "EUR"),
    ([("a", 10.0, "USD")], [("USD", 1.1), ("EUR", 1.0), ("USD", 1.2)], "EUR"),
    ([("a", 1, "EUR"), ("a", 1, "EUR")], RATES, "JPY"),
    ([("a", 0.005, "EUR"), ("b", -3.333, "USD")], RATES, "USD"),
    ([("a", 5.0, "JPY")], [("JPY", 0.0), ("EUR", 1.0)], "EUR"),
    ([("a", 5.0, "EUR")], [("JPY", 0.0), ("EUR", 1.0)], "JPY"),
]


def _random():
    rng = random.Random(16)
    codes = ["EUR", "USD", "GBP", "CHF", "JPY"]
    for _ in range(40):
        rates = [(rng.choice(codes), round(rng.uniform(0.1, 200), 3)) for _ in range(rng.randrange(0, 6))]
        items = [(f"i{i}", round(rng.uniform(0, 100), 2), rng.choice(codes)) for i in range(rng.randrange(0, 10))]
        yield items, rates, rng.choice(codes)


@pytest.mark.parametrize(("items", "rates", "currency"), CASES + list(_random()))
def test_same_as_reference(items, rates, currency) -> None:
    assert_same(convert_prices, reference, items, rates, currency)


@pytest.mark.parametrize(("items", "rates", "currency"), CASES + list(_random()))
def test_same_error_message(items, rates, currency) -> None:
    try:
        reference(items, rates, currency)
    except Exception as error:  # noqa: BLE001 - compare whatever the original raises
        with pytest.raises(type(error)) as raised:
            convert_prices(items, rates, currency)
        assert raised.value.args == error.args
