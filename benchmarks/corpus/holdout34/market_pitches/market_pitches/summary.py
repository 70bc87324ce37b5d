"""Figures for the markets committee report."""

from __future__ import annotations

from typing import Mapping, Sequence


def occupancy_rate(statements: Sequence[Mapping], market_days: int) -> float:
    """Share of pitch-days let over the quarter, in percent (one decimal)."""
    if not statements or market_days <= 0:
        return 0.0
    return round(100 * sum(s["days"] for s in statements) / (len(statements) * market_days), 1)


def total_fees(statements: Sequence[Mapping]) -> int:
    return sum(statement["fees_pence"] for statement in statements)


def vacant_pitches(statements: Sequence[Mapping]) -> list[str]:
    """Pitches not let on any day of the quarter."""
    return [statement["pitch"] for statement in statements if statement["days"] == 0]


def format_pence(pence: int) -> str:
    return f"£{pence // 100:,}.{pence % 100:02d}"
