import pytest

from sawmill.cutting import best_cut, plan_boards
from sawmill.pricing import StockLength, load_price_list

STOCK = load_price_list([
    {"name": "S600", "length_mm": 600, "price": "10"},
    {"name": "S900", "length_mm": "900", "price": 16.5},
    {"name": "S1800", "length_mm": 1800, "price": "30"},
])


def test_load_price_list() -> None:
    assert STOCK[1] == StockLength("S900", 900, 16.5)
    with pytest.raises(ValueError):
        load_price_list([{"name": "bad", "length_mm": 0, "price": 1}])


def test_board_too_short() -> None:
    assert best_cut(500, STOCK, 4) == (0, ())


def test_exact_fit_needs_no_kerf_after_last_piece() -> None:
    value, pieces = best_cut(1804, STOCK, 4)
    assert value == 33.0
    assert [item.name for item in pieces] == ["S900", "S900"]


def test_kerf_can_cost_a_piece() -> None:
    value, pieces = best_cut(1200, STOCK, 4)
    assert [item.name for item in pieces] == ["S900"]
    assert best_cut(1200, STOCK, 0)[0] == 20.0


def test_plan_boards_totals() -> None:
    result = plan_boards([("A", 1800), ("B", 2500)], STOCK, kerf=4)
    assert result["plans"][0] == ("A", ["S1800"], 30.0, 0)
    assert result["plans"][1] == ("B", ["S600", "S900", "S900"], 43.0, 92)
    assert result["pieces"] == {"S1800": 1, "S600": 1, "S900": 2}
    assert result["value"] == 73.0


def test_offcut_reported() -> None:
    result = plan_boards([("C", 1000)], STOCK)
    assert result["plans"] == [("C", ["S900"], 16.5, 100)]


def test_validation() -> None:
    with pytest.raises(ValueError):
        plan_boards([], STOCK, kerf=-1)
    with pytest.raises(ValueError):
        plan_boards([], [StockLength("zero", 0, 1.0)])
