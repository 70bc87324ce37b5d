"""Cues as a tracking console records them: only the channels that change in each cue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cue:
    """One cue in the cue list.

    ``changes`` maps a channel number to its new level in percent (0-100), or to ``None``
    when the channel is released back to the console's default (out). Channels that are
    not mentioned keep the level they had in the previous cue (they *track*).
    """

    number: str
    changes: Mapping[int, int | None] = field(default_factory=dict)
    label: str = ""


@dataclass(frozen=True)
class CueState:
    """What is on stage once a cue has completed.

    ``levels`` holds every channel with a recorded level, in channel order; ``moving`` lists the
    channels whose level differs from the previous cue (the channels that fade in this cue).
    """

    number: str
    label: str
    levels: dict[int, int]
    moving: tuple[int, ...]
