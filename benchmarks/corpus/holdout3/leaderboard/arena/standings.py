"""Season standings, replayed from the event log of the arena's matches.

Scores are kept as immutable snapshots: `apply_event` never changes the scores it is
given, so any intermediate state can be kept around safely (for replays, audits...).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KINDS = ("win", "draw", "bonus", "penalty", "reset")


@dataclass(frozen=True)
class Event:
    player: str
    kind: str
    points: int = 0


def apply_event(scores: Mapping[str, int], event: Event) -> dict[str, int]:
    """New scores after `event`; `scores` itself is left untouched."""
    if event.kind not in KINDS:
        raise ValueError(f"unknown event kind {event.kind!r}")
    updated = dict(scores)
    current = updated.get(event.player, 0)
    if event.kind == "win":
        updated[event.player] = current + 3
    elif event.kind == "draw":
        updated[event.player] = current + 1
    elif event.kind == "bonus":
        updated[event.player] = current + event.points
    elif event.kind == "penalty":
        updated[event.player] = max(0, current - event.points)
    else:
        updated[event.player] = 0
    return updated


def standings(events: Iterable[Event], *, start: Mapping[str, int] | None = None,
              top: int | None = None) -> list[tuple[str, int]]:
    """(player, score) by score, highest first, ties by name; only the first `top` if given."""
    scores: Mapping[str, int] = start if start is not None else {}
    for event in events:
        scores = apply_event(scores, event)
    ranking = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return ranking if top is None else ranking[:top]
