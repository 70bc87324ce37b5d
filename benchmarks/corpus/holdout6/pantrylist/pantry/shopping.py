"""Turn a week's recipes into one shopping list."""

from __future__ import annotations

from typing import Mapping, Sequence

from pantry.units import UNITS, parse_quantity, to_base


def parse_ingredient(line: str) -> tuple[float, str | None, str]:
    """'2 tbsp Olive oil' -> (2.0, 'tbsp', 'olive oil'); the unit is None for counted items."""
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


def build_shopping_list(recipes: Sequence[Mapping], servings: Mapping[str, int]) -> list[tuple[str, float, str]]:
    """Merge the ingredients of the planned recipes, scaled to the wanted servings.

    `recipes` are dicts with "name", "serves" and "ingredients" (lines as read by
    parse_ingredient); `servings` maps a recipe name to how many servings to cook, and
    recipes not in it (or planned for 0 servings) are skipped. Quantities of the same
    ingredient in the same base unit are added up. The result lists (name, quantity,
    unit) in the order the ingredients were first needed, quantities rounded to 2 places.
    """
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
