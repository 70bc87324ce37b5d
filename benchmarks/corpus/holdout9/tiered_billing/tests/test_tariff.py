import pytest

from meterbill.tariff import Tier, TariffError, bill_accounts, parse_tariff, rate_for_unit

TIERS = [Tier(100, 1000), Tier(300, 2000), Tier(None, 3000)]


def test_parse_tariff() -> None:
    assert parse_tariff("# x\nupto 100: 1000\n\nrest: 3000\n") == [Tier(100, 1000), Tier(None, 3000)]


def test_rate_for_unit() -> None:
    assert rate_for_unit(TIERS, 0) == 1000
    assert rate_for_unit(TIERS, 99) == 1000
    assert rate_for_unit(TIERS, 100) == 2000
    assert rate_for_unit(TIERS, 5000) == 3000


def test_single_block() -> None:
    assert bill_accounts([("a", 10, 60)], TIERS) == {"a": 500}


def test_spans_blocks() -> None:
    # 100 * 10c + 200 * 20c + 50 * 30c
    assert bill_accounts([("a", 0, 350)], TIERS) == {"a": 1000 + 4000 + 1500}


def test_meters_are_summed_and_standing_charge_added() -> None:
    bills = bill_accounts([("a", 0, 60), ("b", 5, 5), ("a", 100, 140)], TIERS, standing_charge=99)
    assert bills == {"a": 1099, "b": 99}
    assert list(bills) == ["a", "b"]


def test_rounding_half_up() -> None:
    assert bill_accounts([("a", 0, 1)], [Tier(None, 150)]) == {"a": 2}
    assert bill_accounts([("a", 0, 1)], [Tier(None, 149)]) == {"a": 1}


def test_backwards_reading() -> None:
    with pytest.raises(ValueError):
        bill_accounts([("a", 10, 5)], TIERS)


def test_tariff_runs_out() -> None:
    with pytest.raises(TariffError):
        bill_accounts([("a", 0, 101)], [Tier(100, 1000)])
