"""Adjudicate two plan years of repriced claims for a four-hundred-member employer plan."""

import random
from datetime import date, timedelta

from health_deductibles.adjudicate import adjudicate
from health_deductibles.claims import parse_repriced_claims
from health_deductibles.plans import parse_plan_design
from health_deductibles.remittance import members_at_oop_max, provider_payments

PLAN = """# 2023-2024 PPO, per member
deductible = $1,500
oop_max = $4,000
coinsurance = 20%
oon_coinsurance = 40%
office_copay = $30
"""
KINDS = [("office", 90, 250), ("lab", 20, 400), ("imaging", 150, 2500), ("pharmacy", 5, 600), ("facility", 800, 30000)]


def repriced(rng: random.Random) -> str:
    members = [f"M{number:05d}" for number in range(400)]
    providers = [f"NPI{rng.randint(10**9, 10**10 - 1)}" for _ in range(120)]
    rows = ["claim_id,member_id,provider,service_date,kind,network,allowed"]
    for number in range(13500):
        kind, low, high = rng.choices(KINDS, weights=[10, 6, 2, 8, 1])[0]
        day = date(2023, 1, 1) + timedelta(days=min(729, number * 730 // 13500 + rng.randint(0, 20)))
        member = rng.choice(members)
        rows.append(f"C{number:07d},{member.lower() if number % 7 == 0 else member},{rng.choice(providers)},"
                    f"{day.isoformat()},{kind},{'OUT' if rng.random() < 0.08 else 'IN'},{rng.uniform(low, high):.2f}")
    return "\n".join(rows) + "\n"


def main() -> None:
    rng = random.Random(3123)
    plan = parse_plan_design(PLAN)
    claims = parse_repriced_claims(repriced(rng))
    results = adjudicate(claims, plan)
    payments = provider_payments(claims, results)
    print(f"{len(results)} claims, plan pays {sum(item.plan_cents for item in results) / 100:.2f}, "
          f"members pay {sum(item.member_cents for item in results) / 100:.2f}")
    print(f"{len(payments)} providers paid, {len(members_at_oop_max(results, plan.oop_max_cents))} member-years at the OOP max")


if __name__ == "__main__":
    main()
