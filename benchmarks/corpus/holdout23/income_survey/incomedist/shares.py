"""Quintile shares and the S80/S20 ratio read off the Lorenz curve."""

from __future__ import annotations

from incomedist.households import Household
from incomedist.lorenz import lorenz_curve


def share_below(points: list[tuple[float, float]], population_share: float) -> float:
    """Income share of the poorest ``population_share`` of the population (linear interpolation)."""
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= population_share <= x1:
            if x1 == x0:
                return y1
            return y0 + (y1 - y0) * (population_share - x0) / (x1 - x0)
    raise ValueError("population share outside the curve")


def quintile_summary(households: list[Household]) -> dict[str, object]:
    """Gini coefficient, income share of each quintile group and the S80/S20 ratio."""
    points, gini = lorenz_curve(households)
    cumulative = [share_below(points, fifth / 5) for fifth in range(6)]
    shares = [cumulative[k + 1] - cumulative[k] for k in range(5)]
    return {"gini": gini, "quintile_shares": shares, "s80_s20": shares[4] / shares[0] if shares[0] > 0 else None}
