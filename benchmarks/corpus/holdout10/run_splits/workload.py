"""Weekly club report: split times for the long runs uploaded this week."""

import math
import random

from trackstats.splits import TrackPoint, split_times


def synthetic_run(rng: random.Random, fixes: int) -> list[TrackPoint]:
    lat, lon, t = 52.37 + rng.uniform(-0.05, 0.05), 4.89 + rng.uniform(-0.05, 0.05), 0.0
    heading = rng.uniform(0, 2 * math.pi)
    pace = rng.uniform(4.2, 6.5)  # minutes per km
    points = [TrackPoint(lat, lon, t)]
    for _ in range(fixes - 1):
        dt = rng.choice([4.0, 5.0, 5.0, 6.0, 8.0])
        metres = dt * 1000 / (pace * 60) * rng.uniform(0.85, 1.15)
        heading += rng.gauss(0, 0.15)
        lat += metres * math.cos(heading) / 111_320
        lon += metres * math.sin(heading) / (111_320 * math.cos(math.radians(lat)))
        t += dt
        points.append(TrackPoint(round(lat, 6), round(lon, 6), t))
    return points


def main() -> None:
    rng = random.Random(42)
    runs = [synthetic_run(rng, rng.randint(1000, 1250)) for _ in range(3)]
    for number, run in enumerate(runs, 1):
        splits = split_times(run)
        best = min(splits, key=lambda s: s[1]) if splits else None
        print(f"run {number}: {len(run)} fixes, {len(splits)} km, fastest km {best}")


if __name__ == "__main__":
    main()
