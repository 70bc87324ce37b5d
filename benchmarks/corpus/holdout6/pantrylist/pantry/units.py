"""Kitchen units and their conversion to the base unit used on the shopping list."""

from __future__ import annotations

from fractions import Fraction

# unit name -> (base unit, how many base units one of it is)
UNITS: dict[str, tuple[str, float]] = {
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


def parse_quantity(text: str) -> float:
    """'2', '0.5', '1/3' or '1-1/2' as a float; ValueError for anything else."""
    whole, dash, rest = text.partition("-")
    if dash:
        return float(int(whole)) + float(Fraction(rest))
    if "/" in text:
        return float(Fraction(text))
    return float(text)


def to_base(quantity: float, unit: str | None) -> tuple[float, str]:
    """Convert a quantity in `unit` (None for a plain count) to its base unit."""
    if unit is None:
        return quantity, "pc"
    base, factor = UNITS[unit]
    return quantity * factor, base
