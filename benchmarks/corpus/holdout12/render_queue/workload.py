"""Capacity planning: replay last week's submissions on the farm and report queueing delays."""

import random

from renderfarm.dispatch import Job, simulate

SHOWS = ["otter", "nebula", "gallop", "lanterns"]
KINDS = [("preview", 5, 20, 60, 4.0), ("lighting", 3, 60, 240, 25.0), ("final", 2, 120, 480, 70.0), ("sim", 4, 1, 1, 1800.0)]


def submissions(rng: random.Random) -> list[Job]:
    jobs = []
    for day in range(7):
        for hour in range(24):
            busy = 9 <= hour < 19
            for _ in range(rng.randint(60, 90) if busy else rng.randint(3, 10)):
                kind, priority, low, high, spf = rng.choice(KINDS)
                submitted = day * 86_400 + hour * 3_600 + rng.randint(0, 3_599)
                frames = rng.randint(low, high)
                jobs.append(Job(f"{rng.choice(SHOWS)}-{kind}-{len(jobs):05d}", float(submitted),
                                priority + rng.choice([0, 0, 0, 1, -1]), frames, round(spf * rng.uniform(0.6, 1.6), 1)))
    rng.shuffle(jobs)
    return jobs


def main() -> None:
    rng = random.Random(2600)
    jobs = submissions(rng)
    schedule = simulate(jobs, nodes=80)
    waits = sorted(item.waited for item in schedule)
    makespan = max(item.finish for item in schedule) / 3600
    print(f"jobs={len(schedule)} median_wait_min={waits[len(waits) // 2] / 60:.1f} "
          f"p95_wait_min={waits[int(len(waits) * 0.95)] / 60:.1f} makespan_h={makespan:.1f}")


if __name__ == "__main__":
    main()
