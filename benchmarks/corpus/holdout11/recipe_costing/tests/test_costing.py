import pytest

from menucost.costing import CircularRecipeError, cost_menu, unit_cost

PRICES = {"flour": 0.8, "butter": 9.0, "water": 0.0, "salt": 1.2, "bones": 2.5}
RECIPES = {
    "dough": {"yield": 2, "ingredients": [("flour", 1.0), ("butter", 0.25), ("water", 0.5)]},
    "stock": {"yield": 4, "ingredients": [("bones", 2.0), ("water", 5.0), ("salt", 0.05)]},
    "pie": {"yield": 1, "ingredients": [("dough", 0.5), ("stock", 0.25), ("butter", 0.1)]},
}


def test_purchased_item_costs_its_price() -> None:
    assert unit_cost("flour", RECIPES, PRICES) == 0.8


def test_recipe_cost_per_unit_of_yield() -> None:
    assert unit_cost("dough", RECIPES, PRICES) == pytest.approx((0.8 + 2.25) / 2)


def test_nested_recipes() -> None:
    expected = 0.5 * (3.05 / 2) + 0.25 * (5.06 / 4) + 0.9
    assert unit_cost("pie", RECIPES, PRICES) == pytest.approx(expected)


def test_cost_menu_rows() -> None:
    rows = cost_menu([("pie", 10.0)], RECIPES, PRICES)
    assert rows[0][0] == "pie"
    assert rows[0][1] == 1.98
    assert rows[0][2] == 19.8


def test_unknown_ingredient() -> None:
    with pytest.raises(KeyError):
        cost_menu([("tart", 5.0)], {"tart": {"yield": 1, "ingredients": [("quince", 1)]}}, PRICES)


def test_circular_recipe() -> None:
    recipes = {"a": {"yield": 1, "ingredients": [("b", 1)]}, "b": {"yield": 1, "ingredients": [("a", 1)]}}
    with pytest.raises(CircularRecipeError, match="a -> b -> a"):
        cost_menu([("a", 5.0)], recipes, PRICES)


def test_empty_menu() -> None:
    assert cost_menu([], RECIPES, PRICES) == []
