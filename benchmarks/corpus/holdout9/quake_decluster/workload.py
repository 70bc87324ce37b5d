"""Monthly catalogue processing: decluster the regional network's earthquake list."""

import random

from seismo.catalog import Quake, decluster


def main() -> None:
    rng = random.Random(1906)
    events = []
    year = 365 * 86400
    for _ in range(1700):
        t = rng.uniform(0, 5 * year)
        lat, lon = rng.uniform(32.0, 42.0), rng.uniform(-124.0, -114.0)
        magnitude = round(min(7.8, 2.0 + rng.expovariate(1.1)), 1)
        events.append(Quake(t, lat, lon, magnitude))
        for _after in range(int(rng.expovariate(1.0) * (magnitude - 1.5) ** 2)):
            dt = rng.expovariate(1 / (3 * 86400))
            events.append(Quake(t + dt, lat + rng.gauss(0, 0.08), lon + rng.gauss(0, 0.08),
                                round(max(1.0, magnitude - 0.5 - rng.expovariate(1.5)), 1)))
    rng.shuffle(events)
    parents = decluster(events, window_s=30 * 86400, radius_km=40.0)
    mainshocks = sum(1 for p in parents if p is None)
    print(f"{len(events)} events: {mainshocks} mainshocks, {len(events) - mainshocks} aftershocks")


if __name__ == "__main__":
    main()
