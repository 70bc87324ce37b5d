"""Voting rights and ownership percentages at a general meeting."""

from __future__ import annotations

VOTES_PER_SHARE = {"ORD": 1, "A": 10, "EOT": 1, "PREF": 0}


def voting_table(register: dict[str, dict[str, int]], threshold: float = 5.0) -> list[tuple[str, int, float]]:
    """(holder, votes, percentage of votes) for holders with at least ``threshold`` % of the votes.

    Sorted by votes, most first, then by holder. Unknown share classes carry one vote a share.
    """
    votes = {holder: sum(VOTES_PER_SHARE.get(share_class, 1) * shares for share_class, shares in holding.items())
             for holder, holding in register.items()}
    total = sum(votes.values())
    if total == 0:
        return []
    rows = [(holder, count, round(100 * count / total, 2)) for holder, count in votes.items()]
    return sorted((row for row in rows if row[2] >= threshold), key=lambda row: (-row[1], row[0]))
