"""Settle a season of shared costs for a large hiking club."""

import random

from tripsplit.settle import settle_up


def main() -> None:
    rng = random.Random(99)
    members = [f"member{n:04d}" for n in range(2200)]
    expenses = []
    for _ in range(6000):
        group = rng.sample(members, rng.randint(2, 12))
        expenses.append({"payer": rng.choice(group), "amount": rng.randint(500, 40000), "shared_by": group})
    transfers = settle_up(expenses)
    print(len(transfers), sum(amount for *_, amount in transfers))


if __name__ == "__main__":
    main()
