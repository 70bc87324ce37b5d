"""Round-by-round odds for single-elimination draws.

A draw is a list of player names whose length is a power of two; in round one the
players at positions 0 and 1 meet, 2 and 3, and so on, and winners of neighbouring
matches meet in the next round. Match odds come from the Elo formula.
"""

from __future__ import annotations

from typing import Mapping, Sequence


def match_probability(rating: float, opponent: float) -> float:
    """Chance that a player rated `rating` beats one rated `opponent`."""
    return 1.0 / (1.0 + 10.0 ** ((opponent - rating) / 400.0))


def _reach(draw: Sequence[str], ratings: Mapping[str, float], position: int, rounds: int) -> float:
    """Probability that the player at `position` wins their first `rounds` matches."""
    if rounds == 0:
        return 1.0
    block = 1 << (rounds - 1)
    opponents = ((position >> (rounds - 1)) ^ 1) << (rounds - 1)
    rating = ratings[draw[position]]
    beat_next = 0.0
    for opponent in range(opponents, opponents + block):
        beat_next += _reach(draw, ratings, opponent, rounds - 1) * match_probability(rating, ratings[draw[opponent]])
    return _reach(draw, ratings, position, rounds - 1) * beat_next


def round_odds(draw: Sequence[str], ratings: Mapping[str, float]) -> dict[str, list[float]]:
    """For every player, the probabilities of winning rounds 1, 2, ... up to the final.

    Probabilities are rounded to six decimals. Raises ValueError if the draw size is not a
    power of two or a player appears twice, and KeyError for a player without a rating.
    """
    size = len(draw)
    if size == 0 or size & (size - 1):
        raise ValueError(f"a draw needs a power-of-two number of players, not {size}")
    if len(set(draw)) != size:
        raise ValueError("a player appears more than once in the draw")
    for player in draw:
        if player not in ratings:
            raise KeyError(player)
    rounds = size.bit_length() - 1
    return {
        player: [round(_reach(draw, ratings, position, r), 6) for r in range(1, rounds + 1)]
        for position, player in enumerate(draw)
    }
