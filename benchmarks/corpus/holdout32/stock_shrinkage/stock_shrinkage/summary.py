"""Summaries for the loss-prevention review pack."""

from __future__ import annotations

from typing import Sequence


def flagged_by_store(rows: Sequence[dict]) -> dict[str, list[str]]:
    """SKUs flagged at each store, stores sorted, SKUs in report order."""
    stores: dict[str, list[str]] = {}
    for row in rows:
        if row["flag"]:
            stores.setdefault(row["store"], []).append(row["sku"])
    return dict(sorted(stores.items()))


def department_table(rows: Sequence[dict]) -> list[tuple[str, float, float | None]]:
    """(department, total shrink value, department rate), largest shrink first."""
    totals: dict[str, list] = {}
    for row in rows:
        entry = totals.setdefault(row["department"], [0.0, row["department_rate"]])
        entry[0] += row["shrink_value"]
    return sorted(((name, total, rate) for name, (total, rate) in totals.items()), key=lambda item: -item[1])
