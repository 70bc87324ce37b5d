"""Replay an order log through a continuous limit order book."""

from __future__ import annotations

from typing import Any, Sequence

from matching.orders import Cancel, Order, best_first


def replay(messages: Sequence[Order | Cancel]) -> dict[str, Any]:
    """Trades and the closing book from a log of orders and cancels.

    An incoming order trades against the best resting orders on the other side (best
    price first, earliest first at the same price) while prices cross, at the resting
    order's price; whatever is left rests in the book. A cancel removes what is left of
    a resting order; cancels for orders that are not resting are counted as unknown.
    Order ids must be unique. Returns the trades ``(buy id, sell id, price, lots)``, the
    closing book per side best first as ``(price, lots, order id)``, and the unknown cancels.
    """
    bids: list[list[Any]] = []
    asks: list[list[Any]] = []
    seen: set[str] = set()
    trades: list[tuple[str, str, int, int]] = []
    unknown_cancels = 0
    for seq, message in enumerate(messages):
        if isinstance(message, Cancel):
            for book in (bids, asks):
                for position, entry in enumerate(book):
                    if entry[3].order_id == message.order_id:
                        del book[position]
                        break
                else:
                    continue
                break
            else:
                unknown_cancels += 1
            continue
        if message.order_id in seen:
            raise ValueError(f"duplicate order id {message.order_id!r}")
        seen.add(message.order_id)
        if message.side not in ("buy", "sell"):
            raise ValueError(f"unknown side {message.side!r}")
        if message.quantity <= 0:
            raise ValueError(f"order {message.order_id!r} has no quantity")
        buying = message.side == "buy"
        own, other = (bids, asks) if buying else (asks, bids)
        other_key = best_first("sell" if buying else "buy")
        remaining = message.quantity
        while remaining and other:
            other.sort(key=other_key)
            best = other[0]
            if (buying and best[0] > message.price) or (not buying and best[0] < message.price):
                break
            lots = min(remaining, best[2])
            if buying:
                trades.append((message.order_id, best[3].order_id, best[0], lots))
            else:
                trades.append((best[3].order_id, message.order_id, best[0], lots))
            remaining -= lots
            best[2] -= lots
            if best[2] == 0:
                other.pop(0)
        if remaining:
            own.append([message.price, seq, remaining, message])
    bids.sort(key=best_first("buy"))
    asks.sort(key=best_first("sell"))
    return {
        "trades": trades,
        "bids": [(entry[0], entry[2], entry[3].order_id) for entry in bids],
        "asks": [(entry[0], entry[2], entry[3].order_id) for entry in asks],
        "unknown_cancels": unknown_cancels,
    }
