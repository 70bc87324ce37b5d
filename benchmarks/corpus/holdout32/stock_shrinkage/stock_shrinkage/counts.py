"""Stock-count variance lines from the store systems."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountLine:
    """One product's book stock (what the system expected) and counted stock at a store."""

    store: str
    sku: str
    department: str
    book_qty: int
    counted_qty: int
    unit_cost: float

    @property
    def book_value(self) -> float:
        return self.book_qty * self.unit_cost

    @property
    def shrink_value(self) -> float:
        """Value of the stock missing at the count (negative when more was found)."""
        return (self.book_qty - self.counted_qty) * self.unit_cost


def parse_count_file(text: str, store: str) -> list[CountLine]:
    """Lines of a store's count file: "sku|department|book|counted|unit cost" per line."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|")
        if len(parts) != 5:
            raise ValueError(f"line {number}: expected 5 fields")
        sku, department, book, counted, cost = (part.strip() for part in parts)
        lines.append(CountLine(store, sku, department.upper(), int(book), int(counted), float(cost)))
    return lines
