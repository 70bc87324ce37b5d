"""Strict equivalence tests for build_shopping_list (never shown to wattlens)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from pantry.shopping import build_shopping_list
from strict_support import assert_same

TARGET = "pantry/shopping.py:build_shopping_list"

UNITS = {
    "g": ("g", 1.0),
    "gram": ("g", 1.0),
    "grams": ("g", 1.0),
    "kg": ("g", 1000.0),
    "oz": ("g", 28.35),
    "lb": ("g", 453.6),
    "ml": ("ml", 1.0),
    "l": ("ml", 1000.0),
    "tsp": ("ml", 5.0),
    "tbsp": ("ml", 15.0),
    "cup": ("ml", 240.0),
    "cups": ("ml", 240.0),
    "pinch": ("pinch", 1.0),
    "clove": ("pc", 1.0),
    "cloves": ("pc", 1.0),
}


def parse_quantity(text):
    whole, dash, rest = text.partition("-")
    if dash:
        return float(int(whole)) + float(Fraction(rest))
    if "/" in text:
        return float(Fraction(text))
    return float(text)


def to_base(quantity, unit):
    if unit is None:
        return quantity, "pc"
    base, factor = UNITS[unit]
    return quantity * factor, base


def parse_ingredient(line):
    parts = line.split()
    if len(parts) < 2:
        raise ValueError(f"cannot read ingredient {line!r}")
    quantity = parse_quantity(parts[0])
    unit = parts[1].lower()
    if unit in UNITS and len(parts) > 2:
        name_parts = parts[2:]
    else:
        unit = None
        name_parts = parts[1:]
    return quantity, unit, " ".join(name_parts).lower()


def reference(recipes, servings):
    items = []
    for recipe in recipes:
        wanted = servings.get(recipe["name"], 0)
        if not wanted:
            continue
        scale = wanted / recipe["serves"]
        for line in recipe["ingredients"]:
            quantity, unit, name = parse_ingredient(line)
            amount, base = to_base(quantity * scale, unit)
            for entry in items:
                if entry[0] == name and entry[2] == base:
                    entry[1] += amount
                    break
            else:
                items.append([name, amount, base])
    shopping = []
    for name, amount, base in items:
        shopping.append((name, round(amount, 2), base))
    return shopping


def _recipe(name, serves, *lines):
    return {"name": name, "serves": serves, "ingredients": list(lines)}


CASES = [
    ([], {}),
    ([], {"ghost": 3}),
    ([_recipe("a", 1)], {"a": 1}),
    ([_recipe("a", 2, "1 cup milk", "2 eggs")], {"a": 2}),
    ([_recipe("a", 2, "1 cup milk", "2 eggs")], {"a": 0}),
    ([_recipe("a", 2, "1 cup milk", "2 eggs")], {"b": 5}),
    ([_recipe("a", 3, "1 cup milk", "1 l milk", "2 tbsp MILK", "1 tsp Milk")], {"a": 1}),
    ([_recipe("a", 1, "500 g flour", "1 cup flour", "2 flour", "1 kg flour")], {"a": 1}),
    ([_recipe("a", 1, "  2   cup   whole   milk  ", "2 cup whole milk")], {"a": 3}),
    ([_recipe("a", 1, "1 pinch salt", "2 pinch salt", "1 clove garlic", "3 garlic")], {"a": 1}),
    ([_recipe("a", 7, "1 crème fraîche", "1 CRÈME FRAÎCHE", "1/3 cup Crème Fraîche")], {"a": 1}),
    ([_recipe("a", 3, "1/3 cup oil", "1/3 cup oil", "1/3 cup oil")], {"a": 1}),
    ([_recipe("a", 1, "0.1 g x"), _recipe("b", 1, "0.2 g x"), _recipe("c", 1, "0.3 g x")], {"a": 1, "b": 1, "c": 1}),
    ([_recipe("a", 1, "1 g salt"), _recipe("a", 2, "1 g salt")], {"a": 4}),
    ([_recipe("a", 1, "2 cup")], {"a": 1}),
    ([_recipe("a", 1, "1-1/2 cups rice", "1 1/2 rice")], {"a": 2}),
    ([_recipe("a", 1, "1 g salt", "eggs")], {"a": 1}),
    ([_recipe("a", 1, "1 g salt", "some eggs")], {"a": 1}),
    ([_recipe("a", 1, "-1 g salt")], {"a": 1}),
    ([_recipe("a", 0, "1 g salt")], {"a": 1}),
    ([_recipe("a", 0, "1 g salt")], {"a": 0}),
    ([_recipe("a", 1, "1 g salt"), _recipe("b", 0, "1 g pepper")], {"a": 1, "b": 2}),
    ([_recipe("a", 4, "3 oz tuna", "1 lb tuna", "2 tuna")], {"a": 6}),
    ([_recipe("a", 1, "1 g b", "1 g a", "1 ml b", "1 g b", "1 a")], {"a": 1}),
    ([{"name": "a", "serves": 1, "ingredients": ("1 g salt", "2 g salt")}], {"a": 1}),
    ([_recipe("a", 2, "1e3 g sugar", "inf g sugar")], {"a": 1}),
    ([_recipe("a", 1, "1 g salt")], {"a": -2}),
]


@pytest.mark.parametrize("recipes, servings", CASES)
def test_same_as_reference(recipes, servings) -> None:
    assert_same(build_shopping_list, reference, recipes, servings)


def _random_menu(seed, dishes, names):
    rng = random.Random(seed)
    units = ["g", "kg", "ml", "l", "tsp", "tbsp", "cup", "oz", "", "", "pinch"]
    pool = [f"item {n}" for n in range(names)]
    recipes = []
    for number in range(dishes):
        lines = []
        for _ in range(rng.randint(0, 9)):
            quantity = rng.choice(["1", "2", "0.25", "1/3", "2/3", "1-1/4", "125", "7"])
            unit = rng.choice(units)
            name = rng.choice(pool)
            if rng.random() < 0.2:
                name = name.upper()
            lines.append(f"{quantity} {unit} {name}" if unit else f"{quantity} {name}")
        recipes.append(_recipe(f"dish {rng.randint(0, dishes)}", rng.randint(1, 6), *lines))
    servings = {f"dish {n}": rng.choice([0, 1, 3, 7, 12]) for n in range(dishes)}
    return recipes, servings


@pytest.mark.parametrize("seed", range(12))
def test_random_menus(seed) -> None:
    recipes, servings = _random_menu(seed, 15, 12)
    assert_same(build_shopping_list, reference, recipes, servings)


def test_big_menu() -> None:
    recipes, servings = _random_menu(99, 400, 600)
    assert_same(build_shopping_list, reference, recipes, servings)


def test_recipes_are_not_modified() -> None:
    recipes = [_recipe("a", 2, "1 cup milk"), _recipe("b", 1, "1 cup milk", "2 eggs")]
    before = [dict(r, ingredients=list(r["ingredients"])) for r in recipes]
    build_shopping_list(recipes, {"a": 4, "b": 1})
    assert recipes == before


def test_error_messages() -> None:
    for recipes in ([_recipe("a", 1, "1 g salt", "eggs")], [_recipe("a", 1, "x g salt")]):
        with pytest.raises(ValueError) as got:
            build_shopping_list(recipes, {"a": 1})
        with pytest.raises(ValueError) as want:
            reference(recipes, {"a": 1})
        assert str(got.value) == str(want.value)


def test_zero_serves_fails_only_when_planned() -> None:
    recipes = [_recipe("a", 0, "1 g salt"), _recipe("b", 1, "2 g salt")]
    assert build_shopping_list(recipes, {"b": 1}) == [("salt", 2.0, "g")]
    with pytest.raises(ZeroDivisionError):
        build_shopping_list(recipes, {"a": 1, "b": 1})


def test_missing_recipe_keys() -> None:
    assert_same(build_shopping_list, reference, [{"name": "a", "ingredients": ["1 g x"]}], {"a": 1})
    assert_same(build_shopping_list, reference, [{"name": "a", "ingredients": ["1 g x"]}], {})
    assert_same(build_shopping_list, reference, [{"serves": 1, "ingredients": ["1 g x"]}], {"a": 1})
