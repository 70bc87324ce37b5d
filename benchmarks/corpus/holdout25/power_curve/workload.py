"""The coaches' weekly review: power curves for every ride the team uploaded this week."""

import math
import random

from powerfile.curve import mean_max_power, normalised_power, season_best


def ride(rng: random.Random, ftp: int, hours: float) -> list[int]:
    """A ride's 1 Hz power: endurance riding with climbs, sprints, coasting and a few dropouts."""
    watts = []
    seconds = int(hours * 3600)
    target = 0.65 * ftp
    for second in range(seconds):
        if second % 600 == 0:
            target = ftp * rng.choice([0.55, 0.65, 0.7, 0.75, 0.9, 1.05])
        if rng.random() < 0.0015:
            target = ftp * 2.5  # a sprint
        elif target > 1.5 * ftp and rng.random() < 0.1:
            target = 0.6 * ftp
        power = 0 if rng.random() < 0.03 else max(0, int(rng.gauss(target, 0.12 * target) + 15 * math.sin(second / 40)))
        watts.append(power)
    return watts


def main() -> None:
    rng = random.Random(2024)
    riders = {f"rider{n:02d}": rng.randint(230, 380) for n in range(1, 7)}
    best_by_rider = {}
    for name, ftp in riders.items():
        curves = []
        for _ in range(2):
            watts = ride(rng, ftp, rng.choice([1.25, 1.5, 2.0]))
            curves.append(mean_max_power(watts))
            normalised_power(watts)
        best_by_rider[name] = season_best(curves)
    for name, best in list(best_by_rider.items())[:3]:
        print(name, {duration: best[duration] for duration in (5, 60, 1200, 3600) if duration in best})
    print("team best 20 min:", max(best[1200] for best in best_by_rider.values()))


if __name__ == "__main__":
    main()
