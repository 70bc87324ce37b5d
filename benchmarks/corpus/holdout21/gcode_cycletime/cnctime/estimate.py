"""Cycle-time estimate of a G-code program, for quoting and machine loading."""

from __future__ import annotations

from cnctime.geometry import arc_length, linear_length
from cnctime.program import Block, parse_program

MOTION = (0.0, 1.0, 2.0, 3.0)
UNITS = (20.0, 21.0)
DISTANCE = (90.0, 91.0)


def modal_g(blocks: list[Block], index: int, group: tuple[float, ...]) -> float | None:
    """The G code of ``group`` in force at block ``index`` (the last one programmed up to it)."""
    for j in range(index, -1, -1):
        for code in reversed(blocks[j].g):
            if code in group:
                return code
    return None


def modal_word(blocks: list[Block], index: int, letter: str) -> float | None:
    """The last value programmed for an address letter (F, T, S ...) up to block ``index``."""
    for j in range(index, -1, -1):
        if letter in blocks[j].words:
            return blocks[j].words[letter]
    return None


def cycle_time(program: str, rapid_mm_min: float = 15000.0, tool_change_s: float = 8.0) -> dict[str, object]:
    """Estimate the run time of a program.

    Rapids (G0) run at ``rapid_mm_min``; feed moves (G1, arcs G2/G3) at the modal F, in
    units per minute of the modal G20 (inch) / G21 (mm) setting; G90/G91 select absolute or
    incremental coordinates; G4 P dwells for P seconds; every M6 costs ``tool_change_s``.
    Machine acceleration is ignored. Returns times in seconds, the cut length in mm and
    the time per tool (tool 0 before the first T word).
    """
    blocks = parse_program(program)
    position = {"X": 0.0, "Y": 0.0, "Z": 0.0}
    rapid_s = feed_s = dwell_s = cut_mm = 0.0
    tool_changes = 0
    moves = 0
    per_tool: dict[int, float] = {}
    for index, block in enumerate(blocks):
        scale = 25.4 if modal_g(blocks, index, UNITS) == 20.0 else 1.0
        incremental = modal_g(blocks, index, DISTANCE) == 91.0
        tool_word = modal_word(blocks, index, "T")
        tool = 0 if tool_word is None else int(tool_word)
        if 6 in block.m:
            tool_changes += 1
        if 4.0 in block.g:
            dwell_s += block.words.get("P", 0.0)
            continue
        target = dict(position)
        moved = False
        for axis in "XYZ":
            if axis in block.words:
                value = block.words[axis] * scale
                target[axis] = position[axis] + value if incremental else value
                moved = True
        if not moved:
            continue
        motion = modal_g(blocks, index, MOTION)
        if motion is None:
            raise ValueError(f"line {block.number}: axis words without a motion mode")
        if motion == 0.0:
            seconds = linear_length(position, target) / rapid_mm_min * 60
            rapid_s += seconds
        else:
            feed = modal_word(blocks, index, "F")
            if feed is None or feed <= 0:
                raise ValueError(f"line {block.number}: feed move without a feed rate")
            if motion == 1.0:
                length = linear_length(position, target)
            else:
                length = arc_length(position, target, block.words.get("I", 0.0) * scale,
                                    block.words.get("J", 0.0) * scale, clockwise=motion == 2.0)
            seconds = length / (feed * scale) * 60
            feed_s += seconds
            cut_mm += length
        per_tool[tool] = per_tool.get(tool, 0.0) + seconds
        moves += 1
        position = target
    changes_s = tool_changes * tool_change_s
    return {
        "blocks": len(blocks),
        "moves": moves,
        "rapid_s": round(rapid_s, 3),
        "feed_s": round(feed_s, 3),
        "dwell_s": round(dwell_s, 3),
        "tool_change_s": round(changes_s, 3),
        "total_s": round(rapid_s + feed_s + dwell_s + changes_s, 3),
        "cut_length_mm": round(cut_mm, 3),
        "per_tool": {tool: round(seconds, 3) for tool, seconds in sorted(per_tool.items())},
    }
