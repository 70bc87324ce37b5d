"""Weekly service-planning report: how often does a bus leave each stop?"""

import random

from transitfeed.headways import stop_headways


def _clock(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def main() -> None:
    rng = random.Random(1863)
    rows = []
    trip = 0
    for route in range(40):
        stops = [f"S{rng.randint(0, 420):04d}" for _ in range(rng.randint(15, 40))]
        first = rng.randint(4 * 3600 + 30 * 60, 6 * 3600)
        last = rng.randint(23 * 3600, 25 * 3600 + 30 * 60)
        start = first
        while start < last:
            trip += 1
            elapsed = start
            for stop in stops:
                rows.append((f"T{trip}", stop, _clock(elapsed)))
                elapsed += rng.randint(60, 180)
            peak = 7 * 3600 <= start <= 9 * 3600 or 16 * 3600 <= start <= 18 * 3600
            start += rng.choice([300, 360, 420]) if peak else rng.choice([600, 720, 900, 1200])
    rng.shuffle(rows)
    report = stop_headways(rows)
    busiest = max(report, key=lambda stop: report[stop]["departures"])
    print(f"{len(rows)} stop times at {len(report)} stops; busiest {busiest}: {report[busiest]}")


if __name__ == "__main__":
    main()
