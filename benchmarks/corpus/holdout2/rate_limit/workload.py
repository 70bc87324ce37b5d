"""Replay the morning peak of API gateway traffic through the rate limiter."""

import random

from gateway.limiter import SlidingWindowLimiter


def main() -> None:
    rng = random.Random(8080)
    clients = [f"key-{rng.randrange(16**8):08x}" for _ in range(40)]
    weights = [rng.paretovariate(1.2) for _ in clients]
    limiter = SlidingWindowLimiter(limit=120, window=60.0)
    clock = 0.0
    allowed = 0
    for _ in range(45000):
        clock += rng.expovariate(16.0)
        if limiter.allow(rng.choices(clients, weights)[0], round(clock, 3)):
            allowed += 1
    print(allowed, limiter.rejected, round(clock))


if __name__ == "__main__":
    main()
