"""Tracked playback of a cue list: the full stage state in every cue."""

from __future__ import annotations

from collections.abc import Sequence

from cuestack.cues import Cue, CueState


def levels_at(cues: Sequence[Cue], index: int) -> dict[int, int]:
    """Channel levels once cue ``cues[index]`` has completed, playing the list from the top.

    Changes are applied in cue order; a level of ``None`` releases the channel. A level outside
    0-100 raises ``ValueError``. ``index`` of -1 (before the first cue) gives an empty stage.
    The result is a new dict in the order the channels were first recorded.
    """
    state: dict[int, int] = {}
    for cue in cues[: index + 1]:
        for channel, level in cue.changes.items():
            if level is None:
                state.pop(channel, None)
            elif not 0 <= level <= 100:
                raise ValueError(f"cue {cue.number}: channel {channel} level {level} is outside 0-100")
            else:
                state[channel] = level
    return state


def cue_sheet(cues: Sequence[Cue]) -> list[CueState]:
    """The stage state after every cue, in cue-list order, for the designer's tracking sheet.

    Each state lists the recorded levels in channel order and the channels that move in that
    cue: those whose level differs from the previous cue's (a released channel and a channel
    newly brought up both move; a channel re-recorded at the same level does not).
    """
    sheet: list[CueState] = []
    for index, cue in enumerate(cues):
        previous = levels_at(cues, index - 1)
        current = levels_at(cues, index)
        moving = tuple(
            channel
            for channel in sorted(set(previous) | set(current))
            if previous.get(channel) != current.get(channel)
        )
        sheet.append(CueState(cue.number, cue.label, dict(sorted(current.items())), moving))
    return sheet
