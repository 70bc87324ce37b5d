"""Strict equivalence tests for cost_menu (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from menucost.costing import CircularRecipeError, cost_menu
from strict_support import assert_same

TARGET = "menucost/costing.py:cost_menu"


def _unit_cost(name, recipes, prices, path=()):
    if name in path:
        raise CircularRecipeError("circular recipe: " + " -> ".join(path + (name,)))
    if name in prices:
        return prices[name]
    if name not in recipes:
        raise KeyError(f"no price or recipe for {name!r}")
    recipe = recipes[name]
    batch = 0.0
    for ingredient, quantity in recipe["ingredients"]:
        batch += quantity * _unit_cost(ingredient, recipes, prices, path + (name,))
    return batch / recipe["yield"]


def reference(menu, recipes, prices):
    rows = []
    for dish, menu_price in menu:
        cost = _unit_cost(dish, recipes, prices)
        rows.append((dish, round(cost, 2), round(100 * cost / menu_price, 1)))
    return rows


def R(yield_, *parts):
    return {"yield": yield_, "ingredients": list(parts)}


PRICES = {"flour": 0.8, "butter": 9.0, "water": 0.0, "salt": 1.2, "bones": 2.5, "egg": 3, "sugar": 1}
RECIPES = {
    "dough": R(2, ("flour", 1.0), ("butter", 0.25), ("water", 0.5)),
    "stock": R(4, ("bones", 2.0), ("water", 5.0), ("salt", 0.05)),
    "pie": R(1, ("dough", 0.5), ("stock", 0.25), ("butter", 0.1)),
    "gravy": R(3, ("stock", 2), ("flour", 0.1)),
    "roast": R(1, ("gravy", 0.3), ("stock", 0.1), ("dough", 0.2), ("pie", 0.05)),
    "meringue": R(6, ("egg", 4), ("sugar", 2)),
    "empty": R(1),
    "zero_yield": R(0, ("flour", 1)),
    "loop_a": R(1, ("flour", 1), ("loop_b", 1)),
    "loop_b": R(1, ("stock", 1), ("loop_a", 1)),
    "self": R(1, ("self", 1)),
    "ghost": R(1, ("stock", 1), ("unobtainium", 1)),
    "late_loop": R(1, ("pie", 1), ("roast", 2), ("loop_a", 1)),
    "butter": R(1, ("cream", 1)),
    "crème": R(2, ("butter", 0.5), ("sugar", 0.5)),
    "tupled": {"yield": 2.5, "ingredients": (("stock", 1), ("dough", 3))},
    "intonly": R(1, ("egg", 2), ("sugar", 3)),
    "negative": R(1, ("egg", -2), ("sugar", 3)),
}

MENUS = [
    [],
    [("pie", 10.0)],
    [("pie", 10)],
    [("pie", 10.0), ("pie", 10.0)],
    [("roast", 22.0), ("gravy", 3.5), ("pie", 9.0), ("stock", 4.0)],
    [("flour", 1.0)],
    [("egg", 7)],
    [("meringue", 4.0)],
    [("empty", 3.0)],
    [("zero_yield", 3.0)],
    [("pie", 0)],
    [("pie", 0.0)],
    [("pie", -5.0)],
    [("loop_a", 5.0)],
    [("pie", 5.0), ("loop_b", 5.0)],
    [("self", 1.0)],
    [("ghost", 1.0)],
    [("roast", 1.0), ("late_loop", 1.0)],
    [("roast", 1.0), ("nothing", 1.0)],
    [("butter", 1.0)],
    [("crème", 1.0)],
    [("tupled", 12.0)],
    [("intonly", 12)],
    [("negative", 12.0)],
    [("pie", 10.0), ("ghost", 1.0), ("loop_a", 1.0)],
    [("pie", 10.0), ("loop_a", 1.0), ("ghost", 1.0)],
    (("pie", 10.0), ("roast", 30.0)),
    [("", 1.0)],
]


def _random():
    rng = random.Random(2718)
    for n in range(130):
        prices = {f"r{i}": rng.choice([round(rng.uniform(0.1, 20), 2), 1, 0.0, 0.1]) for i in range(rng.randint(1, 12))}
        levels = [list(prices)]
        recipes = {}
        for level in range(rng.randint(1, 5)):
            names = [f"L{level}n{i}" for i in range(rng.randint(1, 6))]
            for name in names:
                parts = []
                for _ in range(rng.randint(0, 5)):
                    pool = rng.choice(levels)
                    parts.append((rng.choice(pool), rng.choice([1, 2, 0.5, round(rng.uniform(0.01, 3), 3)])))
                recipes[name] = R(rng.choice([1, 2, 3, 4, 10, 0.5]), *parts)
            levels.append(names)
        if n % 7 == 0 and len(levels) > 2:
            low = rng.choice(levels[1])
            recipes[low]["ingredients"].append((rng.choice(levels[-1]), 1))
        if n % 11 == 0:
            recipes[rng.choice(levels[-1])]["ingredients"].append(("missing", 1))
        if n % 13 == 0:
            prices[rng.choice(levels[1])] = 4.0
        all_names = [name for level in levels for name in level]
        menu = [(rng.choice(all_names), rng.choice([8.0, 12.5, 30, 19.99])) for _ in range(rng.randint(0, 8))]
        yield menu, recipes, prices


@pytest.mark.parametrize("menu", MENUS)
def test_fixed_menus(menu) -> None:
    assert_same(cost_menu, reference, menu, RECIPES, PRICES)


@pytest.mark.parametrize("case", list(_random()))
def test_random_kitchens(case) -> None:
    assert_same(cost_menu, reference, *case)


def test_deep_shared_components() -> None:
    rng = random.Random(4)
    prices = {f"raw{i}": round(rng.uniform(0.2, 9), 2) for i in range(50)}
    levels = [list(prices)]
    recipes = {}
    for level in range(6):
        names = [f"c{level}-{i}" for i in range(12)]
        for name in names:
            recipes[name] = R(rng.choice([1, 2, 4]), *[(rng.choice(levels[-1] if rng.random() < 0.7 else rng.choice(levels)), round(rng.uniform(0.1, 1), 2)) for _ in range(4)])
        levels.append(names)
    menu = [(name, 20.0) for name in levels[-1] + levels[-2]]
    assert_same(cost_menu, reference, menu, recipes, prices)


def test_cycle_message() -> None:
    with pytest.raises(CircularRecipeError, match="circular recipe: late_loop -> loop_a -> loop_b -> loop_a"):
        cost_menu([("late_loop", 1.0)], RECIPES, PRICES)
