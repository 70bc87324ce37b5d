"""Age the co-operative's rent accounts for this month's arrears letters."""

import random
from datetime import date, timedelta
from decimal import Decimal

from tenancy_arrears.ageing import arrears_ageing
from tenancy_arrears.letters import letter_run


def build_ledger(rng: random.Random) -> tuple[list[dict], dict[str, Decimal]]:
    start = date(2023, 1, 2)
    rows = []
    rents = {}
    for unit in range(58):
        tenancy = f"{rng.choice(['ASH', 'BRK', 'CED', 'ELM'])}-{unit + 1:03d}"
        rent = Decimal(rng.choice(["92.40", "104.75", "118.20", "131.05", "146.60"]))
        rents[tenancy] = rent
        habit = rng.random()
        benefit = rent * Decimal(rng.choice(["0", "0", "0.5", "0.8"]))
        for week in range(78):
            monday = start + timedelta(weeks=week)
            rows.append({"tenancy": tenancy, "date": monday.strftime("%d/%m/%Y"), "kind": "charge",
                         "amount": str(rent), "reference": f"RENT W{week + 1}"})
            if benefit and week % 4 == 3:
                rows.append({"tenancy": tenancy, "date": (monday + timedelta(days=3)).strftime("%d/%m/%Y"),
                             "kind": "credit", "amount": str((benefit * 4).quantize(Decimal("0.01"))),
                             "reference": "HB"})
            if rng.random() < 0.99 - habit * habit * 0.3:
                paid = (rent - benefit) * Decimal(rng.choice(["1", "1", "1", "0.5", "2"]))
                rows.append({"tenancy": tenancy, "date": (monday + timedelta(days=rng.randint(0, 6))).strftime("%d/%m/%Y"),
                             "kind": "payment", "amount": str(paid.quantize(Decimal("0.01"))),
                             "reference": rng.choice(["DD", "SO", "CARD", "CASH"])})
    rng.shuffle(rows)
    return rows, rents


def main() -> None:
    rng = random.Random(3202)
    ledger, rents = build_ledger(rng)
    report = arrears_ageing(ledger, "30/06/2024")
    run = letter_run(report, rents)
    total = sum((entry["arrears"] for entry in report.values()), Decimal("0"))
    print(f"{len(ledger)} ledger rows, {len(report)} tenancies, arrears {total}")
    print({stage: len(tenancies) for stage, tenancies in run.items()})
    print(next(iter(report.items())))


if __name__ == "__main__":
    main()
