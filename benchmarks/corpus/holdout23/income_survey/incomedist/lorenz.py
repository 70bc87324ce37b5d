"""Lorenz curve and Gini coefficient of equivalised income."""

from __future__ import annotations

from incomedist.households import Household, equivalised_income


def lorenz_curve(households: list[Household]) -> tuple[list[tuple[float, float]], float]:
    """Lorenz curve points and the Gini coefficient of equivalised income.

    Households are ranked by equivalised income, ties by household id. Point k is the
    weighted share of the population and the share of total income held by the k poorest
    households; the curve starts at (0.0, 0.0). Income is weighted by the household
    weight (not by persons). The Gini coefficient is one minus twice the area under the
    curve by the trapezium rule. Raises ValueError when the total weight or the total
    income is not positive.
    """
    ranked = sorted(households, key=lambda household: (equivalised_income(household), household.household_id))
    total_weight = sum(household.weight for household in ranked)
    total_income = sum(household.weight * equivalised_income(household) for household in ranked)
    if total_weight <= 0 or total_income <= 0:
        raise ValueError("total weight and total income must be positive")
    points = [(0.0, 0.0)]
    for count in range(1, len(ranked) + 1):
        poorest = ranked[:count]
        population_share = sum(household.weight for household in poorest) / total_weight
        income_share = sum(household.weight * equivalised_income(household) for household in poorest) / total_income
        points.append((population_share, income_share))
    area = sum((x1 - x0) * (y1 + y0) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:]))
    return points, 1 - 2 * area
