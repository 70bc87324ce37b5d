"""Daily job: extract high and low waters from the harbour gauge's minute data."""

import math
import random

from tidegauge.extremes import find_extremes, tidal_ranges


def main() -> None:
    rng = random.Random(1852)
    levels = []
    surge = 0.0
    for minute in range(150_000):
        hours = minute / 60
        tide = 1.9 * math.cos(2 * math.pi * hours / 12.4206) + 0.45 * math.cos(2 * math.pi * hours / 12.0 + 0.7)
        surge = 0.998 * surge + rng.gauss(0, 0.004)
        levels.append(round(2.6 + tide + surge + rng.gauss(0, 0.01), 2))
    events = find_extremes(levels, half_window=150)
    highs = [e for e in events if e[1] == "high"]
    ranges = tidal_ranges(events)
    print(f"{len(highs)} high waters, {len(events) - len(highs)} low waters, mean range {sum(ranges) / len(ranges):.2f} m")


if __name__ == "__main__":
    main()
