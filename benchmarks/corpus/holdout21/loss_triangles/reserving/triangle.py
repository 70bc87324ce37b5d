"""Cumulative paid-loss triangles and the chain-ladder method."""

from __future__ import annotations

from datetime import date

from reserving.claims import Payment
from reserving.periods import development_quarter, origin_quarter, quarters_between


def paid_triangle(payments: list[Payment], as_of: date | None = None) -> dict[str, list[float]]:
    """Cumulative paid amounts per accident quarter (in order) and development quarter.

    Each row runs from development quarter 0 to the last one observable at ``as_of``
    (default: the latest paid date), so the rows form the usual triangle. Payments booked
    after ``as_of`` or dated before their loss are ignored. Amounts are rounded to cents.
    """
    if as_of is None:
        as_of = max(payment.paid_date for payment in payments)
    origins = sorted({origin_quarter(payment.loss_date) for payment in payments})
    triangle: dict[str, list[float]] = {}
    for origin in origins:
        row = []
        cumulative = 0.0
        for age in range(quarters_between(origin, as_of) + 1):
            incremental = 0.0
            for payment in payments:
                if (origin_quarter(payment.loss_date) == origin
                        and development_quarter(payment.loss_date, payment.paid_date) == age
                        and payment.paid_date <= as_of):
                    incremental += payment.amount
            cumulative += incremental
            row.append(round(cumulative, 2))
        triangle[origin] = row
    return triangle


def link_ratios(triangle: dict[str, list[float]]) -> list[float]:
    """Volume-weighted age-to-age factors (1.0 where the earlier column sums to zero)."""
    width = max((len(row) for row in triangle.values()), default=0)
    factors = []
    for age in range(width - 1):
        pairs = [(row[age], row[age + 1]) for row in triangle.values() if len(row) > age + 1]
        before = sum(earlier for earlier, _ in pairs)
        factors.append(sum(later for _, later in pairs) / before if before else 1.0)
    return factors


def chain_ladder(triangle: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Projected ultimate and outstanding reserve per accident quarter."""
    factors = link_ratios(triangle)
    result = {}
    for origin, row in triangle.items():
        if not row:
            continue
        ultimate = row[-1]
        for factor in factors[len(row) - 1:]:
            ultimate *= factor
        result[origin] = {"paid": row[-1], "ultimate": round(ultimate, 2), "reserve": round(ultimate - row[-1], 2)}
    return result
