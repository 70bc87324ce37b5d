"""Value this year's option grants and build the IFRS 2 expense schedule."""

import random

from esoval.expense import expense_schedule
from esoval.grants import Grant


def main() -> None:
    rng = random.Random(2024)
    grants = []
    for number in range(10):
        spot = round(rng.uniform(8, 30), 2)
        grants.append(Grant(f"G{number:03d}", f"2024-{rng.randint(1, 12):02d}-15", rng.randint(500, 20000),
                            round(spot * rng.choice([1.0, 1.0, 1.1, 1.25]), 2), spot, round(rng.uniform(0.25, 0.45), 3),
                            rng.choice([3, 4]), 10))
    schedule = expense_schedule(grants, rate=0.041, dividend_yield=0.012, steps=16, forfeiture_rate=0.05)
    totals = {}
    for years in schedule.values():
        for year, amount in years.items():
            totals[year] = round(totals.get(year, 0.0) + amount, 2)
    print("grants", len(grants), "expense by year", totals)


if __name__ == "__main__":
    main()
