"""Run the harbour office's monthly dues billing."""

import random
from datetime import date, timedelta

from harbour_dues.billing import dues_lines
from harbour_dues.invoices import owner_invoices, unregistered

PORTS = ["PZ", "FH", "BM", "E", "PH", "SS", "TO", "DH", "WH", "LT", "BF", "FR", "INS", "LK", "N"]
OWNERS = ["Trevorrow Fishing Ltd", "W. Stevenson & Sons", "Ocean Harvest LLP", "J. Pascoe", "Atlantic Trawlers Ltd",
          "M. Nicholls", "Cornish Crab Co", "Sennen Shellfish", "R. & T. Hicks", "Newlyn Fish Partners"]


def vessel_register(rng: random.Random) -> list[dict]:
    rows = []
    used = set()
    while len(used) < 4400:
        pln = f"{rng.choice(PORTS)} {rng.randint(1, 999)}"
        if pln in used:
            continue
        used.add(pln)
        length = round(rng.choice([rng.uniform(5, 10), rng.uniform(10, 15), rng.uniform(15, 40)]), 2)
        start = date(2000, 1, 1) + timedelta(days=rng.randint(0, 8000))
        for _ in range(rng.choice([1, 1, 1, 2, 3])):  # changes of owner over the years
            end = start + timedelta(days=rng.randint(300, 3000))
            rows.append({"pln": pln, "name": f"{rng.choice(['Girl', 'Boy', 'Ocean', 'Star'])} {rng.choice(['Rachel', 'Sam', 'Pride', 'Dawn'])}",
                         "owner": rng.choice(OWNERS), "length_m": length,
                         "valid_from": start.isoformat(), "valid_to": end.isoformat()})
            start = end + timedelta(days=1)
        rows[-1]["valid_to"] = None if rng.random() < 0.85 else rows[-1]["valid_to"]
    rng.shuffle(rows)
    return rows


def landings(rng: random.Random, register: list[dict]) -> list[dict]:
    active = sorted({row["pln"] for row in register if row["valid_to"] is None})
    items = []
    for number in range(12000):
        if rng.random() < 0.97:
            letters, digits = rng.choice(active).split()
        else:
            letters, digits = rng.choice(PORTS), str(rng.randint(1000, 9999))
        written = rng.choice([f"{letters} {digits}", f"{letters.lower()}{digits}", f"{letters}-{int(digits):03d}",
                              f" {letters} {digits} "])
        day = date(2024, 3, 1) + timedelta(days=rng.randint(0, 30))
        items.append({"id": f"LD{number:06d}", "vessel": written, "date": day.isoformat(),
                      "weight_kg": round(rng.lognormvariate(6.5, 1.1), 1)})
    return items


def main() -> None:
    rng = random.Random(3210)
    register = vessel_register(rng)
    lines = dues_lines(landings(rng, register), register)
    invoices = owner_invoices(lines)
    total = sum(invoice["dues"] for invoice in invoices.values())
    print(f"{len(lines)} landings, {len(invoices)} owners billed £{total / 100:,.2f}")
    print(f"unregistered: {unregistered(lines)[:8]}")


if __name__ == "__main__":
    main()
