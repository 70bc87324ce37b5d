"""Order messages as they appear in the exchange's message log."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    order_id: str
    side: str          # "buy" or "sell"
    price: int         # limit price in ticks
    quantity: int      # lots
    trader: str = ""


@dataclass(frozen=True)
class Cancel:
    order_id: str


def best_first(side: str):
    """Sort key giving price-time priority for resting orders ``[price, seq, remaining, order]``."""
    if side == "buy":
        return lambda entry: (-entry[0], entry[1])
    return lambda entry: (entry[0], entry[1])
