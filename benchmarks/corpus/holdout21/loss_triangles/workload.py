"""Quarterly reserving review: paid triangle of the motor own-damage book and its chain-ladder reserves."""

import random
from datetime import date, timedelta

from reserving.claims import Payment
from reserving.triangle import chain_ladder, paid_triangle


def main() -> None:
    rng = random.Random(2024)
    start = date(2014, 1, 1)
    as_of = date(2023, 12, 31)
    payments = []
    for claim in range(4200):
        loss = start + timedelta(days=rng.randrange((as_of - start).days))
        paid = loss
        for _ in range(rng.choice([1, 1, 2, 3, 4, 6])):
            paid = paid + timedelta(days=int(rng.expovariate(1 / 160)))
            amount = round(rng.lognormvariate(7.2, 1.1), 2)
            if rng.random() < 0.04:
                amount = -round(amount * rng.uniform(0.1, 0.5), 2)  # salvage / subrogation recovery
            payments.append(Payment(f"MOD-{claim:06d}", loss, paid, amount))
    triangle = paid_triangle(payments, as_of=as_of)
    reserves = chain_ladder(triangle)
    total = sum(item["reserve"] for item in reserves.values())
    print("payments", len(payments), "accident quarters", len(triangle))
    print("latest diagonal", [row[-1] for row in list(triangle.values())[-4:]])
    print("total reserve", round(total, 2))


if __name__ == "__main__":
    main()
