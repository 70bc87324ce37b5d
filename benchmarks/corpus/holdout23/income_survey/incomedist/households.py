"""Survey households and their equivalised disposable income."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Household:
    """One responding household; ``weight`` is the number of households it represents."""

    household_id: str
    region: str
    income: float  # annual disposable income of the household, may be negative
    adults: int  # members aged 14 and over, including the reference person
    children: int
    weight: float


def equivalised_income(household: Household) -> float:
    """Income divided by the modified OECD scale (1 + 0.5 per further adult + 0.3 per child).

    Raises ValueError for a household without adults.
    """
    if household.adults < 1:
        raise ValueError(f"household {household.household_id!r} has no adult")
    return household.income / (1 + 0.5 * (household.adults - 1) + 0.3 * household.children)
