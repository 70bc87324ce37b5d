"""Two-year depreciation forecast of the register for the budget round."""

import random

from assetreg.register import Asset
from assetreg.schedule import depreciation_schedule

CLASSES = [
    ("Laptop", 36, "SL", (900, 2400)),
    ("Server", 60, "DDB", (6000, 40000)),
    ("Forklift", 96, "DDB", (18000, 45000)),
    ("Office furniture", 84, "SL", (300, 5000)),
    ("Delivery van", 72, "DDB", (28000, 52000)),
    ("CNC machine", 120, "DDB", (60000, 250000)),
    ("Network switch", 48, "SL", (1500, 9000)),
]


def register(rng: random.Random, count: int) -> list:
    assets = []
    for number in range(count):
        name, life, method, (low, high) = rng.choice(CLASSES)
        cost = round(rng.uniform(low, high), 2)
        year = rng.randint(2017, 2024)
        disposed = None
        if rng.random() < 0.1:
            disposed = f"{year + rng.randint(1, 6)}-{rng.randint(1, 12):02d}"
        assets.append(Asset(f"FA-{number:05d}", name, cost, round(cost * rng.choice([0, 0.05, 0.1]), 2),
                            life, method, f"{year}-{rng.randint(1, 12):02d}", disposed))
    return assets


def main() -> None:
    rng = random.Random(31)
    assets = register(rng, 150)
    schedule = depreciation_schedule(assets, "2024-07", "2026-06")
    print("rows", len(schedule["rows"]))
    for period in ("2024-07", "2025-06", "2026-06"):
        print(period, schedule["totals"][period])
    print("net book value at end", round(sum(row[4] for row in schedule["rows"] if row[0] == "2026-06"), 2))


if __name__ == "__main__":
    main()
