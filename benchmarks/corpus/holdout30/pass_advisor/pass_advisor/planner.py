"""Pick the cheapest passes for a commuter's planned travel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from pass_advisor.fares import Pass
from pass_advisor.plans import TravelPlan


def cheapest_passes(travel_days: Iterable[int], passes: Sequence[Pass]) -> tuple[int, list[tuple[str, int]]]:
    """The cheapest set of passes that covers every travel day.

    ``travel_days`` are day numbers, in any order, repeats ignored; a pass first used on day d
    covers days d to d + days - 1. Returns the total price in cents and the purchases as
    (pass name, first day) in day order. Among plans of equal price, the one that buys the
    earlier-listed pass first wins.

    Raises ``ValueError`` when no passes are on sale or a pass covers fewer than one day.
    """
    if not passes:
        raise ValueError("no passes on sale")
    for fare in passes:
        if fare.days < 1:
            raise ValueError(f"pass {fare.name!r} covers no days")
    days = sorted(set(travel_days))

    def best_from(index):
        if index == len(days):
            return 0, []
        best_cost, best_plan = None, None
        for fare in passes:
            end = days[index] + fare.days
            following = index
            while following < len(days) and days[following] < end:
                following += 1
            cost, plan = best_from(following)
            cost += fare.price_cents
            if best_cost is None or cost < best_cost:
                best_cost, best_plan = cost, [(fare.name, days[index])] + plan
        return best_cost, best_plan

    return best_from(0)


@dataclass(frozen=True)
class Advice:
    """What the planner shows: the passes to buy (name and first day of use), their total price,
    and the saving against buying a day pass for every travel day."""

    commuter: str
    purchases: tuple[tuple[str, date], ...]
    total_cents: int
    saving_cents: int


def advise(plan: TravelPlan, passes: Sequence[Pass]) -> Advice:
    """The cheapest passes for ``plan``; the saving is measured against the "day" pass when the
    operator sells one (otherwise it is zero)."""
    total, purchases = cheapest_passes(plan.day_numbers(), passes)
    day_pass = next((fare for fare in passes if fare.name == "day"), None)
    travel_days = len(set(plan.dates))
    saving = travel_days * day_pass.price_cents - total if day_pass else 0
    dated = tuple((name, plan.start + timedelta(days=day)) for name, day in purchases)
    return Advice(plan.commuter, dated, total, saving)
