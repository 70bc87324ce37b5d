"""Produce the print files for one billing cycle's paper bills (one file per mailing-house batch)."""

import random

from pdf_statements.bills import make_bill
from pdf_statements.layout import page_stream
from pdf_statements.pdfwriter import build_pdf

STREETS = ["Mill Lane", "Station Road", "Church Street", "Riverside Walk", "Orchard Close", "High Street",
           "Weir View", "Kingfisher Way", "Bridge Street", "Meadow Rise", "The Maltings", "Lock Keeper's Row"]
SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
            "O'Neill", "Müller", "Nowak", "Evans", "Khan", "Roberts"]
TOWNS = [("Riverside", "RS1"), ("Millbrook", "RS4"), ("Upper Weir", "RS7"), ("Ashford (Mill End)", "RS9")]


def customer_bills(rng: random.Random, count: int) -> list:
    bills = []
    for number in range(count):
        town, district = rng.choice(TOWNS)
        address = [f"{rng.randint(1, 220)} {rng.choice(STREETS)}", f"{town} {district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"]
        if rng.random() < 0.2:
            address.insert(0, f"Flat {rng.randint(1, 30)}")
        previous = rng.randint(100, 9000)
        used = max(0, int(rng.gauss(38, 18)))
        bills.append(make_bill(f"A-{100000 + number}", f"{rng.choice('ABCDEJKMPRS')}. {rng.choice(SURNAMES)}",
                               address, "2024 Q2", previous, previous + used))
    return bills


def main() -> None:
    rng = random.Random(3004)
    bills = customer_bills(rng, 3300)
    batch_size = 825
    files = []
    for start in range(0, len(bills), batch_size):
        streams = [page_stream(bill) for bill in bills[start:start + batch_size]]
        files.append(build_pdf(streams, title=f"Riverside Water 2024 Q2 - batch {start // batch_size + 1}"))
    total = sum(bill.total_cents for bill in bills)
    print(f"{len(bills)} bills in {len(files)} print files, {sum(len(pdf) for pdf in files) / 1e6:.1f} MB, "
          f"billed {total / 100:,.2f}")


if __name__ == "__main__":
    main()
