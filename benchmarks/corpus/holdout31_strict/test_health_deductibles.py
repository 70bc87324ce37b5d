"""Strict equivalence tests for adjudicate (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from strict_support import assert_same
from health_deductibles.adjudicate import Adjudication, adjudicate
from health_deductibles.claims import Claim
from health_deductibles.plans import PlanDesign

TARGET = "health_deductibles/adjudicate.py:adjudicate"


# --- verbatim copy of the original implementation ---------------------------------------------

def reference(claims, plan):
    results = []
    for claim in claims:
        if claim.allowed_cents < 0:
            raise ValueError(f"{claim.claim_id}: negative allowed amount")
        year = claim.service_date.year
        history = [item for item in results if item.member_id == claim.member_id and item.plan_year == year]
        deductible_met = sum(item.deductible_cents for item in history)
        paid_by_member = sum(item.member_cents for item in history)
        remaining_oop = max(0, plan.oop_max_cents - paid_by_member)
        if claim.kind == "office" and claim.in_network:
            deductible = 0
            member = min(plan.office_copay_cents, claim.allowed_cents)
        else:
            deductible = min(claim.allowed_cents, max(0, plan.deductible_cents - deductible_met))
            rate = plan.coinsurance if claim.in_network else plan.oon_coinsurance
            member = deductible + round((claim.allowed_cents - deductible) * rate)
        if member > remaining_oop:
            member = remaining_oop
            deductible = min(deductible, member)
        results.append(Adjudication(claim.claim_id, claim.member_id, year, deductible, member,
                                    claim.allowed_cents - member))
    return results


# --- cases -------------------------------------------------------------------------------

PPO = PlanDesign(150_000, 400_000, 0.2, 0.4, 3_000)
HDHP = PlanDesign(300_000, 300_000, 0.0, 0.3, 0)
HALF = PlanDesign(1_000, 5_000, 0.5, 0.5, 2_500)
FLOAT_PLAN = PlanDesign(150_000.0, 400_000.0, 0.2, 0.4, 3_000.0)
ODD_PLAN = PlanDesign(500_000, 100_000, 1, 1, 50_000)
NO_DEDUCTIBLE = PlanDesign(None, 400_000, None, None, 3_000)
DAY = date(2024, 3, 1)


def c(claim_id, allowed, kind="lab", member="M1", in_network=True, day=DAY, provider="P1"):
    return Claim(claim_id, member, provider, day, kind, in_network, allowed)


CASES = [
    ([], PPO),
    ((), PPO),
    ([], None),
    ([c("C1", 200_000)], PPO),
    ([c("C1", 0)], PPO),
    ([c("C1", 0, "office")], PPO),
    ([c("C1", 100_000), c("C2", 100_000), c("C3", 100_000)], PPO),
    ((c("C1", 100_000), c("C2", 100_000)), PPO),
    ([c("C1", 150_000), c("C2", 1)], PPO),
    ([c("C1", 149_999), c("C2", 7)], PPO),
    ([c("C1", 12_000, "office"), c("C2", 2_000, "office"), c("C3", 3_000, "office")], PPO),
    ([c("C1", 12_000, "office", in_network=False)], PPO),
    ([c("C1", 12_000, "Office")], PPO),
    ([c("C1", 12_000, "office", in_network=0)], PPO),
    ([c("C1", 12_000, "office", in_network="no")], PPO),
    ([c("C1", 12_000, "lab", in_network=None)], PPO),
    ([c("C1", 2_000_000, "facility"), c("C2", 50_000), c("C3", 12_000, "office")], PPO),
    ([c("C1", 2_000_000, "facility", in_network=False), c("C2", 50_000)], PPO),
    ([c("C1", 1_837_500, "facility"), c("C2", 5)], PPO),
    ([c("C1", 400_000, "office", in_network=False), c("C2", 10)], PPO),
    # plan years and members
    ([c("C1", 200_000, day=date(2023, 12, 31)), c("C2", 10_000, day=date(2024, 1, 1)),
      c("C3", 10_000, member="M2", day=date(2023, 12, 31)), c("C4", 10_000, day=date(2023, 6, 1))], PPO),
    ([c("C1", 200_000, day=datetime(2024, 3, 1, 9, 0)), c("C2", 10_000)], PPO),
    ([c("C1", 100_000, member="m1"), c("C2", 100_000, member="M1")], PPO),
    ([c("C1", 100_000, member=1), c("C2", 100_000, member=1.0), c("C3", 100_000, member=True)], PPO),
    ([c("C1", 100_000, member=None), c("C2", 100_000, member=None)], PPO),
    # claims received out of date order count in the order received
    ([c("C2", 100_000, day=date(2024, 9, 1)), c("C1", 100_000, day=date(2024, 2, 1))], PPO),
    # the same claim twice
    ([c("C1", 90_000)] * 3, PPO),
    # other plan designs: no coinsurance, OOP max below the deductible, half shares (ties when rounding)
    ([c("C1", 200_000), c("C2", 200_000), c("C3", 5_000, "office")], HDHP),
    ([c("C1", 1_005), c("C2", 1_001), c("C3", 1_003), c("C4", 3)], HALF),
    ([c("C1", 5, "office"), c("C2", 2_501, "office"), c("C3", 2_499, "office")], HALF),
    ([c("C1", 200_000), c("C2", 600_000), c("C3", 1)], ODD_PLAN),
    ([c("C1", 200_000), c("C2", 600_000), c("C3", 12_000, "office")], FLOAT_PLAN),
    ([c("C1", 12_000.5), c("C2", 160_000.25), c("C3", 12_000.75, "office")], PPO),
    ([c("C1", 0.5), c("C2", 2.5)], HALF),
    ([c("C1", True), c("C2", 3, "office")], HALF),
    # office-only runs never need the deductible or coinsurance
    ([c("C1", 12_000, "office"), c("C2", 12_000, "office")], NO_DEDUCTIBLE),
    ([c("C1", 12_000, "office"), c("C2", 12_000, "lab")], NO_DEDUCTIBLE),
    # errors
    ([c("C1", -1)], PPO),
    ([c("C1", 100_000), c("C2", -0.01)], PPO),
    ([c("C1", None)], PPO),
    ([c("C1", "100")], PPO),
    ([c("C1", 100, day=None)], PPO),
    ([c("C1", 100, day="2024-03-01")], PPO),
    ([c("C1", float("nan"))], PPO),
    ([c("C1", float("inf"))], PPO),
    ([c("C1", 100)], None),
    ([c("C1", 100)], PlanDesign(150_000, None, 0.2, 0.4, 3_000)),
    ([None], PPO),
    (None, PPO),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(adjudicate, reference, *case)


def test_keyword_arguments() -> None:
    claims = [c("C1", 200_000), c("C2", 12_000, "office")]
    assert_same(adjudicate, reference, claims=claims, plan=PPO)
    assert_same(adjudicate, reference, claims, plan=HALF)


def _random_cases():
    rng = random.Random(31231)
    kinds = ["office", "office", "lab", "imaging", "pharmacy", "facility"]
    plans = [PPO, HDHP, HALF, FLOAT_PLAN, ODD_PLAN, PlanDesign(50_000, 250_000, 0.1, 0.35, 2_000)]
    for _ in range(240):
        members = [f"M{number}" for number in range(rng.randint(1, 5))]
        claims = []
        for number in range(rng.choice([0, 1, 3, 10, 30, 80])):
            scale = rng.choice([5_000, 50_000, 500_000, 3_000_000])
            allowed = rng.randint(0, scale)
            if rng.random() < 0.1:
                allowed = allowed + 0.5
            day = date(2023, 10, 1) + timedelta(days=rng.randint(0, 200))
            claims.append(c(f"C{number}", allowed, rng.choice(kinds), rng.choice(members),
                            rng.random() < 0.85, day))
        if claims and rng.random() < 0.15:
            claims += rng.choices(claims, k=rng.randint(1, 3))
        if claims and rng.random() < 0.05:
            claims.insert(rng.randrange(len(claims)), c("BAD", -100))
        yield (claims if rng.random() < 0.85 else tuple(claims), rng.choice(plans))


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(adjudicate, reference, *case)


def test_plan_year_of_claims() -> None:
    rng = random.Random(3124)
    claims = []
    for number in range(1500):
        kind = rng.choice(["office", "lab", "imaging", "pharmacy", "facility"])
        allowed = rng.randint(500, 3_000_000 if kind == "facility" else 80_000)
        claims.append(c(f"C{number:05d}", allowed, kind, f"M{rng.randint(0, 40):03d}", rng.random() < 0.9,
                        date(2024, 1, 1) + timedelta(days=number * 365 // 1500)))
    assert_same(adjudicate, reference, claims, PPO)
