"""Compare the service configs of two releases, section by section."""

import random

from difftools.lcs import LineDiff


def main() -> None:
    rng = random.Random(37)
    keys = ["timeout", "retries", "workers", "log_level", "cache_ttl", "pool_size", "region", "replicas"]
    scores = []
    for section in range(6):
        old = [f"{rng.choice(keys)} = {rng.randint(1, 60)}" for _ in range(11)]
        new = [line if rng.random() < 0.25 else f"{rng.choice(keys)} = {rng.randint(1, 60)}" for line in old]
        rng.shuffle(new)
        diff = LineDiff(old, new)
        scores.append((section, len(diff.common()), round(diff.similarity(), 2)))
    print(scores)


if __name__ == "__main__":
    main()
