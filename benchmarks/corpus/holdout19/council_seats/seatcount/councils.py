"""Results for all councils of an election."""

from __future__ import annotations

from dataclasses import dataclass, field

from seatcount.methods import allocate_seats


@dataclass
class Council:
    name: str
    seats: int
    votes: dict[str, int] = field(default_factory=dict)


def election_results(councils: list[Council], method: str = "dhondt", threshold: float = 0.0) -> dict[str, dict[str, int]]:
    return {council.name: allocate_seats(council.votes, council.seats, method, threshold) for council in councils}


def national_seat_totals(results: dict[str, dict[str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for allocation in results.values():
        for party, seats in allocation.items():
            totals[party] = totals.get(party, 0) + seats
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
