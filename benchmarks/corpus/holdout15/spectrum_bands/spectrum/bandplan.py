"""The national frequency allocation table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Band:
    start_khz: int       # inclusive
    stop_khz: int        # exclusive
    service: str
    licence_required: bool = True


def checked_plan(bands: Iterable[Band]) -> list[Band]:
    """The bands sorted by start frequency; ValueError if any are inverted or overlap."""
    ordered = sorted(bands, key=lambda band: band.start_khz)
    for band in ordered:
        if band.stop_khz < band.start_khz:
            raise ValueError(f"band {band.service!r} stops before it starts")
    for previous, band in zip(ordered, ordered[1:]):
        if band.start_khz < previous.stop_khz:
            raise ValueError(f"bands {previous.service!r} and {band.service!r} overlap")
    return ordered
