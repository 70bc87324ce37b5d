"""Strategic deconfliction: which reserved volumes overlap in space and time."""

from __future__ import annotations

import math
from collections.abc import Sequence

from uspace.volumes import Reservation


def validate(reservation: Reservation) -> None:
    """Raise ValueError for a slot that ends before it starts, a ceiling below the floor or a negative radius."""
    if reservation.end <= reservation.start:
        raise ValueError(f"{reservation.flight_id}: slot ends before it starts")
    if reservation.ceiling <= reservation.floor:
        raise ValueError(f"{reservation.flight_id}: ceiling is not above floor")
    if reservation.radius < 0:
        raise ValueError(f"{reservation.flight_id}: negative radius")


def find_conflicts(
    reservations: Sequence[Reservation],
    separation: float = 50.0,
    vertical_separation: float = 15.0,
) -> list[tuple[str, str]]:
    """Pairs of flights of different operators whose volumes come too close at the same time.

    Two reservations conflict when their time slots overlap (half-open minutes), their
    altitude bands come within ``vertical_separation`` metres of each other, and their
    centres are closer than the sum of their radii plus ``separation`` metres. Each
    reservation is validated first. Pairs are ``(earlier id, later id)`` in request order,
    listed by the earlier reservation's position and then the later one's.
    """
    for reservation in reservations:
        validate(reservation)
    conflicts: list[tuple[str, str]] = []
    for i, first in enumerate(reservations):
        for second in reservations[i + 1:]:
            if first.operator == second.operator:
                continue
            if first.start >= second.end or second.start >= first.end:
                continue
            if first.floor - second.ceiling >= vertical_separation or second.floor - first.ceiling >= vertical_separation:
                continue
            if math.hypot(first.x - second.x, first.y - second.y) < first.radius + second.radius + separation:
                conflicts.append((first.flight_id, second.flight_id))
    return conflicts
