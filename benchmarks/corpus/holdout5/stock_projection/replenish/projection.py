"""Day-by-day stock projection for a network of warehouses."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Iterable, Mapping

Levels = dict[str, dict[str, int]]


@dataclass(frozen=True)
class Delivery:
    """An inbound shipment arriving at a warehouse on the morning of `day`."""

    day: int
    warehouse: str
    sku: str
    quantity: int


@dataclass
class Projection:
    """Result of a projection run.

    `levels[d]` is the stock at the end of day d (`levels[0]` is the opening
    stock), `lost_sales` the demand that could not be served per
    (warehouse, sku), and `first_stockout` the first day on which demand for
    a (warehouse, sku) could not be served in full.
    """

    levels: list[Levels] = field(default_factory=list)
    lost_sales: dict[tuple[str, str], int] = field(default_factory=dict)
    first_stockout: dict[tuple[str, str], int] = field(default_factory=dict)

    def closing(self) -> Levels:
        return self.levels[-1]


def project_stock(
    opening: Mapping[str, Mapping[str, int]],
    daily_demand: Mapping[str, Mapping[str, int]],
    deliveries: Iterable[Delivery],
    days: int,
) -> Projection:
    """Project stock levels for `days` days.

    Each day, deliveries due that day arrive first (in the order given), then
    each warehouse serves its daily demand per SKU from what is on hand;
    unserved demand is lost, not back-ordered. A warehouse or SKU missing from
    `opening` starts at zero. Deliveries due after the horizon are ignored.
    The inputs are not modified. Raises ValueError for a negative horizon,
    demand or delivery quantity, or a delivery before day 1.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    deliveries = list(deliveries)
    for delivery in deliveries:
        if delivery.day < 1:
            raise ValueError(f"delivery of {delivery.sku} to {delivery.warehouse} is due before day 1")
        if delivery.quantity < 0:
            raise ValueError(f"negative delivery quantity for {delivery.sku}")
    for warehouse, demand in daily_demand.items():
        for sku, quantity in demand.items():
            if quantity < 0:
                raise ValueError(f"negative demand for {sku} at {warehouse}")

    state: Levels = copy.deepcopy({warehouse: dict(skus) for warehouse, skus in opening.items()})
    projection = Projection(levels=[copy.deepcopy(state)])
    for day in range(1, days + 1):
        for delivery in deliveries:
            if delivery.day == day:
                stock = state.setdefault(delivery.warehouse, {})
                stock[delivery.sku] = stock.get(delivery.sku, 0) + delivery.quantity
        for warehouse, demand in daily_demand.items():
            stock = state.setdefault(warehouse, {})
            for sku, quantity in demand.items():
                on_hand = stock.get(sku, 0)
                served = min(on_hand, quantity)
                stock[sku] = on_hand - served
                if served < quantity:
                    key = (warehouse, sku)
                    projection.lost_sales[key] = projection.lost_sales.get(key, 0) + quantity - served
                    projection.first_stockout.setdefault(key, day)
        projection.levels.append(copy.deepcopy(state))
    return projection
