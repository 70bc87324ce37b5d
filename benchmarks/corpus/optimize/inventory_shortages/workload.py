"""A day of order lines checked against the stock export."""

import random

from warehouse.stock import Inventory, OrderLine


def main() -> None:
    rng = random.Random(11)
    skus = [f"WH-{i:05d}" for i in range(6000)]
    on_hand = {sku: rng.randint(0, 20) for sku in skus}
    inventory = Inventory(skus, on_hand)
    lines = [OrderLine(i, f"WH-{rng.randrange(7800):05d}", rng.randint(1, 6)) for i in range(8000)]
    short = inventory.shortages(lines)
    print(len(short), short[:2])


if __name__ == "__main__":
    main()
