"""S&OP meeting: project stock across the warehouse network for the next half year."""

import random

from replenish.projection import Delivery, project_stock


def main() -> None:
    rng = random.Random(5)
    warehouses = ["AKL", "HLZ", "WLG", "CHC", "DUD", "SYD", "MEL", "BNE"]
    skus = [f"SKU{n:04d}" for n in range(900)]
    opening = {w: {s: rng.randint(0, 400) for s in skus} for w in warehouses}
    demand = {w: {s: rng.randint(0, 6) for s in rng.sample(skus, 150)} for w in warehouses}
    deliveries = [Delivery(rng.randint(1, 200), rng.choice(warehouses), rng.choice(skus), rng.choice([50, 100, 200])) for _ in range(3000)]
    result = project_stock(opening, demand, deliveries, days=180)
    total_lost = sum(result.lost_sales.values())
    print(len(result.levels), len(result.lost_sales), total_lost, sum(result.closing()["AKL"].values()))


if __name__ == "__main__":
    main()
