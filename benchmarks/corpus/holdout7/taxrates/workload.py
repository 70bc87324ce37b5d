"""Month-end run: totals for every invoice line exported from the shop system."""

import random
from datetime import date, timedelta
from decimal import Decimal

from invoicing.tax import InvoiceLine, TaxRate, invoice_totals


def main() -> None:
    rng = random.Random(2019)
    regions = [f"R{n:02d}" for n in range(60)]
    categories = ["standard", "reduced", "food", "books", "energy"]
    rates = []
    for region in regions:
        for category in categories:
            day = date(2015, 1, 1)
            for _ in range(rng.randint(2, 6)):
                rates.append(TaxRate(region, category, day, Decimal(rng.choice(["0", "5", "7", "9.5", "16", "19", "21"]))))
                day += timedelta(days=rng.randint(200, 900))
    rng.shuffle(rates)
    lines = []
    for n in range(14000):
        invoice = f"INV-{n // 4 + rng.randint(0, 3):05d}"
        issued = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1800))
        lines.append(InvoiceLine(invoice, rng.choice(regions), rng.choice(categories), issued, Decimal(rng.randint(1, 50000)) / 100))
    totals = invoice_totals(lines, rates)
    print(len(rates), len(totals), sum(t.gross for t in totals))


if __name__ == "__main__":
    main()
