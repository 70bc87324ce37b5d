"""Simulate one night of the batch runner: ETL jobs that fan out into follow-up jobs."""

import random

from batchrun.scheduler import JobScheduler


def main() -> None:
    rng = random.Random(77)
    scheduler = JobScheduler()
    processed = []

    def make_action(name, depth):
        def action(s):
            processed.append(name)
            if depth < 2:
                for part in range(rng.randint(0, 2)):
                    child = f"{name}.{part}"
                    s.submit(child, rng.randint(0, 9), make_action(child, depth + 1))
        return action

    for n in range(3000):
        name = f"etl-{n:05d}"
        scheduler.submit(name, rng.randint(0, 9), make_action(name, 0))
    ran = scheduler.run_all(limit=6000)
    ran += scheduler.run_all()
    print(len(ran), len(processed), ran[:3], ran[-1])


if __name__ == "__main__":
    main()
