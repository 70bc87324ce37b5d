"""Greedy wave building: fill each picking cart with the most urgent orders that fit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from wavepick.orders import Order, order_units, order_zones


@dataclass
class Wave:
    number: int
    cutoff: str
    orders: list[str]
    units: int
    zones: list[str]


def build_waves(orders: Sequence[Order], cart_units: int = 60, max_orders: int = 12, max_zones: int = 3) -> list[Wave]:
    """Pick waves in release order.

    Orders are taken by carrier cutoff, then priority (highest first), then as given.
    The most urgent pending order seeds a wave; later pending orders join it, in the
    same order, while they fit the cart, share a zone with the wave and keep the wave
    within ``max_zones`` zones, until the wave has ``max_orders`` orders.
    """
    pending = sorted(orders, key=lambda order: (order.cutoff, -order.priority))
    waves = []
    while pending:
        seed = pending[0]
        pending.remove(seed)
        members = [seed]
        units = order_units(seed)
        zones = set(order_zones(seed))
        for order in list(pending):
            if len(members) >= max_orders:
                break
            needed = order_units(order)
            if units + needed > cart_units:
                continue
            wanted = set(order_zones(order))
            if zones and not zones & wanted:
                continue
            if len(zones | wanted) > max_zones:
                continue
            members.append(order)
            units += needed
            zones |= wanted
            pending.remove(order)
        waves.append(Wave(len(waves) + 1, seed.cutoff, [order.order_id for order in members], units, sorted(zones)))
    return waves
