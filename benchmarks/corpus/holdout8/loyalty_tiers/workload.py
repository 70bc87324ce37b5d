"""Nightly loyalty run: replay the card transactions of a mid-size store chain."""

import itertools
import random

from loyalty.tiers import Purchase, summary, tier_changes


def main() -> None:
    rng = random.Random(1862)
    customers = [f"card{n:05d}" for n in range(900)]
    weights = [rng.paretovariate(1.2) for _ in customers]
    cumulative = list(itertools.accumulate(weights))
    purchases = []
    for day in range(720):
        for _ in range(rng.randint(7, 17)):
            customer = rng.choices(customers, cum_weights=cumulative)[0]
            cents = rng.randint(500, 40_000) if rng.random() < 0.95 else -rng.randint(500, 20_000)
            purchases.append(Purchase(day, customer, cents))
    changes = list(tier_changes(purchases, window=365))
    final = summary(changes)
    print(len(purchases), len(changes), sorted(final.values()).count("gold"))


if __name__ == "__main__":
    main()
