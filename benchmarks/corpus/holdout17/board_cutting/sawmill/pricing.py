"""The merchant's price list of stock lengths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class StockLength:
    name: str
    length_mm: int
    price: float


def load_price_list(rows: Iterable[dict[str, Any]]) -> list[StockLength]:
    """Stock lengths from price-list rows (``name``, ``length_mm``, ``price``), in list order."""
    stock = []
    for row in rows:
        length = int(row["length_mm"])
        if length <= 0:
            raise ValueError(f"stock length {row['name']!r} must be positive")
        stock.append(StockLength(row["name"], length, float(row["price"])))
    return stock
