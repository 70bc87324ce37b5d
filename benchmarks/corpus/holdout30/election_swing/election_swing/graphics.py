"""Lists for the election-night graphics."""

from __future__ import annotations

from typing import Mapping

from election_swing.swing import SeatSwing


def gains(previous: Mapping[str, Mapping[str, int]], swings: Mapping[str, SeatSwing]) -> list[tuple[str, str, str]]:
    """Seats that changed hands: (seat, previous winner, new winner), in declaration order.
    Previous winners are decided like current ones (most votes, ties to the first label)."""
    changed = []
    for seat, item in swings.items():
        before = sorted(previous[seat].items(), key=lambda pair: (-pair[1], pair[0]))[0][0]
        if before != item.winner:
            changed.append((seat, before, item.winner))
    return changed


def biggest_swings(swings: Mapping[str, SeatSwing], count: int = 10) -> list[SeatSwing]:
    """The seats whose swing differs most from the national swing, largest first."""
    return sorted(swings.values(), key=lambda item: (-abs(item.relative_swing), item.seat))[:count]
