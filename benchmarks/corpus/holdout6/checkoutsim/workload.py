"""Simulate a busy Saturday at a supermarket with six open checkouts."""

import random

from lanesim.simulation import simulate, summary


def main() -> None:
    rng = random.Random(6006)
    arrivals = []
    clock = 0.0
    for number in range(8000):
        clock += rng.expovariate(1 / 16.0)
        items = rng.randint(1, 60)
        arrivals.append((f"cust{number:05d}", round(clock, 2), round(15 + items * 2.5 * rng.uniform(0.7, 1.3), 2)))
    rng.shuffle(arrivals)
    records = simulate(arrivals, lanes=6)
    print(len(records), summary(records))


if __name__ == "__main__":
    main()
