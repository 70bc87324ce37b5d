"""Turning a tipping-bucket gauge's tip log into fixed-interval tip counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Gauge:
    code: str
    name: str
    bucket_mm: float = 0.2


def bin_tips(tip_minutes: list[int], start_minute: int, end_minute: int, bin_minutes: int = 5) -> list[int]:
    """Tips per interval of ``bin_minutes`` from ``start_minute`` (inclusive) to ``end_minute`` (exclusive).

    Tips outside the period are ignored. Times are minutes since the start of the record.
    """
    if bin_minutes <= 0:
        raise ValueError("bin_minutes must be positive")
    count = max(0, -(-(end_minute - start_minute) // bin_minutes))
    bins = [0] * count
    for minute in tip_minutes:
        if start_minute <= minute < end_minute:
            bins[(minute - start_minute) // bin_minutes] += 1
    return bins
