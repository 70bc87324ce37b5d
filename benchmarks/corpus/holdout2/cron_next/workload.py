"""Preview the next week of runs of every job in the company's crontab for the ops dashboard."""

import random
from datetime import datetime

from cronjobs.schedule import next_runs

CRONTAB = [
    "*/5 * * * *",
    "0 * * * *",
    "15,45 * * * *",
    "0 3 * * *",
    "30 2 * * 0",
    "0 9-17 * * 1-5",
    "*/20 8-18 * * 1-5",
    "0 0 1 * *",
    "0 6 1,15 * *",
    "10-50/20 */2 * * *",
    "0 22 * * 5",
    "5 4 * * 6",
    "0 12 1 1,4,7,10 *",
    "45 23 28-31 * *",
]


def main() -> None:
    rng = random.Random(99)
    total = 0
    last = []
    for expression in CRONTAB:
        for _ in range(2):
            after = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
            runs = next_runs(expression, after, 8, horizon_days=7)
            total += len(runs)
            last.append(runs[-1] if runs else None)
    print(total, max(run for run in last if run is not None))


if __name__ == "__main__":
    main()
