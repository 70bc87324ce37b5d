"""Monthly budget comparison for the app's overview screen."""

from __future__ import annotations


def budget_status(totals: dict[str, float], budget: dict[str, float]) -> list[tuple[str, float, float, str]]:
    """(category, spent, budget, status) for every budgeted category, sorted by category.

    Spending is the negated total (refunds reduce it). Status is ``over`` above the budget,
    ``near`` from 90 % of it and ``ok`` below that.
    """
    rows = []
    for category in sorted(budget):
        spent = round(-totals.get(category, 0.0), 2)
        limit = budget[category]
        status = "over" if spent > limit else "near" if spent >= 0.9 * limit else "ok"
        rows.append((category, spent, limit, status))
    return rows
