"""Summaries of a claim run for the after-sales manager."""

from __future__ import annotations

from collections.abc import Iterable

from warranty.records import Decision


def outcome_totals(decisions: Iterable[Decision]) -> dict[str, tuple[int, float]]:
    """Number of claims and total payable per outcome, outcomes in alphabetical order."""
    totals: dict[str, tuple[int, float]] = {}
    for decision in decisions:
        count, payable = totals.get(decision.outcome, (0, 0.0))
        totals[decision.outcome] = (count + 1, round(payable + decision.payable, 2))
    return dict(sorted(totals.items()))


def payable_by_model(decisions: Iterable[Decision]) -> list[tuple[str, float]]:
    """Total payable per model, largest first, ties by model code; claims without a model are left out."""
    totals: dict[str, float] = {}
    for decision in decisions:
        if decision.model is not None:
            totals[decision.model] = round(totals.get(decision.model, 0.0) + decision.payable, 2)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
