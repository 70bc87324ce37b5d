"""Replay a day of edge-server requests against a few cache sizes."""

import random

from cdnsim.lru import CacheModel


def main() -> None:
    rng = random.Random(61)
    objects = [f"/static/img/{i:06d}.webp" for i in range(40000)]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(objects))]
    requests = rng.choices(objects, weights, k=40000)
    for capacity in (300, 1000):
        stats = CacheModel(capacity).replay(requests)
        print(capacity, stats.hits, stats.misses, len(stats.evicted), round(stats.hit_ratio, 3))


if __name__ == "__main__":
    main()
