"""Nightly risk job: scan the day's card charges for double submissions."""

import random

from payments.duplicates import Charge, find_duplicate_charges

PRICES = [499, 999, 1299, 1999, 2499, 4999, 9999, 14999]


def main() -> None:
    rng = random.Random(606)
    cards = [f"fp_{rng.getrandbits(48):012x}" for _ in range(900)]
    charges = []
    for number in range(4500):
        at = rng.uniform(0, 86400)
        charge = Charge(f"ch_{number:06d}", rng.choice(cards), rng.choice(PRICES), rng.choice(["EUR", "EUR", "USD", "GBP"]), at)
        charges.append(charge)
        if rng.random() < 0.02:
            charges.append(Charge(f"ch_{number:06d}r", charge.card_fingerprint, charge.amount_cents, charge.currency, at + rng.uniform(1, 90)))
    charges.sort(key=lambda c: c.timestamp)
    pairs = find_duplicate_charges(charges, window=120)
    print(len(charges), len(pairs), pairs[:2])


if __name__ == "__main__":
    main()
