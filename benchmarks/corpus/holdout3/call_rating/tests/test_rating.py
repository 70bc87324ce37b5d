import pytest

from telco.rating import normalise_number, rate_calls

TARIFF = {"44": 20, "447": 90, "4420": 15, "1": 10}


def test_normalise() -> None:
    assert normalise_number(" +44 20 7946-0000 ") == "442079460000"
    assert normalise_number("0033123") == "33123"


def test_longest_prefix_wins() -> None:
    calls = [("+44 7700 900123", 61), ("+44 20 7946 0000", 60), ("+44 1632 960000", 1)]
    assert list(rate_calls(calls, TARIFF)) == [
        ("447700900123", "447", 180),
        ("442079460000", "4420", 15),
        ("441632960000", "44", 20),
    ]


def test_zero_seconds_free() -> None:
    assert list(rate_calls([("+1 555 0100", 0)], TARIFF)) == [("15550100", "1", 0)]


def test_default_rate() -> None:
    assert list(rate_calls([("+81 3 1234", 30)], TARIFF, default_rate=50)) == [("8131234", None, 50)]


def test_unknown_destination() -> None:
    with pytest.raises(LookupError):
        list(rate_calls([("+81 3 1234", 30)], TARIFF))
