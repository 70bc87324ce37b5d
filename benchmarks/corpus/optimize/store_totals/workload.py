"""A day of till receipts from every store."""

import random

from ledger.aggregate import totals_by_store


def main() -> None:
    rng = random.Random(29)
    lines = ["store,product,amount"]
    for _ in range(25000):
        lines.append(f"S{rng.randrange(1500):04d},p{rng.randrange(900)},{rng.randint(50, 20000) / 100:.2f}")
    totals = totals_by_store("\n".join(lines) + "\n")
    print(len(totals), totals[:2])


if __name__ == "__main__":
    main()
