"""Morning job: build the reorder report from the stock journal of a mid-sized warehouse."""

import random

from inventory.stock import Inventory, Product


def main() -> None:
    rng = random.Random(4242)
    products = [Product(f"SKU-{number:05d}", f"Part {number}", rng.choice([0, 10, 25, 50, 100, 250])) for number in range(2000)]
    inventory = Inventory(products)
    for product in products:
        inventory.record(product.sku, rng.randrange(1, 400), "opening balance")
    for order in range(14000):
        product = rng.choice(products)
        quantity = rng.choice([-1, -2, -5, -10, -20, 30, 60])
        inventory.record(product.sku, quantity, f"DOC-{order}")
    report = inventory.low_stock()
    print(len(report), sum(line.shortfall for line in report), report[0].sku if report else "-")


if __name__ == "__main__":
    main()
