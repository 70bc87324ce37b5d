"""Importance measures that tell the review which basic events matter most."""

from __future__ import annotations

from dataclasses import dataclass

from faulttree.evaluate import top_event_probability
from faulttree.model import FaultTree


@dataclass(frozen=True)
class Importance:
    """Birnbaum importance and risk-achievement worth of one basic event."""

    event: str
    birnbaum: float
    raw: float


def rank_events(tree: FaultTree, top: str) -> list[Importance]:
    """Every basic event's importance for ``top``, most important (Birnbaum) first, ties by name."""
    base = top_event_probability(tree, top)
    ranked = []
    for event in tree.events:
        failed = top_event_probability(tree, top, {event: 1.0})
        working = top_event_probability(tree, top, {event: 0.0})
        raw = failed / base if base > 0 else float("inf")
        ranked.append(Importance(event, failed - working, raw))
    ranked.sort(key=lambda item: (-item.birnbaum, item.event))
    return ranked
