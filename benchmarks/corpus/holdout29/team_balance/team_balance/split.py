"""Splitting the session's players into two even sides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from team_balance.roster import Player


@dataclass(frozen=True)
class TeamSplit:
    """The two sides (names in sign-up order) and their rating totals."""

    team_a: list[str]
    team_b: list[str]
    rating_a: int
    rating_b: int


def balanced_teams(players: Sequence[Player]) -> TeamSplit:
    """Split the players into two sides as evenly as possible by rating.

    Side A gets ceil(n / 2) of the n players and side B the rest. Of all such splits, the one with
    the smallest absolute difference between the sides' rating totals is chosen; among equally
    even splits, the one whose side A players come earliest in sign-up order (smallest list of
    sign-up positions, compared lexicographically) wins.

    Raises ``ValueError`` for fewer than two players, a name signed up twice or a negative rating.
    """
    if len(players) < 2:
        raise ValueError("at least two players are needed")
    names = [player.name for player in players]
    if len(set(names)) != len(names):
        raise ValueError("a player is listed twice")
    ratings = [player.rating for player in players]
    if any(rating < 0 for rating in ratings):
        raise ValueError("ratings cannot be negative")
    total = sum(ratings)
    size_a = (len(players) + 1) // 2

    def best(index: int, needed: int, sum_a: int) -> tuple[int, tuple[int, ...]] | None:
        """The most even way to pick ``needed`` more side-A players from position ``index`` on,
        given side A's total so far: (imbalance, chosen positions), or None if impossible."""
        if needed == 0:
            return abs(total - 2 * sum_a), ()
        if len(ratings) - index < needed:
            return None
        take = best(index + 1, needed - 1, sum_a + ratings[index])
        skip = best(index + 1, needed, sum_a)
        if take is not None:
            take = (take[0], (index,) + take[1])
        if skip is None or (take is not None and take[0] <= skip[0]):
            return take
        return skip

    outcome = best(0, size_a, 0)
    assert outcome is not None
    chosen = set(outcome[1])
    team_a = [players[index] for index in range(len(players)) if index in chosen]
    team_b = [players[index] for index in range(len(players)) if index not in chosen]
    return TeamSplit([player.name for player in team_a], [player.name for player in team_b],
                     sum(player.rating for player in team_a), sum(player.rating for player in team_b))
