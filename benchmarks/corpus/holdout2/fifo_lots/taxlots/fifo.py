"""Realized capital gains with first-in first-out lot matching."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trade:
    symbol: str
    side: str  # "buy" or "sell"
    quantity: int
    price_cents: int


def realized_gains(trades: list[Trade]) -> dict[str, int]:
    """Realized gain per symbol, in cents, matching each sell to the oldest open buys.

    Trades are taken in list order. A buy opens a lot; a sell consumes the oldest open
    lots of its symbol first, splitting a lot when it needs only part of it, and gains
    (sell price - lot price) per unit consumed. Returns {symbol: total gain} with one
    entry per symbol that was sold at least once (a sell of 0 units included), in the
    order in which the symbols were first sold. Raises ValueError for a negative
    quantity, for a side other than "buy" or "sell", and when a sell needs more units
    than the symbol's open lots hold.
    """
    lots: dict[str, list[list[int]]] = {}
    gains: dict[str, int] = {}
    for trade in trades:
        if trade.quantity < 0:
            raise ValueError(f"negative quantity in {trade}")
        if trade.side == "buy":
            lots.setdefault(trade.symbol, []).append([trade.quantity, trade.price_cents])
        elif trade.side == "sell":
            open_lots = lots.get(trade.symbol, [])
            remaining, gain = trade.quantity, 0
            while remaining:
                if not open_lots:
                    raise ValueError(f"selling more {trade.symbol} than held")
                lot = open_lots[0]
                used = min(lot[0], remaining)
                gain += used * (trade.price_cents - lot[1])
                lot[0] -= used
                remaining -= used
                if lot[0] == 0:
                    open_lots.pop(0)
            gains[trade.symbol] = gains.get(trade.symbol, 0) + gain
        else:
            raise ValueError(f"unknown side {trade.side!r}")
    return gains
