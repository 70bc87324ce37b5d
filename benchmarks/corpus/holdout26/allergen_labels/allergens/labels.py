"""Label declarations: the ingredient list with allergens emphasised, and the precautionary statement."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from allergens.matching import find_allergens


@dataclass(frozen=True)
class Product:
    """A product as the recipe system exports it: ingredients in descending weight order, and cross-contact risks."""

    code: str
    name: str
    ingredients: tuple[str, ...]
    may_contain: tuple[str, ...] = ()


@dataclass
class Declaration:
    """What goes on the label: allergens contained (vocabulary order), the ingredient line and the may-contain list."""

    code: str
    contains: list[str]
    ingredient_line: str
    may_contain: list[str] = field(default_factory=list)


def declare_allergens(products: Sequence[Product], vocabulary: Mapping[str, Sequence[str]]) -> list[Declaration]:
    """One declaration per product, in product order.

    Ingredients that contain an allergen are written in capitals in the ingredient line
    (the labels are plain text); the line joins the ingredients with ", " and ends with a
    full stop. The may-contain list names, in vocabulary order, the allergens found in the
    product's cross-contact notes that the product does not already contain.
    """
    declarations = []
    for product in products:
        contained: set[str] = set()
        parts = []
        for ingredient in product.ingredients:
            found = find_allergens(ingredient, vocabulary)
            contained.update(found)
            parts.append(ingredient.upper() if found else ingredient)
        traces: set[str] = set()
        for note in product.may_contain:
            traces.update(find_allergens(note, vocabulary))
        declarations.append(Declaration(
            product.code,
            [allergen for allergen in vocabulary if allergen in contained],
            ", ".join(parts) + ".",
            [allergen for allergen in vocabulary if allergen in traces and allergen not in contained],
        ))
    return declarations
