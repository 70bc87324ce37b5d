import pytest

from pantry.shopping import build_shopping_list, parse_ingredient
from pantry.units import parse_quantity


def test_parse_ingredient() -> None:
    assert parse_ingredient("2 tbsp Olive oil") == (2.0, "tbsp", "olive oil")
    assert parse_ingredient("3 eggs") == (3.0, None, "eggs")
    assert parse_ingredient("1/2 cup milk") == (0.5, "cup", "milk")


def test_parse_quantity() -> None:
    assert parse_quantity("1-1/2") == 1.5
    with pytest.raises(ValueError):
        parse_quantity("some")


def test_merges_and_scales() -> None:
    recipes = [
        {"name": "pancakes", "serves": 2, "ingredients": ["1 cup milk", "2 eggs", "100 g flour"]},
        {"name": "omelette", "serves": 1, "ingredients": ["3 eggs", "2 tbsp milk"]},
    ]
    shopping = build_shopping_list(recipes, {"pancakes": 4, "omelette": 2})
    assert shopping == [("milk", 540.0, "ml"), ("eggs", 10.0, "pc"), ("flour", 200.0, "g")]


def test_skips_unplanned_recipes() -> None:
    recipes = [{"name": "soup", "serves": 4, "ingredients": ["1 l stock"]}]
    assert build_shopping_list(recipes, {}) == []
    assert build_shopping_list(recipes, {"soup": 0}) == []


def test_different_units_stay_apart() -> None:
    recipes = [{"name": "bread", "serves": 1, "ingredients": ["500 g flour", "1 cup flour"]}]
    assert build_shopping_list(recipes, {"bread": 1}) == [("flour", 500.0, "g"), ("flour", 240.0, "ml")]
