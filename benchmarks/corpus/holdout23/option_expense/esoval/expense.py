"""IFRS 2 expense schedule: each tranche's fair value spread over its vesting period."""

from __future__ import annotations

from esoval.grants import Grant, tranches
from esoval.lattice import option_value


def expense_schedule(grants: list[Grant], rate: float, dividend_yield: float = 0.0, steps: int = 12,
                     forfeiture_rate: float = 0.0) -> dict[str, dict[int, float]]:
    """Expense per grant and financial year offset (1 = the year after the grant), in currency.

    Each tranche is valued with its expected term and expensed straight-line over the years
    until it vests, reduced by the expected forfeitures (``forfeiture_rate`` a year).
    """
    schedule: dict[str, dict[int, float]] = {}
    for grant in grants:
        years: dict[int, float] = {}
        for tranche in tranches(grant):
            fair_value = option_value(grant.spot, grant.strike, rate, grant.volatility, tranche.expected_term,
                                      steps, dividend_yield)
            expected_options = tranche.options * (1 - forfeiture_rate) ** tranche.vests_after
            for year in range(1, tranche.vests_after + 1):
                years[year] = years.get(year, 0.0) + fair_value * expected_options / tranche.vests_after
        schedule[grant.grant_id] = {year: round(amount, 2) for year, amount in sorted(years.items())}
    return schedule
