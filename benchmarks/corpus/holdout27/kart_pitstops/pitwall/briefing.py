"""The pit-wall briefing: stints between stops and the gain over a no-stop run."""

from __future__ import annotations

from pitwall.model import RacePlan, Strategy, lap_time


def stints(plan: RacePlan, strategy: Strategy) -> list[tuple[int, int]]:
    """First and last lap of every stint, in race order."""
    starts = [1, *strategy.pit_laps]
    ends = [lap - 1 for lap in strategy.pit_laps] + [plan.laps]
    return list(zip(starts, ends))


def no_stop_time(plan: RacePlan) -> float:
    """Race time without stopping (ignoring the minimum-stop rule), for comparison."""
    return round(sum(lap_time(plan, age) for age in range(plan.laps)), 3)
