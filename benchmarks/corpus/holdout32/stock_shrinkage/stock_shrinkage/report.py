"""Comparing each product's shrinkage with its department."""

from __future__ import annotations

from typing import Sequence

from .counts import CountLine


def shrinkage_report(lines: Sequence[CountLine], factor: float = 2.0, min_value: float = 25.0) -> list[dict]:
    """One row per count line, in input order.

    Each row has the line's store, sku and department, its shrink value and shrink rate (shrink
    value over book value, None when the book value is zero), the department's rate across all
    stores (None likewise), the line's rank by shrink value within its department (1 for the
    largest; equal values share a rank) and "flag": True when the line lost at least
    ``min_value`` and its rate is more than ``factor`` times the department's.
    """
    rows = []
    for line in lines:
        department_shrink = sum(other.shrink_value for other in lines if other.department == line.department)
        department_book = sum(other.book_value for other in lines if other.department == line.department)
        rank = 1 + sum(1 for other in lines
                       if other.department == line.department and other.shrink_value > line.shrink_value)
        rate = line.shrink_value / line.book_value if line.book_value else None
        department_rate = department_shrink / department_book if department_book else None
        flag = (rate is not None and department_rate is not None and line.shrink_value >= min_value
                and rate > factor * department_rate)
        rows.append({"store": line.store, "sku": line.sku, "department": line.department,
                     "shrink_value": line.shrink_value, "rate": rate, "department_rate": department_rate,
                     "rank": rank, "flag": flag})
    return rows
