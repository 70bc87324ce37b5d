"""Nightly job: tag a day of van GPS fixes with the city's delivery zones."""

import math
import random

from zoning.zones import assign_zones


def blob(rng, cx, cy, radius, vertices):
    angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(vertices))
    return [(cx + radius * rng.uniform(0.6, 1.0) * math.cos(a), cy + radius * rng.uniform(0.6, 1.0) * math.sin(a)) for a in angles]


def main() -> None:
    rng = random.Random(77)
    zones = []
    for row in range(14):
        for col in range(14):
            zones.append((f"Z{row:02d}{col:02d}", blob(rng, col * 10 + 5, row * 10 + 5, 6.5, rng.randint(12, 30))))
    rng.shuffle(zones)
    fixes = [(rng.uniform(-5, 145), rng.uniform(-5, 145)) for _ in range(4000)]
    assigned = assign_zones(fixes, zones)
    print(sum(name is None for name in assigned), assigned[:3])


if __name__ == "__main__":
    main()
