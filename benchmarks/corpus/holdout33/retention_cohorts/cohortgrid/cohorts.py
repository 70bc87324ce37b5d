"""Retention cohorts: customers grouped by the month of their first paid charge."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from .charges import TIMESTAMP


def add_months(month: tuple[int, int], offset: int) -> tuple[int, int]:
    """(year, month) ``offset`` months after ``month``."""
    index = month[0] * 12 + (month[1] - 1) + offset
    return index // 12, index % 12 + 1


def retention_table(charges: Sequence[dict], horizon: int = 12) -> dict[str, dict]:
    """Retention per acquisition cohort, cohorts in calendar order ("YYYY-MM" keys).

    A customer's cohort is the month of their first paid charge. For each cohort: ``size``
    (customers) and ``active``, the number of its customers with at least one paid charge in
    each of the ``horizon`` months starting with the cohort month. Only "paid" charges count.
    Raises ``ValueError`` for a paid charge whose timestamp does not parse.
    """
    first_month: dict[str, tuple[int, int]] = {}
    for charge in charges:
        if charge["status"] != "paid":
            continue
        when = datetime.strptime(charge["charged_at"], TIMESTAMP)
        month = (when.year, when.month)
        customer = charge["customer"]
        if customer not in first_month or month < first_month[customer]:
            first_month[customer] = month

    table: dict[str, dict] = {}
    for cohort in sorted(set(first_month.values())):
        members = {customer for customer, month in first_month.items() if month == cohort}
        active = []
        for offset in range(horizon):
            target = add_months(cohort, offset)
            seen = set()
            for charge in charges:
                if charge["status"] != "paid" or charge["customer"] not in members:
                    continue
                when = datetime.strptime(charge["charged_at"], TIMESTAMP)
                if (when.year, when.month) == target:
                    seen.add(charge["customer"])
            active.append(len(seen))
        table[f"{cohort[0]:04d}-{cohort[1]:02d}"] = {"size": len(members), "active": active}
    return table
