"""End of season: replay the match log into the final leaderboard."""

import random

from arena.standings import Event, standings


def main() -> None:
    rng = random.Random(6)
    players = [f"player{n:05d}" for n in range(4000)]
    start = {p: rng.randrange(0, 50) for p in players[:2500]}
    kinds = ["win"] * 5 + ["draw"] * 3 + ["bonus", "penalty", "reset"]
    events = []
    for _ in range(45000):
        kind = rng.choice(kinds)
        events.append(Event(rng.choice(players), kind, rng.randrange(1, 10) if kind in ("bonus", "penalty") else 0))
    board = standings(events, start=start, top=10)
    print(board[0], board[-1])


if __name__ == "__main__":
    main()
