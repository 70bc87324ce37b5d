"""Highest-averages (divisor) methods of proportional representation."""

from __future__ import annotations

from typing import Mapping


def divisor(method: str, seats_won: int) -> float:
    """The divisor applied to a party's votes after it has won ``seats_won`` seats."""
    if method == "dhondt":
        return seats_won + 1
    if method == "sainte-lague":
        return 2 * seats_won + 1
    if method == "modified-sainte-lague":  # Scandinavian variant: first divisor 1.4
        return 1.4 if seats_won == 0 else 2 * seats_won + 1
    raise ValueError(f"unknown method {method!r}")


def allocate_seats(votes: Mapping[str, int], seats: int, method: str = "dhondt",
                   threshold: float = 0.0) -> dict[str, int]:
    """Seats per party, in the order the parties were given.

    Parties with no votes, or with a share of the valid vote below ``threshold``
    (e.g. 0.05 for a 5 % hurdle), win nothing. Each seat goes to the highest
    quotient; ties go to the party with more votes, then to the earlier name
    in alphabetical order.
    """
    total = sum(votes.values())
    eligible = {party: count for party, count in votes.items() if count > 0 and count / total >= threshold}
    won = {party: 0 for party in eligible}
    for _ in range(seats):
        quotients = []
        for party, count in eligible.items():
            quotients.append((count / divisor(method, won[party]), count, party))
        quotients.sort(key=lambda entry: (-entry[0], -entry[1], entry[2]))
        winner = quotients[0][2]
        won[winner] += 1
    return {party: won.get(party, 0) for party in votes}
