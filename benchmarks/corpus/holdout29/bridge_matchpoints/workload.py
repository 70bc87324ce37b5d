"""Score one heat of the federation's simultaneous pairs: 24 boards played at 820 tables."""

import random

from bridge_matchpoints.ranking import rank_pairs
from bridge_matchpoints.scoring import matchpoint_boards
from bridge_matchpoints.travellers import parse_traveller

CONTRACTS = ["1N", "2S", "2H", "3C", "3D", "3N", "4H", "4S", "5C", "5D", "6N", "6S", "4SX", "3NX", "2HX", "PASS"]


def traveller_rows(rng: random.Random, boards: int, tables: int) -> list[str]:
    rows = []
    for board in range(1, boards + 1):
        popular = rng.sample(CONTRACTS, 4)
        for table in range(1, tables + 1):
            contract = rng.choice(popular) if rng.random() < 0.8 else rng.choice(CONTRACTS)
            declarer = rng.choice("NESW")
            level = 0 if contract == "PASS" else int(contract[0])
            tricks = max(0, min(13, level + 6 + rng.choice([-2, -1, 0, 0, 0, 1, 1, 2])))
            rows.append(f"{board},{table},{table + tables},{contract},{declarer},{tricks}")
    rng.shuffle(rows)
    return rows


def main() -> None:
    rng = random.Random(2901)
    rows = traveller_rows(rng, boards=24, tables=820)
    results = [parse_traveller(row) for row in rows]
    scored = matchpoint_boards(results)
    standings = rank_pairs(scored)
    print(f"{len(results)} results on {len({r.board for r in results})} boards, {len(standings)} pairs")
    for standing in standings[:3]:
        print(f"  {standing.place}. pair {standing.pair}: {standing.percent:.2f}% over {standing.boards} boards")


if __name__ == "__main__":
    main()
