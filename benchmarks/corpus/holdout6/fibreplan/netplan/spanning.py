"""Minimum-cost cabling plan (a minimum spanning tree over the candidate runs)."""

from __future__ import annotations

from typing import Sequence

from netplan.links import Link


class DisconnectedError(ValueError):
    """Some buildings cannot be reached by any candidate run."""


def plan_cabling(links: Sequence[Link]) -> tuple[list[Link], float]:
    """The runs to dig, in the order they are chosen, and their total cost.

    Grows the network from the alphabetically first building, each time adding the
    cheapest run that reaches a new building; among equally cheap runs the one whose
    (lower, higher) building names sort first wins, then the one listed first. Each
    chosen run is reported with its building names in sorted order.
    """
    buildings = set()
    for a, b, _ in links:
        buildings.add(a)
        buildings.add(b)
    if not buildings:
        return [], 0
    connected = {min(buildings)}
    chosen = []
    total = 0
    while len(connected) < len(buildings):
        best = None
        for a, b, cost in links:
            if (a in connected) == (b in connected):
                continue
            key = (cost, min(a, b), max(a, b))
            if best is None or key < best:
                best = key
        if best is None:
            missing = sorted(buildings - connected)
            raise DisconnectedError(f"cannot reach: {', '.join(missing)}")
        cost, low, high = best
        connected.add(low)
        connected.add(high)
        chosen.append((low, high, cost))
        total += cost
    return chosen, total
