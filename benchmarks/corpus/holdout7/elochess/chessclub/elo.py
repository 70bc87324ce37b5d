"""Elo ratings for a chess club, recomputed from the full game record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

INITIAL_RATING = 1200.0
PROVISIONAL_GAMES = 10
PROVISIONAL_K = 40.0
ESTABLISHED_K = 20.0


@dataclass(frozen=True)
class Game:
    """One rated game; `score` is White's result (1, 0.5 or 0)."""

    round: int
    white: str
    black: str
    score: float


def expected_score(rating: float, opponent: float) -> float:
    """Elo expectation for a player rated `rating` against `opponent`."""
    return 1.0 / (1.0 + 10.0 ** ((opponent - rating) / 400.0))


def replay(games: Sequence[Game]) -> dict[str, float]:
    """Ratings after playing `games` in order, starting everyone at INITIAL_RATING.

    A player's first PROVISIONAL_GAMES games use the larger provisional K-factor. Raises
    ValueError for a game against oneself or a score other than 1, 0.5 or 0.
    """
    ratings: dict[str, float] = {}
    played: dict[str, int] = {}
    for game in games:
        if game.white == game.black:
            raise ValueError(f"round {game.round}: {game.white} cannot play themselves")
        if game.score not in (0, 0.5, 1):
            raise ValueError(f"round {game.round}: bad score {game.score!r}")
        white = ratings.get(game.white, INITIAL_RATING)
        black = ratings.get(game.black, INITIAL_RATING)
        expected = expected_score(white, black)
        k_white = PROVISIONAL_K if played.get(game.white, 0) < PROVISIONAL_GAMES else ESTABLISHED_K
        k_black = PROVISIONAL_K if played.get(game.black, 0) < PROVISIONAL_GAMES else ESTABLISHED_K
        ratings[game.white] = white + k_white * (game.score - expected)
        ratings[game.black] = black + k_black * ((1 - game.score) - (1 - expected))
        played[game.white] = played.get(game.white, 0) + 1
        played[game.black] = played.get(game.black, 0) + 1
    return ratings


def standings_by_round(games: Sequence[Game]) -> list[tuple[int, dict[str, float]]]:
    """The rating table after each round, for every round number that occurs, ascending.

    The table after round r is what `replay` gives for the games of rounds up to r, taken
    in the order they appear in `games` (late-reported games keep their place in the
    record). Only players who have played by then appear in a table.
    """
    rounds: list[int] = []
    for game in games:
        if game.round not in rounds:
            rounds.append(game.round)
    rounds.sort()
    tables = []
    for current in rounds:
        tables.append((current, replay([game for game in games if game.round <= current])))
    return tables


def leaderboard(ratings: dict[str, float], top: int = 10) -> list[tuple[str, int]]:
    """Best players first, ratings rounded to whole points."""
    ordered = sorted(ratings.items(), key=lambda item: (-item[1], item[0]))
    return [(name, round(rating)) for name, rating in ordered[:top]]
