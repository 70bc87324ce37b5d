"""Month-end close: reconcile a quarter of card and bank activity."""

import datetime as dt
import random

from bankrec.matching import Txn, reconcile


def main() -> None:
    rng = random.Random(1494)
    start = dt.date(2024, 1, 1)
    ledger = []
    statement = []
    for number in range(8500):
        day = start + dt.timedelta(days=rng.randint(0, 90))
        cents = rng.choice([999, 1250, 4500, 12000]) if rng.random() < 0.2 else rng.randint(100, 250000)
        if rng.random() < 0.93:
            ledger.append(Txn(f"L{number:05d}", day, cents))
        if rng.random() < 0.95:
            statement.append(Txn(f"B{number:05d}", day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3, 5])), cents))
    ledger.sort(key=lambda t: t.id[-3:])
    statement.sort(key=lambda t: t.date)
    result = reconcile(statement, ledger)
    print(len(result.matched), len(result.unmatched_statement), len(result.unmatched_ledger))


if __name__ == "__main__":
    main()
