"""Open customer orders as exported from the order management system."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class OrderLine:
    sku: str
    quantity: int
    zone: str  # pick zone of the SKU's primary location


@dataclass
class Order:
    order_id: str
    cutoff: str  # carrier collection time, "HH:MM"
    priority: int  # higher is more urgent (e.g. 3 = next-day express)
    lines: list[OrderLine] = field(default_factory=list)


def order_units(order: Order) -> int:
    return sum(line.quantity for line in order.lines)


def order_zones(order: Order) -> list[str]:
    return sorted({line.zone for line in order.lines})
