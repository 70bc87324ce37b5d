"""Convert the whole catalogue to US dollars."""

import random

from pricing.convert import convert_prices


def main() -> None:
    rng = random.Random(71)
    codes = sorted({"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) for _ in range(170)})
    rates = [(code, round(rng.uniform(0.2, 300), 4)) for code in codes] + [("EUR", 1.0), ("USD", 1.08)]
    items = [(f"item-{i}", round(rng.uniform(1, 900), 2), rng.choice(codes)) for i in range(50000)]
    converted = convert_prices(items, rates, "USD")
    print(len(converted), converted[:2])


if __name__ == "__main__":
    main()
