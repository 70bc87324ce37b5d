"""Assets as held in the register, and accounting-period helpers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Asset:
    tag: str
    description: str
    cost: float
    salvage: float
    life_months: int
    method: str  # "SL" (straight line) or "DDB" (double declining balance, switching to SL)
    in_service: str  # first month of depreciation, "YYYY-MM"
    disposed: str | None = None  # last month depreciated, "YYYY-MM"


def month_number(period: str) -> int:
    """Months since year 0 for an accounting period written ``YYYY-MM``."""
    year, month = period.strip().split("-")
    month_value = int(month)
    if not 1 <= month_value <= 12:
        raise ValueError(f"bad month in period {period!r}")
    return int(year) * 12 + month_value - 1


def period_label(number: int) -> str:
    """The ``YYYY-MM`` label of a month number."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"
