"""Reconcile incoming orders against the product catalog."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    order_id: int
    sku: str
    quantity: int
    unit_price: float


def unknown_skus(order_skus: list[str], catalog_skus: list[str]) -> list[str]:
    """Return the SKUs of orders that are not in the catalog.

    Order and duplicates are kept: each unknown order line is reported.
    """
    unknown = []
    for sku in order_skus:
        if sku not in catalog_skus:
            unknown.append(sku)
    return unknown


def order_total(orders: list[Order]) -> float:
    """Total value of the given orders, rounded to cents."""
    return round(sum(o.quantity * o.unit_price for o in orders), 2)


def summarize(orders: list[Order], catalog_skus: list[str]) -> dict[str, object]:
    """A short report: order count, total value and the unknown SKUs."""
    skus = [o.sku for o in orders]
    missing = unknown_skus(skus, catalog_skus)
    return {
        "orders": len(orders),
        "total": order_total(orders),
        "unknown": len(missing),
        "first_unknown": missing[:3],
    }
