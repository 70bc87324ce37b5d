"""Warehouse stock levels computed from a journal of stock movements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    reorder_point: int


@dataclass(frozen=True)
class Movement:
    sku: str
    quantity: int  # positive: goods received, negative: goods shipped or written off
    reference: str = ""


@dataclass(frozen=True)
class ReorderLine:
    sku: str
    name: str
    on_hand: int
    shortfall: int


class Inventory:
    """Products of one warehouse and the journal of everything that moved in or out."""

    def __init__(self, products: Iterable[Product] = ()) -> None:
        self._products: dict[str, Product] = {}
        self._movements: list[Movement] = []
        for product in products:
            self.add_product(product)

    def add_product(self, product: Product) -> None:
        if product.sku in self._products:
            raise ValueError(f"duplicate SKU {product.sku!r}")
        self._products[product.sku] = product

    def record(self, sku: str, quantity: int, reference: str = "") -> None:
        """Journal a movement of `quantity` units (negative for goods leaving)."""
        if sku not in self._products:
            raise KeyError(sku)
        if quantity == 0:
            raise ValueError("a movement must move something")
        self._movements.append(Movement(sku, quantity, reference))

    def on_hand(self, sku: str) -> int:
        """Units of `sku` currently in the warehouse."""
        if sku not in self._products:
            raise KeyError(sku)
        return sum(movement.quantity for movement in self._movements if movement.sku == sku)

    def movements(self, sku: str) -> list[Movement]:
        return [movement for movement in self._movements if movement.sku == sku]

    def low_stock(self) -> list[ReorderLine]:
        """Products at or below their reorder point, most urgent first.

        `shortfall` is reorder_point - on_hand. Lines are sorted by shortfall, largest
        first, and then by SKU.
        """
        lines = []
        for product in self._products.values():
            level = self.on_hand(product.sku)
            if level <= product.reorder_point:
                lines.append(ReorderLine(product.sku, product.name, level, product.reorder_point - level))
        lines.sort(key=lambda line: (-line.shortfall, line.sku))
        return lines
