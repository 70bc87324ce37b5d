"""Cost dishes from their recipes, where a recipe may use other recipes (stocks, sauces, doughs)."""

from __future__ import annotations

from typing import Mapping, Sequence

Recipe = Mapping[str, object]


class CircularRecipeError(ValueError):
    """A recipe (indirectly) uses itself."""


def unit_cost(name: str, recipes: Mapping[str, Recipe], prices: Mapping[str, float], path: tuple[str, ...] = ()) -> float:
    """Cost of one unit of `name`: a purchased item's price, or a recipe's batch cost per unit of yield.

    Purchased prices win over recipes of the same name. Raises KeyError for a name that
    is neither priced nor a recipe, and CircularRecipeError when recipes use themselves.
    """
    if name in path:
        raise CircularRecipeError("circular recipe: " + " -> ".join(path + (name,)))
    if name in prices:
        return prices[name]
    if name not in recipes:
        raise KeyError(f"no price or recipe for {name!r}")
    recipe = recipes[name]
    batch = 0.0
    for ingredient, quantity in recipe["ingredients"]:
        batch += quantity * unit_cost(ingredient, recipes, prices, path + (name,))
    return batch / recipe["yield"]


def cost_menu(
    menu: Sequence[tuple[str, float]], recipes: Mapping[str, Recipe], prices: Mapping[str, float]
) -> list[tuple[str, float, float]]:
    """(dish, plate cost, food-cost percentage) for each (dish, menu price) on the menu.

    Plate cost is rounded to cents and the percentage to one decimal, both computed from
    the unrounded cost.
    """
    rows = []
    for dish, menu_price in menu:
        cost = unit_cost(dish, recipes, prices)
        rows.append((dish, round(cost, 2), round(100 * cost / menu_price, 1)))
    return rows
