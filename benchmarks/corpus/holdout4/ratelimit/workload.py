"""Replay ten minutes of apigate traffic through the rate limiter."""

import itertools
import random

from apigate.limiter import SlidingWindowLimiter


def main() -> None:
    rng = random.Random(8)
    clients = [f"key-{rng.getrandbits(40):010x}" for _ in range(12)]
    weights = list(itertools.accumulate(rng.choice([2, 5, 10, 20, 40]) for _ in clients))
    limiter = SlidingWindowLimiter(limit=1000, window=120.0)
    now = 0.0
    allowed = rejected = 0
    for _ in range(30000):
        now += rng.expovariate(50.0)
        client = rng.choices(clients, cum_weights=weights)[0]
        if limiter.allow(client, round(now, 3)):
            allowed += 1
        else:
            rejected += 1
    print(allowed, rejected, len(limiter.clients()), limiter.remaining(clients[0], now))


if __name__ == "__main__":
    main()
