"""Desk labels such as ``"3-014"`` (floor 3, desk 14) or ``"G-002"`` (ground floor)."""

from __future__ import annotations


def desk_key(label: str) -> tuple[int, int]:
    """Sort key for a desk label: lower floors first, then desk number."""
    floor, _, number = label.partition("-")
    floor_number = 0 if floor.upper() == "G" else int(floor)
    return floor_number, int(number)
