"""Path lengths of linear and circular moves."""

from __future__ import annotations

import math


def linear_length(start: dict[str, float], end: dict[str, float]) -> float:
    return math.sqrt((end["X"] - start["X"]) ** 2 + (end["Y"] - start["Y"]) ** 2 + (end["Z"] - start["Z"]) ** 2)


def arc_length(start: dict[str, float], end: dict[str, float], i: float, j: float, clockwise: bool) -> float:
    """Length of a G2/G3 arc in the XY plane (helical if Z changes); I/J are the centre offsets from the start."""
    radius = math.hypot(i, j)
    if radius == 0:
        raise ValueError("arc with zero radius")
    cx, cy = start["X"] + i, start["Y"] + j
    a0 = math.atan2(start["Y"] - cy, start["X"] - cx)
    a1 = math.atan2(end["Y"] - cy, end["X"] - cx)
    sweep = a0 - a1 if clockwise else a1 - a0
    if sweep <= 0:
        sweep += 2 * math.pi
    return math.hypot(radius * sweep, end["Z"] - start["Z"])
