"""Compare two snapshots of a merchant's product feed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True)
class Product:
    """One row of a product feed. Prices are in cents."""

    sku: str
    title: str
    price_cents: int
    stock: int


@dataclass
class CatalogDiff:
    """What changed between an old and a new feed snapshot."""

    added: list[Product] = field(default_factory=list)
    removed: list[Product] = field(default_factory=list)
    changed: list[tuple[Product, Product]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def normalize_sku(sku: str) -> str:
    """SKUs are matched case-insensitively and ignoring surrounding whitespace."""
    return sku.strip().upper()


def _check_unique(products: Sequence[Product], label: str) -> None:
    seen: list[str] = []
    for product in products:
        key = normalize_sku(product.sku)
        if not key:
            raise ValueError(f"empty SKU in {label} feed")
        if key in seen:
            raise ValueError(f"duplicate SKU {product.sku!r} in {label} feed")
        seen.append(key)


def _differs(old: Product, new: Product, ignore_stock: bool) -> bool:
    if old.title.strip() != new.title.strip() or old.price_cents != new.price_cents:
        return True
    return not ignore_stock and old.stock != new.stock


def diff_catalog(old: Sequence[Product], new: Sequence[Product], *, ignore_stock: bool = False) -> CatalogDiff:
    """Compare two feed snapshots by SKU.

    `added` and `changed` follow the order of `new`; `removed` follows the order
    of `old`. A product is changed when its title (ignoring surrounding
    whitespace), price or, unless `ignore_stock` is true, stock differs; the
    pair is reported as (old, new). Raises ValueError if either snapshot has an
    empty SKU or lists the same SKU twice (old is checked first).
    """
    _check_unique(old, "old")
    _check_unique(new, "new")
    result = CatalogDiff()
    for item in new:
        match = None
        for previous in old:
            if normalize_sku(previous.sku) == normalize_sku(item.sku):
                match = previous
                break
        if match is None:
            result.added.append(item)
        elif _differs(match, item, ignore_stock):
            result.changed.append((match, item))
        else:
            result.unchanged += 1
    for previous in old:
        if not any(normalize_sku(previous.sku) == normalize_sku(item.sku) for item in new):
            result.removed.append(previous)
    return result
