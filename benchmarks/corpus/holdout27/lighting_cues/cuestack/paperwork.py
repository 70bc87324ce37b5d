"""Paperwork built from the cue sheet: channel histories and the busiest cues."""

from __future__ import annotations

from collections.abc import Sequence

from cuestack.cues import CueState


def channel_history(sheet: Sequence[CueState], channel: int) -> list[tuple[str, int | None]]:
    """Every cue in which ``channel`` moves, with its new level (``None`` when released)."""
    return [(state.number, state.levels.get(channel)) for state in sheet if channel in state.moving]


def busiest_cues(sheet: Sequence[CueState], count: int = 5) -> list[tuple[str, int]]:
    """The cues with the most moving channels, most first, ties in cue-list order."""
    ranked = sorted(enumerate(sheet), key=lambda item: (-len(item[1].moving), item[0]))
    return [(state.number, len(state.moving)) for _, state in ranked[:count]]


def dark_cues(sheet: Sequence[CueState]) -> list[str]:
    """Cues in which every recorded channel is at zero (or nothing is recorded): blackouts."""
    return [state.number for state in sheet if not any(state.levels.values())]
