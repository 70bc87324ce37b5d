"""Coverage of the current station layout over a rural county's road grid."""

import random

from ambulance.coverage import coverage_report


def road_network(rng: random.Random, width: int, height: int) -> list:
    roads = []
    for x in range(width):
        for y in range(height):
            here = f"J{x:03d}-{y:03d}"
            if x + 1 < width and rng.random() < 0.93:
                roads.append((here, f"J{x + 1:03d}-{y:03d}", rng.randint(20, 95)))
            if y + 1 < height and rng.random() < 0.93:
                roads.append((here, f"J{x:03d}-{y + 1:03d}", rng.randint(20, 95)))
            if x + 1 < width and y + 1 < height and rng.random() < 0.1:
                roads.append((here, f"J{x + 1:03d}-{y + 1:03d}", rng.randint(30, 120), rng.random() < 0.3))
    for _ in range(100):  # A-roads: faster links across the county
        x, y = rng.randrange(width - 8), rng.randrange(height)
        roads.append((f"J{x:03d}-{y:03d}", f"J{x + 8:03d}-{y:03d}", rng.randint(200, 300)))
    return roads


def main() -> None:
    rng = random.Random(999)
    width, height = 100, 100
    roads = road_network(rng, width, height)
    stations = [(f"STN-{number:02d}", f"J{rng.randrange(width):03d}-{rng.randrange(height):03d}") for number in range(16)]
    incidents = [f"J{min(int(rng.expovariate(0.04)), width - 1):03d}-{rng.randrange(height):03d}" for _ in range(20000)]
    report = coverage_report(roads, stations, incidents, target_seconds=720)
    print("junctions", len(report["nearest"]), "incidents", len(incidents))
    print("coverage", report["coverage"], "uncovered junctions", len(report["uncovered"]))
    print("first due", report["first_due"])


if __name__ == "__main__":
    main()
