"""Normalise a batch of surveyed parcel outlines before shape matching."""

import math
import random

from outline.normalise import normalise


def main() -> None:
    rng = random.Random(17)
    total = 0.0
    for parcel in range(4):
        n = 900
        ox, oy = rng.uniform(4e5, 6e5), rng.uniform(5.7e6, 5.9e6)
        outline = []
        for k in range(n):
            angle = 2 * math.pi * k / n
            r = 40 + 15 * math.sin(5 * angle) + rng.uniform(-2, 2)
            outline.append((ox + r * math.cos(angle), oy + r * math.sin(angle)))
        shape = normalise(outline, scale=1000.0)
        total += sum(abs(x) + abs(y) for x, y in shape)
    print(round(total, 3))


if __name__ == "__main__":
    main()
