"""Check order lines against what the warehouse carries and holds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrderLine:
    order_id: int
    sku: str
    quantity: int


class Inventory:
    """Stock on hand, as loaded from the nightly export."""

    def __init__(self, skus: list[str], on_hand: dict[str, int] | None = None) -> None:
        self.skus = list(skus)
        self.on_hand = dict(on_hand or {})

    def carries(self, sku: str) -> bool:
        return sku in self.skus

    def shortages(self, lines: list[OrderLine]) -> list[tuple[int, str, str]]:
        """(order id, SKU, reason) for each order line that cannot ship, in order.

        A line cannot ship when the warehouse does not carry its SKU, or holds fewer
        units than the line asks for.
        """
        short = []
        for line in lines:
            if line.sku not in self.skus:
                short.append((line.order_id, line.sku, "not carried"))
            elif self.on_hand.get(line.sku, 0) < line.quantity:
                short.append((line.order_id, line.sku, "insufficient"))
        return short
