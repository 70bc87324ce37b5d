"""Latency histogram of an hour of requests."""

import random

from metrics.histogram import bucket_counts, render


def main() -> None:
    rng = random.Random(67)
    edges = [round(1.25**i, 1) for i in range(10, 45)]
    rng.shuffle(edges)
    samples = [rng.lognormvariate(3.5, 1.2) for _ in range(200000)]
    print(render(bucket_counts(samples, edges), edges)[:80])


if __name__ == "__main__":
    main()
