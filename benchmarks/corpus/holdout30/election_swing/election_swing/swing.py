"""Butler two-party swing per constituency."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class SeatSwing:
    """Swing figures of one constituency, in percentage points rounded to 2 decimals: the
    winner's majority over the runner-up as a share of the votes cast, the Butler swing from the
    second party of the pair to the first (positive: towards the first), the national swing
    and the seat's swing relative to it."""

    seat: str
    winner: str
    majority_pct: float
    swing: float
    national_swing: float
    relative_swing: float


def constituency_swings(previous: Mapping[str, Mapping[str, int]], current: Mapping[str, Mapping[str, int]],
                        pair: tuple[str, str] = ("CON", "LAB")) -> dict[str, SeatSwing]:
    """Swing figures for every constituency contested in both elections, in the order of
    ``current``; seats with no votes recorded in either election are left out.

    Votes are given per party per seat. The national swing is computed from the party totals
    over all seats of each election. The winner is the party with most votes (ties go to the
    alphabetically first party label).

    Raises ``ValueError`` when both parties of the pair are the same.
    """
    first, second = pair
    if first == second:
        raise ValueError("swing needs two different parties")
    swings: dict[str, SeatSwing] = {}
    for seat, votes in current.items():
        before = previous.get(seat)
        if before is None:
            continue
        seat_now = sum(votes.values())
        seat_before = sum(before.values())
        if seat_now == 0 or seat_before == 0:
            continue
        national_now: dict[str, int] = {}
        for seat_votes in current.values():
            for party, count in seat_votes.items():
                national_now[party] = national_now.get(party, 0) + count
        national_before: dict[str, int] = {}
        for seat_votes in previous.values():
            for party, count in seat_votes.items():
                national_before[party] = national_before.get(party, 0) + count
        total_now = sum(national_now.values())
        total_before = sum(national_before.values())
        national = ((national_now.get(first, 0) / total_now - national_before.get(first, 0) / total_before)
                    - (national_now.get(second, 0) / total_now - national_before.get(second, 0) / total_before)) * 50
        local = ((votes.get(first, 0) / seat_now - before.get(first, 0) / seat_before)
                 - (votes.get(second, 0) / seat_now - before.get(second, 0) / seat_before)) * 50
        ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        majority = (ranked[0][1] - runner_up) / seat_now * 100
        swings[seat] = SeatSwing(seat, ranked[0][0], round(majority, 2), round(local, 2), round(national, 2),
                                 round(local - national, 2))
    return swings
