"""Best-value cross-cutting of rough boards into priced stock lengths."""

from __future__ import annotations

from typing import Any, Sequence

from sawmill.pricing import StockLength


def best_cut(length: int, stock: Sequence[StockLength], kerf: int) -> tuple[float, tuple[StockLength, ...]]:
    """Most valuable sequence of stock pieces that fits in ``length`` mm of board.

    Every piece but the last loses ``kerf`` mm to the saw blade. Among equally valuable
    plans the one found first (earlier price-list entries first) wins.
    """
    best_value: float = 0
    best_pieces: tuple[StockLength, ...] = ()
    for item in stock:
        if item.length_mm > length:
            continue
        rest = length - item.length_mm - kerf
        if rest < 0:
            rest = 0
        value, pieces = best_cut(rest, stock, kerf)
        value += item.price
        if value > best_value:
            best_value, best_pieces = value, (item,) + pieces
    return best_value, best_pieces


def plan_boards(boards: Sequence[tuple[Any, int]], stock: Sequence[StockLength], kerf: int = 4) -> dict[str, Any]:
    """Cut plan for each ``(board id, length mm)`` and the totals for the yard ticket.

    Each plan is ``(board id, piece names, value rounded to cents, offcut mm)``; the
    totals are the number of pieces of each stock name and the value of the batch.
    """
    if kerf < 0:
        raise ValueError("kerf cannot be negative")
    if any(item.length_mm <= 0 for item in stock):
        raise ValueError("stock lengths must be positive")
    plans = []
    counts: dict[str, int] = {}
    total = 0.0
    for board_id, length in boards:
        value, pieces = best_cut(length, stock, kerf)
        used = sum(item.length_mm for item in pieces) + kerf * max(len(pieces) - 1, 0)
        plans.append((board_id, [item.name for item in pieces], round(value, 2), max(length - used, 0)))
        for item in pieces:
            counts[item.name] = counts.get(item.name, 0) + 1
        total += value
    return {"plans": plans, "pieces": counts, "value": round(total, 2)}
