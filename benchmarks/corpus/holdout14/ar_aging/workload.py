"""Month-end close: apply the period's receipts and print the aged-debtors summary."""

import random
from datetime import date, timedelta

from arledger.aging import BUCKETS, aging_report
from arledger.models import Invoice


def main() -> None:
    rng = random.Random(9001)
    as_of = date(2024, 6, 30)
    customers = [f"CUST-{n:04d}" for n in range(150)]
    invoices = []
    for number in range(7000):
        customer = rng.choice(customers)
        issued = as_of - timedelta(days=rng.randint(0, 200))
        due = issued + timedelta(days=rng.choice([14, 30, 30, 60]))
        amount = rng.randint(50_00, 5_000_00) if rng.random() > 0.03 else -rng.randint(10_00, 200_00)
        invoices.append(Invoice(f"INV-{number:06d}", customer, issued.isoformat(), due.isoformat(), amount))
    payments = [{"customer": rng.choice(customers), "amount_cents": rng.randint(20_00, 3_500_00), "ref": f"BACS{n}"}
                for n in range(6000)]
    report = aging_report(invoices, payments, as_of)
    totals = {bucket: sum(row[bucket] for row in report.values()) / 100 for bucket in BUCKETS}
    print(len(report), "customers;", totals, "credit:", sum(row["credit"] for row in report.values()) / 100)


if __name__ == "__main__":
    main()
