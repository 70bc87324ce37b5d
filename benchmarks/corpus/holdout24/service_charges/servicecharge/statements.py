"""Year-end statements: budget on account against actual costs."""

from __future__ import annotations


def pounds(pence: int) -> str:
    """Pence as "£1,234.56" (negative amounts as "-£0.05")."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}£{whole:,}.{part:02d}"


def quarterly_demands(annual: int) -> list[int]:
    """Four quarter-day demands adding up to the annual budget; the odd pennies fall in the first quarter."""
    quarter, odd = divmod(annual, 4)
    return [quarter + odd, quarter, quarter, quarter]


def balancing_charges(budget: dict[str, dict[str, int]], actual: dict[str, dict[str, int]]) -> dict[str, int]:
    """Actual minus budgeted charge per unit (negative: a credit to the tenant), for units in either."""
    units = list(budget) + [unit for unit in actual if unit not in budget]
    return {unit: sum(actual.get(unit, {}).values()) - sum(budget.get(unit, {}).values()) for unit in units}
