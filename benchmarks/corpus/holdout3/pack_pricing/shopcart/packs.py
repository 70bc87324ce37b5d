"""Quote a bulk order from the pack sizes a supplier sells.

Suppliers sell screws, cable ties, labels... only in packs (6, 12, 50 pieces), with
prices that are not proportional to the size.  The cheapest way to get at least the
quantity a customer wants is often a mix of packs.
"""

from __future__ import annotations


def cheapest_cost(units: int, packs: dict[int, int], handling: int = 0) -> int:
    """Lowest total price (in cents) of whole packs holding at least `units` items.

    `packs` maps a pack size to its price; every pack bought also costs `handling`.
    Nothing to buy (units <= 0) costs nothing.
    """
    if units <= 0:
        return 0
    if not packs:
        raise ValueError("the supplier sells no packs")
    best = None
    for size, price in packs.items():
        if size <= 0:
            raise ValueError(f"pack size must be positive, got {size}")
        cost = price + handling + cheapest_cost(units - size, packs, handling)
        if best is None or cost < best:
            best = cost
    return best


def quote(units: int, packs: dict[int, int], handling: int = 0) -> str:
    """A line for the customer: the quantity and the price in euros."""
    cents = cheapest_cost(units, packs, handling)
    return f"{units} pcs: EUR {cents // 100}.{cents % 100:02d}"
