"""Nightly 810 run: invoice the day's shipments to a supermarket chain's stores."""

import random
from datetime import datetime

from x12out.invoice import render_interchange

PRODUCTS = [
    ("11042", "Tinned tomatoes 400g x12", 7.85), ("20931", "Basmati rice 5kg", 9.49),
    ("33107", "Olive oil 1l x6", 31.20), ("40552", "Pasta fusilli 500g x20", 14.60),
    ("51210", "Coffee beans 1kg", 11.95), ("62001", "Tea bags 240 ct x6", 18.30),
    ("70814", "Peanut butter 340g x8", 12.72), ("81377", "Baked beans 415g x24", 13.44),
    ("90420", "Cornflakes 500g x10", 16.90), ("93310", "Kitchen roll 4pk x6", 10.80),
]
CITIES = [("Leeds", "WY", "LS1 4AP"), ("York", "NY", "YO1 7HH"), ("Hull", "EY", "HU1 2AA"),
          ("Harrogate", "NY", "HG1 1DP"), ("Wakefield", "WY", "WF1 2DD")]


def invoices(rng: random.Random, count: int) -> list:
    result = []
    for number in range(count):
        city, state, postcode = rng.choice(CITIES)
        store = rng.randint(1, 400)
        lines = []
        for sku, description, price in rng.sample(PRODUCTS, rng.randint(2, 9)):
            lines.append({"sku": sku, "description": description if rng.random() < 0.9 else "",
                          "quantity": rng.randint(1, 60), "uom": "CA", "unit_price": price})
        result.append({
            "number": f"INV-{240000 + number}", "date": f"2024-03-{rng.randint(1, 28):02d}",
            "po": f"PO{rng.randint(100000, 999999)}" if rng.random() < 0.95 else "",
            "bill_to": {"name": "Northway Foods plc", "id": "5012345000017"},
            "ship_to": {"name": f"Northway {city} #{store}", "id": f"50123450{store:05d}",
                        "address": f"{rng.randint(1, 200)} High Street", "city": city, "state": state,
                        "zip": postcode},
            "lines": lines,
        })
    return result


def main() -> None:
    rng = random.Random(810)
    batch = invoices(rng, 1200)
    text = render_interchange(batch, "WHOLESALE01", "NORTHWAYEDI", 4711, datetime(2024, 3, 29, 23, 5))
    print("invoices", len(batch), "segments", text.count("~"), "bytes", len(text))
    print(text.splitlines()[-3:])


if __name__ == "__main__":
    main()
