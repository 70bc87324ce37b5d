"""Depreciation methods, month by month, rounded to cents as posted to the ledger."""

from __future__ import annotations

from assetreg.register import Asset


def monthly_charge(asset: Asset, age: int) -> float:
    """Depreciation posted in the asset's ``age``-th month in service (0 is the first)."""
    if age < 0 or age >= asset.life_months:
        return 0.0
    depreciable = asset.cost - asset.salvage
    if asset.method == "SL":
        per_month = round(depreciable / asset.life_months, 2)
        if age < asset.life_months - 1:
            return per_month
        return round(depreciable - per_month * (asset.life_months - 1), 2)  # last month takes the rounding
    if asset.method == "DDB":
        rate = 2 / asset.life_months
        book = asset.cost
        for month in range(age + 1):
            straight = (book - asset.salvage) / (asset.life_months - month)
            charge = min(round(max(book * rate, straight), 2), round(book - asset.salvage, 2))
            if charge < 0:
                charge = 0.0
            if month == age:
                return charge
            book -= charge
    raise ValueError(f"unknown depreciation method {asset.method!r}")


def accumulated_depreciation(asset: Asset, age: int) -> float:
    """Depreciation posted from the first month in service up to and including ``age``."""
    total = 0.0
    for month in range(age + 1):
        total += monthly_charge(asset, month)
    return round(total, 2)
