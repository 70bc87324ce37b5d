"""Cumulative (critical-path) lead times through a bill of materials."""

from __future__ import annotations

from typing import Any, Mapping

from bomtime.parts import Part


def cumulative_lead_time(number: str, catalogue: Mapping[str, Part], path: tuple[str, ...] = ()) -> int:
    """Days from ordering every bought part to finishing ``number``."""
    if number in path:
        raise ValueError(f"bill of materials loops back to {number}")
    part = catalogue[number]
    longest = 0
    for component, _quantity in part.components:
        longest = max(longest, cumulative_lead_time(component, catalogue, path + (number,)))
    return part.lead_days + longest


def critical_path(number: str, catalogue: Mapping[str, Part]) -> list[str]:
    """The chain of parts, from ``number`` down to a bought part, that sets its lead time.

    On ties the component listed first is followed.
    """
    chain = [number]
    part = catalogue[number]
    while part.components:
        best_component = None
        best_days = -1
        for component, _quantity in part.components:
            days = cumulative_lead_time(component, catalogue)
            if days > best_days:
                best_component, best_days = component, days
        chain.append(best_component)
        part = catalogue[best_component]
    return chain


def lead_time_report(catalogue: Mapping[str, Part], horizon_days: int) -> dict[str, dict[str, Any]]:
    """Cumulative lead time and critical path of every made part, in part-number order.

    ``late`` says whether the cumulative lead time exceeds the planning horizon.
    """
    report: dict[str, dict[str, Any]] = {}
    for number in sorted(catalogue):
        part = catalogue[number]
        if not part.components:
            continue
        days = cumulative_lead_time(number, catalogue)
        report[number] = {
            "days": days,
            "critical_path": critical_path(number, catalogue),
            "late": days > horizon_days,
        }
    return report
