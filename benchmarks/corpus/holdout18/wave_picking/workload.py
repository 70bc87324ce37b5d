"""Plan the afternoon's pick waves from the open-order pool."""

import random

from wavepick.orders import Order, OrderLine
from wavepick.waves import build_waves

ZONES = ["A", "B", "C", "D", "E", "F", "G", "H"]
CUTOFFS = ["14:00", "15:30", "16:00", "17:00", "18:30"]


def order_pool(rng, count):
    catalogue = [(f"SKU-{number:05d}", rng.choice(ZONES[:3]) if number % 3 else rng.choice(ZONES))
                 for number in range(4000)]
    orders = []
    for number in range(count):
        home = rng.choice(ZONES)
        lines = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 6])):
            sku, zone = rng.choice(catalogue)
            if rng.random() < 0.6:
                zone = home
            lines.append(OrderLine(sku, rng.choice([1, 1, 1, 2, 2, 3, 5, 10]), zone))
        orders.append(Order(f"SO-{2_400_000 + number}", rng.choice(CUTOFFS), rng.choice([1, 1, 1, 2, 3]), lines))
    return orders


def main() -> None:
    rng = random.Random(60)
    orders = order_pool(rng, 7000)
    waves = build_waves(orders, cart_units=40, max_orders=10)
    sizes = [len(wave.orders) for wave in waves]
    print("orders", len(orders), "waves", len(waves), "mean orders per wave", round(sum(sizes) / len(sizes), 2))
    print("fill", round(sum(wave.units for wave in waves) / (40 * len(waves)), 3))
    print("first", waves[0])


if __name__ == "__main__":
    main()
