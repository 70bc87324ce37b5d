"""Snake-draft simulation where every team drafts the best player it still has room for."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from draftkit.players import DEFAULT_ROSTER, Player, draft_rank


def snake_order(teams: int, rounds: int) -> list[int]:
    """Team indices in pick order: 0..n-1, then n-1..0, and so on."""
    order: list[int] = []
    for round_number in range(rounds):
        seats = list(range(teams))
        order.extend(seats if round_number % 2 == 0 else seats[::-1])
    return order


def run_draft(players: Sequence[Player], teams: Sequence[str], roster: Mapping[str, int] = DEFAULT_ROSTER,
              rounds: int | None = None) -> dict[str, Any]:
    """Simulate the draft; ``rounds`` defaults to the roster size.

    ``picks`` lists ``(overall pick, team, player name or None)``; None means the team had
    no room for any player left. ``rosters`` holds each team's picks in order and
    ``projected`` each team's projected points, rounded to 0.1.
    """
    if rounds is None:
        rounds = sum(roster.values())
    pool = list(players)
    drafted: dict[str, list[Player]] = {team: [] for team in teams}
    filled: dict[str, dict[str, int]] = {team: {} for team in teams}
    picks: list[tuple[int, str, str | None]] = []
    for overall, seat in enumerate(snake_order(len(teams), rounds), 1):
        team = teams[seat]
        choice = None
        for player in sorted(pool, key=draft_rank):
            if filled[team].get(player.position, 0) < roster.get(player.position, 0):
                choice = player
                break
        if choice is None:
            picks.append((overall, team, None))
            continue
        pool.remove(choice)
        drafted[team].append(choice)
        filled[team][choice.position] = filled[team].get(choice.position, 0) + 1
        picks.append((overall, team, choice.name))
    return {"picks": picks,
            "rosters": {team: [player.name for player in chosen] for team, chosen in drafted.items()},
            "projected": {team: round(sum(player.projected for player in chosen), 1) for team, chosen in drafted.items()}}
