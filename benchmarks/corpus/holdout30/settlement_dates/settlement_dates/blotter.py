"""The day's trade blotter from the order-management system."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class Trade:
    trade_id: str
    market: str
    isin: str
    side: str
    quantity: int
    price: Decimal
    trade_date: date


def parse_blotter(text: str) -> list[Trade]:
    """Read the blotter CSV (trade_id,market,isin,side,quantity,price,trade_date; header
    required). Raises ``ValueError`` for a bad side, quantity, price or date."""
    trades = []
    for row in csv.DictReader(io.StringIO(text)):
        side = row["side"].strip().upper()
        if side not in ("B", "S"):
            raise ValueError(f"trade {row['trade_id']}: side must be B or S")
        try:
            quantity = int(row["quantity"])
            price = Decimal(row["price"])
        except (ValueError, InvalidOperation):
            raise ValueError(f"trade {row['trade_id']}: bad quantity or price") from None
        trades.append(Trade(row["trade_id"], row["market"].strip(), row["isin"].strip(), side, quantity, price,
                            date.fromisoformat(row["trade_date"].strip())))
    return trades
