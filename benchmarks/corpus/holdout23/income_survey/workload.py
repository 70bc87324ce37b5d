"""Income-distribution tables for this year's household budget survey bulletin."""

import random

from incomedist.households import Household
from incomedist.shares import quintile_summary

REGIONS = ["North", "South", "East", "West", "Capital"]


def main() -> None:
    rng = random.Random(1905)
    households = []
    for number in range(3600):
        adults = rng.choice([1, 1, 2, 2, 2, 3, 4])
        children = rng.choice([0, 0, 0, 1, 2, 3])
        income = round(rng.lognormvariate(10.2, 0.55) * (1 + 0.4 * (adults - 1)), 2)
        if rng.random() < 0.01:
            income = -round(rng.uniform(0, 8000), 2)  # self-employed losses
        households.append(Household(f"HH{number:06d}", rng.choice(REGIONS), income, adults, children,
                                     round(rng.uniform(150, 900), 1)))
    national = quintile_summary(households)
    print("national gini", round(national["gini"], 4), "S80/S20", round(national["s80_s20"], 2))
    for region in REGIONS:
        summary = quintile_summary([h for h in households if h.region == region])
        print(region, round(summary["gini"], 4), [round(share, 3) for share in summary["quintile_shares"]])


if __name__ == "__main__":
    main()
