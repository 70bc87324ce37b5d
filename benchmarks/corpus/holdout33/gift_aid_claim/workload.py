"""The hospice's Gift Aid claim for the quarter to 30 June 2024, from the CRM exports."""

import random
from datetime import date, timedelta

from giftaid.claim import match_donations
from giftaid.records import read_declarations, read_donations
from giftaid.schedule import claim_schedule, claim_total

CLAIM_DATE = "2024-06-30"


def declarations_csv(rng: random.Random, donors: list[str]) -> str:
    rows = ["declaration_id,donor_id,made_on,covers_past,cancelled_on"]
    number = 0
    for donor in donors:
        if rng.random() < 0.3:
            continue  # never made a declaration
        for _ in range(rng.choice([1, 1, 1, 2])):
            made = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3100))
            cancelled = made + timedelta(days=rng.randint(30, 2000)) if rng.random() < 0.12 else None
            number += 1
            rows.append(f"GAD{number:06d},{donor},{made},{'Y' if rng.random() < 0.7 else 'N'},{cancelled or ''}")
    return "\n".join(rows) + "\n"


def donations_csv(rng: random.Random, donors: list[str]) -> str:
    rows = ["donation_id,donor_id,date,amount,kind"]
    for number in range(17000):
        donor = rng.choice(donors)
        day = date(2024, 4, 1) + timedelta(days=rng.randint(-40, 95))
        if rng.random() < 0.02:
            day = date(2019, 1, 1) + timedelta(days=rng.randint(0, 700))  # late-banked old cheques
        kind = rng.choices(["gift", "sponsorship", "raffle", "auction", "membership"], [80, 8, 6, 2, 4])[0]
        amount = rng.choice(["5.00", "10.00", "15.00", "20.00", "25.00", "50.00", "100.00", f"{rng.randint(1, 500)}.00"])
        rows.append(f"DN{number:07d},{donor},{day},{amount},{kind}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3310)
    donors = [f"SUP{number:06d}" for number in range(6000)]
    declarations = read_declarations(declarations_csv(rng, donors))
    donations = read_donations(donations_csv(rng, donors))
    claimable, rejected = match_donations(donations, declarations, CLAIM_DATE)
    schedule = claim_schedule(claimable)
    reasons: dict[str, int] = {}
    for _, reason in rejected:
        reasons[reason] = reasons.get(reason, 0) + 1
    print(f"{len(declarations)} declarations, {len(donations)} donations, {len(claimable)} claimable")
    print(f"rejected: {reasons}")
    print(f"{len(schedule)} donors on the schedule, claim {claim_total(schedule)}")


if __name__ == "__main__":
    main()
