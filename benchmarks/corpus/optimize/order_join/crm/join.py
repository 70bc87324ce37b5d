"""Join orders with the customer table for the invoicing run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Customer:
    customer_id: int
    name: str
    country: str


@dataclass(frozen=True)
class Order:
    order_id: int
    customer_id: int
    total: float


def orders_with_customers(orders: list[Order], customers: list[Customer]) -> list[tuple[int, str, str, float]]:
    """(order id, customer name, country, total) for every order and matching customer.

    Orders without a known customer are left out.
    """
    joined = []
    for order in orders:
        for customer in customers:
            if customer.customer_id == order.customer_id:
                joined.append((order.order_id, customer.name, customer.country, order.total))
    return joined


def invoice_lines(orders: list[Order], customers: list[Customer], country: str) -> list[str]:
    """Invoice lines for the customers of one country."""
    return [f"{oid} {name} {total:.2f}" for oid, name, c, total in orders_with_customers(orders, customers)
            if c == country]
