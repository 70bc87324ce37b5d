"""Stock valuation at landed cost after a container is received."""

from __future__ import annotations

from typing import Iterable

from landed_cost.allocation import LandedLine


def weighted_average_costs(on_hand: dict[str, tuple[int, int]], received: Iterable[LandedLine]) -> dict[str, tuple[int, int]]:
    """New (units, average unit cost in cents) per SKU after receiving the landed lines.

    The average is rounded half up to the cent; ``on_hand`` is not changed.
    """
    stock = dict(on_hand)
    for line in received:
        units, average = stock.get(line.sku, (0, 0))
        value = units * average + line.landed_cents
        units += line.quantity
        stock[line.sku] = (units, (2 * value + units) // (2 * units))
    return stock
