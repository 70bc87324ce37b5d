"""A typical day of orders: the workload wattlens profiles and benchmarks."""

from __future__ import annotations

import random

from shop.orders import Order, summarize


def make_day(seed: int = 7) -> tuple[list[Order], list[str]]:
    rng = random.Random(seed)
    catalog = [f"SKU-{i:06d}" for i in range(6000)]
    orders = [
        Order(i, f"SKU-{rng.randrange(6800):06d}", rng.randint(1, 5), rng.choice([9.99, 19.5, 4.25]))
        for i in range(12000)
    ]
    return orders, catalog


if __name__ == "__main__":
    orders, catalog = make_day()
    print(summarize(orders, catalog))
