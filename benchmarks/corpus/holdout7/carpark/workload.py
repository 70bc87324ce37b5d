"""Replay a week of barrier logs to see how often the car park was full."""

import random

from parking.garage import Garage, Visit, turned_away


def main() -> None:
    rng = random.Random(404)
    visits = []
    for n in range(5200):
        day = n % 7
        arrive = day * 1440 + int(rng.triangular(6 * 60, 20 * 60, 9 * 60))
        stay = int(rng.expovariate(1 / 180)) + 5
        visits.append(Visit(f"KT{n:05d}", arrive, arrive + stay))
    garage = Garage(220, reserved=range(1, 13))
    result = garage.simulate(visits)
    away = turned_away(result)
    print(len(result), len(away), max(a.bay or 0 for a in result))


if __name__ == "__main__":
    main()
