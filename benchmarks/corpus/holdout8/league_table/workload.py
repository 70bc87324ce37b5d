"""Weekly job: standings for a county Sunday league (all divisions in one table)."""

import random

from league.standings import League, render


def main() -> None:
    rng = random.Random(1888)
    teams = [f"{rng.choice(['Athletic', 'Rovers', 'United', 'Wanderers', 'Town'])} {n:03d}" for n in range(360)]
    league = League(teams)
    for round_ in range(66):
        order = teams[:]
        rng.shuffle(order)
        for home, away in zip(order[::2], order[1::2]):
            league.record(home, away, rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4]), rng.choice([0, 0, 1, 1, 2, 2, 3]))
    table = league.table()
    print(len(table), table[0].team, table[0].points, len(render(table)))


if __name__ == "__main__":
    main()
