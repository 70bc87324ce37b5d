"""Search the pit-stop plans of a race for the fastest one."""

from __future__ import annotations

import math

from pitwall.model import RacePlan, Strategy, lap_time


def fastest_from(plan: RacePlan, lap: int, age: int, stops: int) -> tuple[float, tuple[int, ...]]:
    """Fastest time for laps ``lap``..``plan.laps`` on tyres of ``age`` laps after ``stops`` stops.

    Returns the time and the laps to pit on (a stop on lap ``n`` means lap ``n`` is driven on
    new tyres and costs the pit loss). No stop is made on the first lap. When the remaining laps
    cannot satisfy ``min_stops`` the time is infinite. On equal times, staying out wins.
    """
    if lap > plan.laps:
        return (0.0, ()) if stops >= plan.min_stops else (math.inf, ())
    rest, pits = fastest_from(plan, lap + 1, age + 1, stops)
    best = (lap_time(plan, age) + rest, pits)
    if stops < plan.max_stops and lap > 1:
        rest, pits = fastest_from(plan, lap + 1, 1, stops + 1)
        candidate = plan.pit_loss + lap_time(plan, 0) + rest
        if candidate < best[0]:
            best = (candidate, (lap,) + pits)
    return best


def best_strategy(plan: RacePlan) -> Strategy:
    """The fastest legal pit-stop plan for a race, starting on new tyres.

    Raises ``ValueError`` for a race of no laps, for stop limits that contradict each other,
    and when no plan can make the required number of stops.
    """
    if plan.laps < 1:
        raise ValueError("a race needs at least one lap")
    if not 0 <= plan.min_stops <= plan.max_stops:
        raise ValueError(f"stop limits {plan.min_stops}..{plan.max_stops} are inconsistent")
    race_time, pit_laps = fastest_from(plan, 1, 0, 0)
    if math.isinf(race_time):
        raise ValueError(f"{plan.min_stops} stops do not fit into {plan.laps} laps")
    return Strategy(round(race_time, 3), pit_laps)
