"""Apply what-if adjustments to a line-item budget and total the result per department."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Mapping, Sequence


@dataclass
class LineItem:
    """One budget line with twelve monthly amounts."""

    name: str
    department: str
    monthly: list[float] = field(default_factory=lambda: [0.0] * 12)
    tags: list[str] = field(default_factory=list)


class UnknownTarget(KeyError):
    """A scenario adjusts a line item, department or tag that is not in the budget."""


def _scale(item: LineItem, factor: float) -> None:
    item.monthly = [amount * factor for amount in item.monthly]


def apply_adjustment(budget: list[LineItem], target: str, factor: float) -> None:
    """Scale the matching lines of `budget` in place.

    `target` is ``dept:<department>``, ``tag:<tag>`` or the name of a single line item
    (the first one with that name).
    """
    if target.startswith("dept:"):
        matches = [item for item in budget if item.department == target[5:]]
    elif target.startswith("tag:"):
        matches = [item for item in budget if target[4:] in item.tags]
    else:
        matches = [item for item in budget if item.name == target][:1]
    if not matches:
        raise UnknownTarget(target)
    for item in matches:
        _scale(item, factor)


def department_totals(budget: Sequence[LineItem]) -> dict[str, float]:
    """Yearly total per department, departments in alphabetical order, rounded to cents."""
    totals: dict[str, float] = {}
    for item in budget:
        totals[item.department] = totals.get(item.department, 0.0) + sum(item.monthly)
    return {department: round(total, 2) for department, total in sorted(totals.items())}


def scenario_totals(
    budget: Sequence[LineItem], scenarios: Mapping[str, Sequence[tuple[str, float]]]
) -> dict[str, dict[str, float]]:
    """Department totals for every scenario.

    A scenario is a list of ``(target, factor)`` adjustments applied in order to its
    own copy of the budget; the budget passed in is left unchanged. Raises
    UnknownTarget for an adjustment that matches nothing.
    """
    results: dict[str, dict[str, float]] = {}
    for name, adjustments in scenarios.items():
        working = copy.deepcopy(list(budget))
        for target, factor in adjustments:
            apply_adjustment(working, target, factor)
        results[name] = department_totals(working)
    return results
