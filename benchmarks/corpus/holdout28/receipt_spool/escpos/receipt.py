"""Receipts as the till software records them, and their text layout."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    """One receipt line: a product, how many were sold and the unit price in cents (VAT included)."""

    description: str
    quantity: int
    unit_cents: int


@dataclass(frozen=True)
class Receipt:
    """One sale at a till. ``method`` is "CASH" or "CARD"; ``paid_cents`` is what the customer handed over."""

    store: str
    till: int
    number: int
    issued: str
    items: tuple[Item, ...]
    paid_cents: int
    method: str = "CARD"
    vat_percent: int = 20


def money(cents: int) -> str:
    """Cents as a decimal amount: 1234 -> "12.34", -5 -> "-0.05"."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def two_columns(left: str, right: str, width: int) -> str:
    """``left`` and ``right`` on one line of ``width`` characters; ``left`` is cut to make room."""
    room = width - len(right) - 1
    if room < 1:
        return right[-width:]
    if len(left) > room:
        left = left[:room]
    return left + " " * (width - len(left) - len(right)) + right
