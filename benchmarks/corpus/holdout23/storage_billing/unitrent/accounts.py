"""Customers and unit rentals as exported from the CRM."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Customer:
    customer_id: str
    name: str
    settings: str  # the CRM's JSON settings document, see unitrent.settings


@dataclass
class Rental:
    """A unit let to a customer from ``start`` to ``end`` (inclusive, "YYYY-MM-DD"; None while let)."""

    unit_id: str
    customer_id: str
    monthly_rate: int  # pence
    start: str
    end: str | None = None
