"""Build the quarterly shrinkage review for the loss-prevention team."""

import random

from stock_shrinkage.counts import CountLine
from stock_shrinkage.report import shrinkage_report
from stock_shrinkage.summary import department_table, flagged_by_store

DEPARTMENTS = {"BAKERY": (0.8, 4.0), "PRODUCE": (0.3, 3.5), "DAIRY": (0.5, 4.5), "MEAT": (2.5, 14.0),
               "HEALTH & BEAUTY": (1.5, 12.0), "BEERS WINES SPIRITS": (3.0, 25.0), "GROCERY": (0.4, 5.0),
               "FROZEN": (0.9, 6.0), "HOUSEHOLD": (0.8, 8.0), "CONFECTIONERY": (0.3, 3.0)}


def count_lines(rng: random.Random) -> list[CountLine]:
    lines = []
    stores = [f"ST{number:03d}" for number in range(1, 13)]
    for department, (low, high) in DEPARTMENTS.items():
        skus = [f"{department[:3]}{rng.randint(100000, 999999)}" for _ in range(42)]
        for store in stores:
            for sku in rng.sample(skus, 34):
                book = rng.randint(0, 240)
                theft = rng.random() < (0.15 if department in ("BEERS WINES SPIRITS", "HEALTH & BEAUTY") else 0.05)
                counted = max(0, book - (rng.randint(5, 40) if theft else rng.randint(-3, 4)))
                lines.append(CountLine(store, sku, department, book, counted, round(rng.uniform(low, high), 2)))
    rng.shuffle(lines)
    return lines


def main() -> None:
    rng = random.Random(3207)
    lines = count_lines(rng)
    rows = shrinkage_report(lines)
    flagged = flagged_by_store(rows)
    print(f"{len(rows)} count lines, {sum(len(skus) for skus in flagged.values())} flagged")
    for name, total, rate in department_table(rows)[:4]:
        print(f"{name}: £{total:,.2f} ({rate:.2%})")


if __name__ == "__main__":
    main()
