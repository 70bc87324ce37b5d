"""Share-option grants and their graded vesting tranches."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Grant:
    """An award of ``options`` options made on ``grant_date`` ("YYYY-MM-DD")."""

    grant_id: str
    grant_date: str
    options: int
    strike: float
    spot: float  # share price at the grant date
    volatility: float
    vesting_years: int  # one equal tranche vests at the end of each year
    life_years: float  # contractual life of the options


@dataclass
class Tranche:
    grant_id: str
    vests_after: int  # years
    options: int
    expected_term: float


def tranches(grant: Grant) -> list[Tranche]:
    """Split a grant into equal yearly tranches; the first ones take the remainder options.

    The expected term of a tranche is the midpoint between its vesting date and the end of
    the options' life (the "simplified method").
    """
    if grant.vesting_years < 1 or grant.options < 0:
        raise ValueError(f"grant {grant.grant_id}: bad vesting or option count")
    if grant.life_years < grant.vesting_years:
        raise ValueError(f"grant {grant.grant_id}: options expire before vesting")
    base, extra = divmod(grant.options, grant.vesting_years)
    return [Tranche(grant.grant_id, year, base + (1 if year <= extra else 0), (year + grant.life_years) / 2)
            for year in range(1, grant.vesting_years + 1)]
