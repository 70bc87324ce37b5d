"""Plan the support rota: a week of tickets over the whole support organisation."""

import random

from rota.assign import assign_work


def main() -> None:
    rng = random.Random(4)
    team = [f"eng-{n:04d}" for n in range(500)]
    carried = {name: rng.choice([0, 0, 0.5, 1.5, 4.0]) for name in team}
    tickets = [(f"TCK-{i:06d}", rng.choice([0.25, 0.5, 1, 1.5, 2, 3, 8])) for i in range(7000)]
    plan = assign_work(tickets, team, carried_over=carried)
    print(max(len(v) for v in plan.values()), min(len(v) for v in plan.values()))


if __name__ == "__main__":
    main()
