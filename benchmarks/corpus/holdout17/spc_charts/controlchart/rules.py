"""Western Electric run rules for the X-bar chart."""

from __future__ import annotations

from typing import Sequence

from controlchart.limits import Limits


def run_rule_signals(means: Sequence[float], limits: Limits) -> list[str]:
    """The Western Electric rules that the latest subgroup mean (``means[-1]``) triggers.

    WE1: beyond a 3-sigma limit. WE2: two of the last three beyond 2 sigma on the same
    side. WE3: four of the last five beyond 1 sigma on the same side. WE4: eight in a
    row on the same side of the centre line.
    """
    center = limits.center
    sigma = limits.sigma()
    last = means[-1]
    signals = []
    if last > limits.upper or last < limits.lower:
        signals.append("WE1")
    side = 1 if last > center else -1 if last < center else 0
    if side == 0:
        return signals
    recent = means[-3:]
    if len(recent) == 3 and (last - center) * side > 2 * sigma:
        if sum(1 for value in recent if (value - center) * side > 2 * sigma) >= 2:
            signals.append("WE2")
    recent = means[-5:]
    if len(recent) == 5 and (last - center) * side > sigma:
        if sum(1 for value in recent if (value - center) * side > sigma) >= 4:
            signals.append("WE3")
    recent = means[-8:]
    if len(recent) == 8 and all((value - center) * side > 0 for value in recent):
        signals.append("WE4")
    return signals
