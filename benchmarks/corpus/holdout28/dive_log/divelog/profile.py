"""Depth samples from a dive computer download."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One sample: seconds since the start of the download, depth in metres and water
    temperature in degrees Celsius (None when the computer did not record it)."""

    time_s: int
    depth_m: float
    temp_c: float | None


def parse_sample(line: str, number: int) -> Sample:
    """A "time_s,depth_m,temp_c" row; an empty temperature cell gives None.

    Raises ``ValueError`` naming line ``number`` when the row does not have three fields or a
    depth is negative.
    """
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"line {number}: expected 3 fields, found {len(fields)}")
    time_s, depth, temp = int(fields[0]), float(fields[1]), fields[2].strip()
    if depth < 0:
        raise ValueError(f"line {number}: negative depth {depth}")
    return Sample(time_s, depth, float(temp) if temp else None)
