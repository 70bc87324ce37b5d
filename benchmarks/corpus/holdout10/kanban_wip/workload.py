"""Engineering review: daily WIP across the platform group's board over the past two years."""

import random
from datetime import date, timedelta

from flowmetrics.wip import Transition, average_wip, daily_wip

FLOW = ["To Do", "In Progress", "Review", "In Progress", "Review", "Done"]


def main() -> None:
    rng = random.Random(1066)
    start = date(2022, 7, 1)
    transitions = []
    for n in range(9000):
        key = f"PLAT-{n + 1}"
        day = start + timedelta(days=rng.randint(-60, 725))
        steps = FLOW[:2] + (FLOW[2:5] if rng.random() < 0.3 else FLOW[2:3]) + FLOW[5:]
        if rng.random() < 0.04:
            steps = steps[: rng.randint(1, len(steps) - 1)]
        for status in steps:
            transitions.append(Transition(key, status, day))
            day += timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8]))
    rng.shuffle(transitions)
    series = daily_wip(transitions, start, date(2024, 6, 30))
    peak = max(series, key=lambda point: point[1])
    print(f"{len(transitions)} transitions, {len(series)} days, mean WIP {average_wip(series):.2f}, peak {peak[1]} on {peak[0]}")


if __name__ == "__main__":
    main()
