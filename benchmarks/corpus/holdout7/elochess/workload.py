"""Rebuild the rating tables for the whole history of weekly club nights."""

import random

from chessclub.elo import Game, leaderboard, standings_by_round


def main() -> None:
    rng = random.Random(1851)
    members = [f"member{n:02d}" for n in range(48)]
    strength = {name: rng.gauss(0, 1) for name in members}
    games = []
    for round_number in range(1, 601):
        present = rng.sample(members, 24)
        for white, black in zip(present[::2], present[1::2]):
            edge = strength[white] - strength[black] + rng.gauss(0, 1)
            score = 1 if edge > 0.6 else 0 if edge < -0.6 else 0.5
            games.append(Game(round_number, white, black, score))
    tables = standings_by_round(games)
    print(len(tables), leaderboard(tables[-1][1], top=3))


if __name__ == "__main__":
    main()
