"""Spread the week's work items over the team, least-loaded engineer first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass
class Engineer:
    name: str
    hours: float = 0.0
    items: list[str] = field(default_factory=list)


def assign_work(items: Iterable[tuple[str, float]], team: list[str], *,
                carried_over: Mapping[str, float] | None = None) -> dict[str, list[str]]:
    """Give each (item id, estimated hours), in order, to whoever has the fewest hours so far.

    Ties go to the alphabetically first name.  `carried_over` holds the hours each
    engineer already has from last week.  Returns, for every engineer, their item ids in
    the order they were assigned.
    """
    if not team:
        raise ValueError("nobody to assign work to")
    if len(set(team)) != len(team):
        raise ValueError("an engineer is listed twice")
    carried_over = carried_over or {}
    pool = [Engineer(name, float(carried_over.get(name, 0.0))) for name in team]
    for item_id, hours in items:
        if hours < 0:
            raise ValueError(f"negative estimate for {item_id}")
        pool.sort(key=lambda engineer: (engineer.hours, engineer.name))
        chosen = pool[0]
        chosen.hours += hours
        chosen.items.append(item_id)
    return {engineer.name: engineer.items for engineer in pool}
