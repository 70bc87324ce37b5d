"""Variety performance relative to the block each plot was grown in."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from fieldtrial.stats import mean, sample_sd


def block_mean(plots: Sequence[Mapping[str, Any]], trial: str, block: int) -> float:
    """Mean yield of the harvested plots in one block of one trial."""
    return mean([plot["yield_t_ha"] for plot in plots
                 if plot["trial"] == trial and plot["block"] == block and plot["yield_t_ha"] is not None])


def relative_performance(plots: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per variety: mean yield and yield as a percentage of the block mean, across all trials.

    Each plot has ``trial``, ``block``, ``variety`` and ``yield_t_ha`` (None when the plot
    was lost). Lost plots are left out. Returns, per variety in sorted order, ``plots``,
    ``mean_yield`` (t/ha, 2 places), ``relative`` (% of block mean, 1 place), ``relative_sd``
    (1 place) and ``rank`` (1 = highest relative performance; ties share the better rank).
    """
    relative: dict[str, list[float]] = {}
    yields: dict[str, list[float]] = {}
    for plot in plots:
        if plot["yield_t_ha"] is None:
            continue
        reference = block_mean(plots, plot["trial"], plot["block"])
        relative.setdefault(plot["variety"], []).append(plot["yield_t_ha"] / reference * 100)
        yields.setdefault(plot["variety"], []).append(plot["yield_t_ha"])
    summary: dict[str, dict[str, Any]] = {}
    for variety in sorted(relative):
        summary[variety] = {
            "plots": len(relative[variety]),
            "mean_yield": round(mean(yields[variety]), 2),
            "relative": round(mean(relative[variety]), 1),
            "relative_sd": round(sample_sd(relative[variety]), 1),
        }
    scores = sorted((row["relative"] for row in summary.values()), reverse=True)
    for row in summary.values():
        row["rank"] = scores.index(row["relative"]) + 1
    return summary
