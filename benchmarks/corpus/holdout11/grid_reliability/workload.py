"""Annual regulatory return: reliability indices for the distributor's feeders."""

import random

from outagestats.indices import reliability_indices

YEAR = 365 * 24 * 3600


def main() -> None:
    rng = random.Random(1366)
    customers = {f"FDR-{n:04d}": rng.randint(200, 4000) for n in range(450)}
    names = list(customers)
    outages = []
    for _ in range(1900):
        feeder = rng.choice(names)
        start = rng.randint(-36000, YEAR)
        duration = int(rng.lognormvariate(8.3, 1.0))
        outages.append((feeder, start, start + duration))
        while rng.random() < 0.4:
            offset = rng.randint(-1800, duration)
            outages.append((feeder, start + offset, start + offset + rng.randint(1, duration + 3600)))
    rng.shuffle(outages)
    result = reliability_indices(outages, customers, YEAR)
    worst = max(result["feeders"], key=lambda f: result["feeders"][f]["seconds"])
    print(len(outages), result["saidi"], result["saifi"], worst, result["feeders"][worst]["events"])


if __name__ == "__main__":
    main()
