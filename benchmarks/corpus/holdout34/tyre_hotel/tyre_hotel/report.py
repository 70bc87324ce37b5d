"""Summaries of the pick list for the workshop manager."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from .models import Pick


def action_counts(picks: Sequence[Pick]) -> dict[str, int]:
    """How many lines of each action the pick list has."""
    return dict(Counter(pick.action for pick in picks))


def by_aisle(picks: Sequence[Pick]) -> dict[str, list[str]]:
    """Booking references to pick per aisle (the letter before the first dash)."""
    aisles: dict[str, list[str]] = {}
    for pick in picks:
        if pick.location is None:
            continue
        aisles.setdefault(pick.location.split("-", 1)[0], []).append(pick.booking_ref)
    return aisles


def format_pick_list(picks: Sequence[Pick]) -> str:
    """The printed pick list: one line per booking."""
    lines = [f"{'LOCATION':<10} {'REG':<9} {'BOOKING':<10} ACTION"]
    for pick in picks:
        lines.append(f"{pick.location or '-':<10} {pick.registration:<9} {pick.booking_ref:<10} {pick.action}")
    return "\n".join(lines)
