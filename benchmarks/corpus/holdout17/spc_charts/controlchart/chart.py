"""Evaluate a production run's subgroups against the baseline control limits."""

from __future__ import annotations

from typing import Any, Sequence

from controlchart.limits import Limits, control_limits, subgroup_summary
from controlchart.rules import run_rule_signals


def evaluate_chart(subgroups: Sequence[Sequence[float]], baseline: int = 20) -> dict[str, Any]:
    """Points of the X-bar/R chart with the rules each one breaks.

    The limits come from the first ``baseline`` subgroups (phase I) and every subgroup,
    baseline included, is then checked against them. Each point is ``(index, mean
    rounded to 4 places, range rounded to 4 places, signals)`` where the signals are
    Western Electric codes and ``"R"`` for a range outside the R-chart limits.
    """
    if baseline < 2:
        raise ValueError("the baseline needs at least two subgroups")
    limits: Limits | None = None
    points = []
    flagged = []
    for index, values in enumerate(subgroups):
        limits = control_limits(subgroups[:baseline])
        means = [subgroup_summary(group)[0] for group in subgroups[: index + 1]]
        mean, spread = subgroup_summary(values)
        signals = run_rule_signals(means, limits)
        if spread > limits.range_upper or spread < limits.range_lower:
            signals.append("R")
        points.append((index, round(mean, 4), round(spread, 4), signals))
        if signals:
            flagged.append(index)
    return {"limits": limits, "points": points, "flagged": flagged}
