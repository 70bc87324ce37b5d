import pytest

from pricing.convert import convert_prices

RATES = [("EUR", 1.0), ("USD", 1.1), ("JPY", 160.0)]


def test_convert() -> None:
    items = [("tea", 11.0, "USD"), ("jam", 320.0, "JPY"), ("oat", 2.0, "EUR")]
    assert convert_prices(items, RATES, "EUR") == [("tea", 10.0), ("jam", 2.0), ("oat", 2.0)]


def test_unknown_currency() -> None:
    with pytest.raises(KeyError):
        convert_prices([("tea", 1.0, "XYZ")], RATES, "EUR")
