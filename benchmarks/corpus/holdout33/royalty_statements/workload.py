"""Royalty statements for the January-June period of the publisher's backlist and new titles."""

import random

from royaltyrun.contracts import Contract, parse_escalator
from royaltyrun.sales import read_sales
from royaltyrun.statements import author_totals, royalty_lines

ESCALATORS = ["0:7.5%, 5000:10%, 10000:12.5%", "0:10%, 2500:12.5%, 7500:15%", "0:8%, 3000:10%",
              "0:25%", "0:7.5%, 1500:8.5%, 3000:10%, 6000:12.5%"]
CHANNELS = ["trade", "online", "export", "library", "ebook", "book club"]


def build_contracts(rng: random.Random) -> dict[str, Contract]:
    contracts = {}
    authors = [f"Author {n:03d}" for n in range(90)]
    for number in range(240):
        isbn = f"978191{number:06d}{number % 10}"
        contracts[isbn] = Contract(isbn, rng.choice(authors), f"Title {number}", parse_escalator(rng.choice(ESCALATORS)),
                                   rng.choice([0, 0, 120, 800, 2400, 4900, 9800]),
                                   rng.choice([0.0, 0.0, 1500.0, 4000.0, 12000.0]))
    return contracts


def distributor_report(rng: random.Random, isbns: list[str]) -> str:
    weights = [rng.paretovariate(1.2) for _ in isbns]
    rows = []
    for _ in range(12500):
        isbn = rng.choices(isbns, weights)[0]
        units = rng.choice([1, 1, 2, 3, 5, 12, 24, 60]) * (-1 if rng.random() < 0.07 else 1)
        price = rng.choice([8.99, 9.99, 12.99, 16.99, 20.0])
        receipts = round(units * price * rng.uniform(0.38, 0.6), 2)
        day = f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        rows.append((day, f"{isbn[:3]}-{isbn[3:]},{day},{rng.choice(CHANNELS)},{units},{receipts}"))
    rows.sort(key=lambda row: row[0])
    return "isbn,date,channel,units,net_receipts\n" + "\n".join(row for _, row in rows) + "\n"


def main() -> None:
    rng = random.Random(3302)
    contracts = build_contracts(rng)
    sales = read_sales(distributor_report(rng, list(contracts)))
    lines = royalty_lines(sales, contracts)
    totals = author_totals(lines, contracts)
    payable = sum(entry["payable"] for entry in totals.values())
    print(f"{len(lines)} statement lines, {len(totals)} authors, total payable {payable:,.2f}")
    print(lines[:2])


if __name__ == "__main__":
    main()
