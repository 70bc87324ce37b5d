"""Re-run the month-end invoices of the whole financial year to reconcile them with the ledger."""

import json
import random

from unitrent.accounts import Customer, Rental
from unitrent.invoicing import monthly_invoices
from unitrent.statements import summary_lines


def settings_document(rng: random.Random, units: list[str]) -> str:
    """A CRM settings document as stored today: billing keys among years of other data."""
    document = {
        "contacts": [{"name": f"Contact {n}", "email": f"c{n}@example.co.uk", "phone": f"07{rng.randint(10**8, 10**9 - 1)}",
                      "roles": rng.sample(["billing", "access", "primary", "emergency"], 2)} for n in range(rng.randint(2, 6))],
        "gate_access": [{"code": f"{rng.randint(0, 9999):04d}", "site": rng.choice(["NORTH", "DOCKS", "RING ROAD"]),
                         "issued": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-01"} for _ in range(rng.randint(3, 12))],
        "notes": [{"at": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   "by": rng.choice(["jm", "sk", "ap"]), "text": "Customer called about access hours and invoice copy. " * rng.randint(1, 4)}
                  for _ in range(rng.randint(5, 30))],
        "marketing": {"email": rng.random() < 0.5, "sms": False, "post": rng.random() < 0.2},
        "discount_percent": rng.choice([0, 0, 5, 10, 15]),
        "unit_discounts": {unit: rng.choice([20, 25, 50]) for unit in rng.sample(units, min(len(units), rng.randint(0, 3)))},
        "insurance_cover": rng.choice([0, 1000, 2500, 5000, 10000]),
        "vat_exempt": rng.random() < 0.05,
    }
    return json.dumps(document)


def main() -> None:
    rng = random.Random(4242)
    customers, rentals = [], []
    for number in range(950):
        customer_id = f"CU{number:05d}"
        business = rng.random() < 0.4
        units = [f"U{rng.randint(1, 99999):05d}" for _ in range(rng.randint(5, 40) if business else rng.randint(1, 3))]
        customers.append(Customer(customer_id, f"Customer {number}", settings_document(rng, units)))
        for unit in units:
            start = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            end = None if rng.random() < 0.8 else f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
            if end is not None and end < start:
                start, end = end, start
            rentals.append(Rental(unit, customer_id, rng.choice([2500, 4500, 7900, 12900, 19900]), start, end))
    months = [f"{2023 + (m + 3) // 12}-{(m + 3) % 12 + 1:02d}" for m in range(12)]
    year_total = 0
    for month in months:
        invoices = monthly_invoices(rentals, customers, month)
        year_total += sum(invoice["total"] for invoice in invoices.values())
        if month.endswith(("-06", "-09", "-12", "-03")):
            print(month, *summary_lines(invoices, top=1), sep="  ")
    print("financial year total (pence)", year_total)


if __name__ == "__main__":
    main()
