"""The agronomist's table of approved products and their label limits."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOSE = re.compile(r"^(\d+(?:\.\d+)?)\s*(l|ml|kg|g)\s*/\s*ha$", re.IGNORECASE)
_INTERVAL = re.compile(r"^(\d+)\s*days?$", re.IGNORECASE)


@dataclass(frozen=True)
class ProductLimits:
    """Label limits of one product: maximum individual dose (litres or kilograms per hectare),
    maximum number of applications per crop, and the harvest interval in days."""

    product: str
    max_dose: float
    max_applications: int
    harvest_interval_days: int


def product_key(name: str) -> str:
    """The form product names are matched in: case-folded, with runs of whitespace as one space."""
    return " ".join(name.split()).casefold()


def parse_dose(text: str) -> float:
    """A label dose such as "1.0 l/ha", "75 ml/ha" or "250 g/ha", in litres or kilograms per hectare.

    Raises ``ValueError`` for any other form.
    """
    match = _DOSE.match(text.strip())
    if match is None:
        raise ValueError(f"unreadable dose {text!r}")
    amount, unit = float(match.group(1)), match.group(2).lower()
    return amount / 1000 if unit in ("ml", "g") else amount


def parse_label_table(text: str) -> dict[str, ProductLimits]:
    """Read the table, one "product | max dose | max applications | harvest interval" row per
    line, keyed by ``product_key``. "#" comments and blank lines are skipped; a harvest interval
    of "-" or "none" is 0 days.

    Raises ``ValueError`` for a malformed row or a product listed twice.
    """
    table: dict[str, ProductLimits] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != 4 or not cells[0]:
            raise ValueError(f"label table line {number}: expected 4 cells")
        name, dose, applications, interval = cells
        if not applications.isdigit():
            raise ValueError(f"label table line {number}: bad application count {applications!r}")
        if interval.lower() in ("-", "none"):
            days = 0
        else:
            match = _INTERVAL.match(interval)
            if match is None:
                raise ValueError(f"label table line {number}: bad harvest interval {interval!r}")
            days = int(match.group(1))
        key = product_key(name)
        if key in table:
            raise ValueError(f"label table line {number}: {name} is listed twice")
        table[key] = ProductLimits(name, parse_dose(dose), int(applications), days)
    return table


def product_limits(label_table: str, product: str) -> ProductLimits | None:
    """The label limits of ``product`` in the table text, or None if it is not approved."""
    return parse_label_table(label_table).get(product_key(product))
