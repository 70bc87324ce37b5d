"""Pre-compute the mock drafts shown on the draft-prep page for each league size."""

import random

from draftkit.draft import run_draft
from draftkit.players import Player

POSITIONS = [("QB", 110, 330.0), ("RB", 420, 260.0), ("WR", 560, 250.0), ("TE", 240, 180.0), ("K", 70, 140.0), ("DST", 32, 120.0)]
NFL = ["ARI", "ATL", "BAL", "BUF", "CAR", "CHI", "CIN", "CLE", "DAL", "DEN", "DET", "GB", "HOU", "IND", "JAX", "KC"]


def player_pool(rng: random.Random) -> list:
    players = []
    for position, count, top in POSITIONS:
        for rank in range(count):
            points = round(max(0.0, top * (0.97 ** rank) + rng.gauss(0, 12)), 1)
            players.append(Player(f"{position} Player {rank:03d}", position, rng.choice(NFL), points, 0.0))
    by_points = sorted(players, key=lambda player: -player.projected)
    return [Player(pl.name, pl.position, pl.team, pl.projected, round(index + 1 + rng.gauss(0, 6), 1)) for index, pl in enumerate(by_points)]


def main() -> None:
    rng = random.Random(1966)
    players = player_pool(rng)
    rng.shuffle(players)
    for size in (6, 8, 10, 12, 14, 16):
        for bench in (0, 2, 4):
            roster = {"QB": 2, "RB": 5 + bench // 2, "WR": 6 + bench // 2, "TE": 2, "K": 1, "DST": 1}
            result = run_draft(players, [f"Team {n + 1}" for n in range(size)], roster)
            best = max(result["projected"].items(), key=lambda item: item[1])
            print(f"{size} teams, bench {bench}: {len(result['picks'])} picks, strongest {best[0]} ({best[1]})")


if __name__ == "__main__":
    main()
