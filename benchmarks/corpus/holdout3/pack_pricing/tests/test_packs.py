import pytest

from shopcart.packs import cheapest_cost, quote

SCREWS = {1: 30, 6: 150, 12: 270}


def test_single_pack() -> None:
    assert cheapest_cost(6, SCREWS) == 150


def test_mix_of_packs() -> None:
    assert cheapest_cost(13, SCREWS) == 300


def test_buying_more_can_be_cheaper() -> None:
    assert cheapest_cost(5, SCREWS) == 150


def test_handling_fee_favours_big_packs() -> None:
    assert cheapest_cost(12, SCREWS, handling=100) == 370


def test_nothing_to_buy() -> None:
    assert cheapest_cost(0, {}) == 0


def test_no_packs() -> None:
    with pytest.raises(ValueError):
        cheapest_cost(3, {})


def test_quote() -> None:
    assert quote(13, SCREWS) == "13 pcs: EUR 3.00"
