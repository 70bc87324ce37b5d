"""The depreciation schedule that finance reviews before posting the month-end journal."""

from __future__ import annotations

from typing import Any, Sequence

from assetreg.methods import accumulated_depreciation, monthly_charge
from assetreg.register import Asset, month_number, period_label


def depreciation_schedule(assets: Sequence[Asset], start: str, end: str) -> dict[str, Any]:
    """Per-asset rows and per-period totals for the periods ``start`` to ``end`` inclusive.

    A row is ``(period, tag, charge, accumulated depreciation, net book value)`` for
    every asset in service in that period (from its in-service month up to its disposal
    month). Totals are the period's charges summed in register order, rounded to cents.
    """
    first, last = month_number(start), month_number(end)
    if last < first:
        raise ValueError("end period before start period")
    rows = []
    totals: dict[str, float] = {}
    for number in range(first, last + 1):
        period = period_label(number)
        for asset in assets:
            age = number - month_number(asset.in_service)
            if age < 0:
                continue
            if asset.disposed is not None and number > month_number(asset.disposed):
                continue
            charge = monthly_charge(asset, age)
            accumulated = accumulated_depreciation(asset, age)
            rows.append((period, asset.tag, charge, accumulated, round(asset.cost - accumulated, 2)))
            totals[period] = round(totals.get(period, 0.0) + charge, 2)
    return {"rows": rows, "totals": totals}
