"""Nightly feed sync: compare yesterday's product feed with today's."""

import random

from feedsync.diff import Product, diff_catalog


def main() -> None:
    rng = random.Random(31337)
    words = ["Organic", "Steel", "Linen", "Travel", "Kids", "Classic", "Mini", "Pro", "Eco", "Deluxe"]
    nouns = ["Mug", "Towel", "Backpack", "Lamp", "Kettle", "Notebook", "Jacket", "Bottle", "Chair", "Rug"]
    old = []
    for n in range(2600):
        title = f"{rng.choice(words)} {rng.choice(nouns)} {n}"
        old.append(Product(f"SKU-{n:05d}", title, rng.randrange(199, 25_000), rng.randint(0, 80)))
    new = []
    for product in old:
        roll = rng.random()
        if roll < 0.05:
            continue
        if roll < 0.15:
            product = Product(product.sku.lower(), product.title, product.price_cents + rng.choice([-100, 50, 200]), product.stock)
        elif roll < 0.4:
            product = Product(product.sku, product.title + " ", product.price_cents, rng.randint(0, 80))
        new.append(product)
    for n in range(2600, 2800):
        new.append(Product(f"SKU-{n:05d}", f"{rng.choice(words)} {rng.choice(nouns)} {n}", rng.randrange(199, 25_000), 10))
    rng.shuffle(new)
    diff = diff_catalog(old, new, ignore_stock=True)
    print(len(diff.added), len(diff.removed), len(diff.changed), diff.unchanged)


if __name__ == "__main__":
    main()
